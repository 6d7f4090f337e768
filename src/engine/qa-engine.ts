import type { AskOptions, QaAnswer, QaResult, TokenHeatmap, WindowOptions } from '../shared/answers';
import { QaError, throwIfAborted } from '../shared/errors';
import { DEFAULT_DECODE_OPTIONS, decodeWindow, mergeCandidates, type SpanCandidate, type WindowDecode } from './decode';
import type { LogitsRunner } from './logits-runner';
import type { BertTokenizer, Token } from './tokenizer/bert-tokenizer';
import { buildWindows, DEFAULT_WINDOW_OPTIONS, type QaWindow } from './windows';

export const DEFAULT_ASK_OPTIONS: AskOptions = {
  ...DEFAULT_WINDOW_OPTIONS,
  ...DEFAULT_DECODE_OPTIONS,
  topK: 5,
  batchSize: 4,
  allowNull: false,
  nullThreshold: 0,
  heatmap: false,
};

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
  private readonly maxPositions: number;
  private cache: { context: string; tokens: Token[] } | null = null;

  /**
   * `defaults` override DEFAULT_ASK_OPTIONS for this engine (e.g. a batch size that suits its
   * backend); `maxPositions` is the longest input the model accepts (its position embeddings).
   */
  constructor(tokenizer: BertTokenizer, runner: LogitsRunner, defaults: Partial<AskOptions> = {}, maxPositions = Infinity) {
    this.tokenizer = tokenizer;
    this.runner = runner;
    this.defaults = defaults;
    this.maxPositions = maxPositions;
  }

  /** This engine's options for a call: the library defaults, then the engine's, then the caller's. */
  options(overrides: Partial<AskOptions> = {}): AskOptions {
    return { ...DEFAULT_ASK_OPTIONS, ...this.defaults, ...overrides };
  }

  tokenizeContext(context: string): Token[] {
    if (this.cache?.context !== context) this.cache = { context, tokens: this.tokenizer.tokenize(context) };
    return this.cache.tokens;
  }

  /** Windows for a question/context pair, after input validation. */
  prepare(question: string, context: string, opts: WindowOptions = this.options()) {
    if (opts.maxSeqLength > this.maxPositions) {
      // Position ids past the embedding table make onnxruntime fail with an opaque index error.
      throw new QaError(
        'INPUT_INVALID',
        `Windows of ${opts.maxSeqLength} tokens are longer than this model accepts (${this.maxPositions}).`,
      );
    }
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
  async warmUp(maxSeqLength = this.options().maxSeqLength): Promise<void> {
    const { pad, unk } = this.tokenizer.special;
    // A one-token question and a document that fills the window exactly; the ids do not matter for timing.
    const token: Token = { id: unk, start: 0, end: 0 };
    const doc = new Array<Token>(maxSeqLength - 4).fill(token);
    const [win] = buildWindows([token], doc, this.tokenizer.special, { ...DEFAULT_WINDOW_OPTIONS, maxSeqLength });
    await this.runner.run([win], pad);
  }

  async ask(question: string, context: string, options: Partial<AskOptions> = {}, hooks: AskHooks = {}): Promise<QaResult> {
    const opts = this.options(options);
    const { windows, contextTokens, questionTruncated } = this.prepare(question, context, opts);
    // Running n-best and null score, so long documents cost O(windows), not O(windows²).
    let top: SpanCandidate[] = [];
    let nullScore = Infinity;
    let done = 0;
    let result: QaResult | null = null;
    const heatmap: TokenHeatmap | undefined = opts.heatmap
      ? {
          offsets: contextTokens.flatMap((t) => [t.start, t.end]),
          start: new Array(contextTokens.length).fill(0),
          end: new Array(contextTokens.length).fill(0),
        }
      : undefined;
    for (let i = 0; i < windows.length;) {
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
