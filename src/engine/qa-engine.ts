import { QaError, throwIfAborted } from '../shared/errors';
import { DEFAULT_DECODE_OPTIONS, decodeWindow, mergeCandidates, type DecodeOptions, type SpanCandidate, type WindowDecode } from './decode';
import type { LogitsRunner } from './logits-runner';
import type { BertTokenizer, Token } from './tokenizer/bert-tokenizer';
import { buildWindows, DEFAULT_WINDOW_OPTIONS, type QaWindow, type WindowOptions } from './windows';

export interface AskOptions extends DecodeOptions, WindowOptions {
  /** Answers returned (the n-best list is cut to this). */
  topK: number;
  /** Windows per model call. */
  batchSize: number;
  /**
   * Windows in the first model call (default: batchSize). 1 shows a long document's first answer
   * after one window instead of one batch; on WASM batching does not raise throughput anyway
   * (measured in BENCHMARKS.md), and on WebGPU the later calls still batch.
   */
  firstBatchSize?: number;
  /** SQuAD 2.0: allow "no answer" when its score beats the best span by `nullThreshold` (log space). */
  allowNull: boolean;
  nullThreshold: number;
  /** Also return per-token start/end probabilities (for a heat map over the document). */
  heatmap: boolean;
}

export const DEFAULT_ASK_OPTIONS: AskOptions = {
  ...DEFAULT_WINDOW_OPTIONS,
  ...DEFAULT_DECODE_OPTIONS,
  topK: 5,
  batchSize: 4,
  allowNull: false,
  nullThreshold: 0,
  heatmap: false,
};

export interface QaAnswer {
  /** Exactly context.slice(start, end): the user's own characters. */
  text: string;
  start: number;
  end: number;
  /** p(start) * p(end) within the answer's window, in [0, 1]. */
  score: number;
  startLogit: number;
  endLogit: number;
  /** Indices into the context's token list (inclusive), for heat maps and debugging. */
  tokenStart: number;
  tokenEnd: number;
}

export interface QaResult {
  answers: QaAnswer[];
  /** Min over windows of p([CLS] start) * p([CLS] end), as the SQuAD 2.0 reference uses. */
  nullScore: number;
  /** ln(nullScore) - ln(best span score): > nullThreshold means "no answer" (SQuAD 2.0 null odds). */
  nullOdds: number;
  /** True when allowNull is set and the null answer wins. */
  noAnswer: boolean;
  windowsDone: number;
  windowsTotal: number;
  questionTruncated: boolean;
  /** Present when `heatmap` was asked for: each context token's probabilities, from its max-context window. */
  heatmap?: TokenHeatmap;
}

export interface TokenHeatmap {
  /** Character offsets of each context token, flattened: [start0, end0, start1, end1, ...]. */
  offsets: number[];
  start: number[];
  end: number[];
}

export interface AskHooks {
  signal?: AbortSignal;
  /** Called after every batch with the best answers so far (long documents answer progressively). */
  onPartial?: (partial: QaResult) => void;
}

/**
 * The extractive-QA pipeline: tokenize (with offsets) → windows → batched logits → span decoding.
 * Context tokenization is cached because users ask many questions about the same document.
 */
export class QaEngine {
  readonly tokenizer: BertTokenizer;
  private readonly runner: LogitsRunner;
  private readonly defaults: Partial<AskOptions>;
  private cache: { context: string; tokens: Token[] } | null = null;

  /** `defaults` override DEFAULT_ASK_OPTIONS for this engine (e.g. a batch size that suits its backend). */
  constructor(tokenizer: BertTokenizer, runner: LogitsRunner, defaults: Partial<AskOptions> = {}) {
    this.tokenizer = tokenizer;
    this.runner = runner;
    this.defaults = defaults;
  }

  tokenizeContext(context: string): Token[] {
    if (this.cache?.context !== context) this.cache = { context, tokens: this.tokenizer.tokenize(context) };
    return this.cache.tokens;
  }

  /** Windows for a question/context pair, after input validation. */
  prepare(question: string, context: string, opts: WindowOptions = DEFAULT_WINDOW_OPTIONS) {
    if (!question.trim()) throw new QaError('EMPTY_QUESTION', 'Type a question first.');
    if (!context.trim()) throw new QaError('EMPTY_CONTEXT', 'The document is empty: paste or open some text first.');
    const questionTokens = this.tokenizer.tokenize(question);
    if (questionTokens.length === 0) throw new QaError('EMPTY_QUESTION', 'The question has no readable characters.');
    const contextTokens = this.tokenizeContext(context);
    if (contextTokens.length === 0) {
      throw new QaError('EMPTY_CONTEXT', 'The document has no readable characters (only spaces or control codes).');
    }
    const windows = buildWindows(questionTokens, contextTokens, this.tokenizer.special, opts);
    return { windows, contextTokens, questionTruncated: questionTokens.length > opts.maxQueryLength };
  }

  /**
   * One full-size model call (a single maxSeqLength window), for warming a backend up at the shape
   * questions use (see load-model.ts for when the app does). Runner calls are queued, so a question
   * asked meanwhile simply waits for it.
   */
  async warmUp(maxSeqLength = DEFAULT_WINDOW_OPTIONS.maxSeqLength): Promise<void> {
    const { pad, unk } = this.tokenizer.special;
    // A one-token question and a document that fills the window exactly; the ids do not matter for timing.
    const token: Token = { id: unk, start: 0, end: 0 };
    const doc = new Array<Token>(maxSeqLength - 4).fill(token);
    const [win] = buildWindows([token], doc, this.tokenizer.special, { ...DEFAULT_WINDOW_OPTIONS, maxSeqLength });
    await this.runner.run([win], pad);
  }

  async ask(question: string, context: string, options: Partial<AskOptions> = {}, hooks: AskHooks = {}): Promise<QaResult> {
    const opts: AskOptions = { ...DEFAULT_ASK_OPTIONS, ...this.defaults, ...options };
    const { windows, contextTokens, questionTruncated } = this.prepare(question, context, opts);
    // Running n-best and null score, so long documents cost O(windows), not O(windows²).
    let top: SpanCandidate[] = [];
    let nullScore = Infinity;
    let done = 0;
    let result: QaResult | null = null;
    const heatmap: TokenHeatmap | undefined = opts.heatmap
      ? { offsets: contextTokens.flatMap((t) => [t.start, t.end]), start: new Array(contextTokens.length).fill(0), end: new Array(contextTokens.length).fill(0) }
      : undefined;
    for (let i = 0; i < windows.length; ) {
      throwIfAborted(hooks.signal);
      const size = Math.max(1, i === 0 ? (opts.firstBatchSize ?? opts.batchSize) : opts.batchSize);
      const batch: QaWindow[] = windows.slice(i, i + size);
      i += batch.length;
      const logits = await this.runner.run(batch, this.tokenizer.special.pad);
      throwIfAborted(hooks.signal);
      const fresh = batch.map((w, b) => decodeWindow(w, logits[b].start, logits[b].end, contextTokens, opts));
      top = mergeCandidates([top, ...fresh.map((d) => d.candidates)], Math.max(opts.nBest, opts.topK));
      for (const d of fresh) nullScore = Math.min(nullScore, d.nullScore);
      if (heatmap) fresh.forEach((d, b) => fillHeatmap(heatmap, batch[b], d));
      done += batch.length;
      result = summarize(top, nullScore, context, opts, { done, total: windows.length, questionTruncated });
      hooks.onPartial?.(result);
    }
    if (heatmap) result!.heatmap = heatmap;
    return result!;
  }
}

function fillHeatmap(heatmap: TokenHeatmap, win: QaWindow, d: WindowDecode): void {
  win.isMaxContext.forEach((isMax, k) => {
    if (!isMax) return;
    heatmap.start[win.docStart + k] = d.startProbs[k];
    heatmap.end[win.docStart + k] = d.endProbs[k];
  });
}

function summarize(
  top: readonly SpanCandidate[],
  nullScore: number,
  context: string,
  opts: AskOptions,
  progress: { done: number; total: number; questionTruncated: boolean },
): QaResult {
  const answers: QaAnswer[] = top.slice(0, opts.topK).map((c) => ({
    text: context.slice(c.start, c.end),
    start: c.start,
    end: c.end,
    score: c.score,
    startLogit: c.startLogit,
    endLogit: c.endLogit,
    tokenStart: c.tokenStart,
    tokenEnd: c.tokenEnd,
  }));
  const nullOdds = Math.log(nullScore) - Math.log(top[0]?.score ?? 0);
  return {
    answers,
    nullScore,
    nullOdds,
    noAnswer: opts.allowNull && (top.length === 0 || nullOdds > opts.nullThreshold),
    windowsDone: progress.done,
    windowsTotal: progress.total,
    questionTruncated: progress.questionTruncated,
  };
}
