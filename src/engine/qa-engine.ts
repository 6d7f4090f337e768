import type { AskOptions, QaResult, WindowOptions } from '../shared/answers';
import { QaError } from '../shared/errors';
import { DEFAULT_DECODE_OPTIONS } from './decode';
import { warmUpWhileIdle, type IdleWarmUpOptions, type IdleWarmUpReport } from './idle-warm-up';
import type { LogitsRunner } from './logits-runner';
import { QaReading, type AskHooks, type ReadingPlan } from './reading';
import { indexTerms, rankByScore, scoreRanges, type TermIndex } from './relevance';
import type { Token } from './tokenizer/token';
import type { QaTokenizer } from './tokenizer/qa-tokenizer';
import { specialCount } from './tokenizer/pair-layout';
import { buildWindows, DEFAULT_WINDOW_OPTIONS, type QaWindow } from './windows';

/**
 * Idle warm-up calls are this long: about a sixth of a 384-token window's time, the longest a question
 * asked during the warm-up waits, yet the same kernels as a full window.
 */
const IDLE_WARM_UP_TOKENS = 64;

export const DEFAULT_ASK_OPTIONS: AskOptions = {
  ...DEFAULT_WINDOW_OPTIONS,
  ...DEFAULT_DECODE_OPTIONS,
  topK: 5,
  batchSize: 4,
  allowNull: false,
  nullThreshold: 0,
  heatmap: false,
  order: 'relevance',
  stopWhenConfident: false,
};

/**
 * The extractive-QA pipeline: tokenize (with offsets) → windows → reading order → batched logits →
 * span decoding (reading.ts). The context's tokens and term index are cached because users ask many
 * questions about the same document.
 */
export class QaEngine {
  readonly tokenizer: QaTokenizer;
  private readonly runner: LogitsRunner;
  private readonly defaults: Partial<AskOptions>;
  private readonly maxPositions: number;
  private cache: { context: string; tokens: Token[]; terms?: TermIndex } | null = null;

  /**
   * `defaults` override DEFAULT_ASK_OPTIONS for this engine (e.g. a batch size that suits its
   * backend); `maxPositions` is the longest input the model accepts (its position embeddings).
   */
  constructor(tokenizer: QaTokenizer, runner: LogitsRunner, defaults: Partial<AskOptions> = {}, maxPositions = Infinity) {
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
    return this.prepareTokens(question, context, () => this.tokenizeContext(context), opts);
  }

  /** As prepare(), with the context's tokens from the caller's own cache (a library keeps one per document). */
  prepareTokens(question: string, context: string, contextTokensOf: () => readonly Token[], opts: WindowOptions = this.options()) {
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
    const contextTokens = contextTokensOf();
    if (contextTokens.length === 0) {
      throw new QaError('EMPTY_CONTEXT', 'The document has no readable characters (only spaces or control codes).');
    }
    const windows = buildWindows(questionTokens, contextTokens, this.tokenizer.layout, opts);
    return { windows, contextTokens, questionTruncated: questionTokens.length > opts.maxQueryLength };
  }

  /**
   * One full-size model call (a single maxSeqLength window), for warming a backend up at the shape
   * questions use (see load-model.ts for when the app does). Runner calls are queued, so a question
   * asked meanwhile simply waits for it.
   */
  async warmUp(maxSeqLength = this.options().maxSeqLength): Promise<void> {
    await this.runner.run([this.fillerWindow(maxSeqLength)], this.tokenizer.padId);
  }

  /** Short model calls while no question is running, until they stop getting faster (idle-warm-up.ts). */
  warmUpWhileIdle(tokens = IDLE_WARM_UP_TOKENS, options?: IdleWarmUpOptions): Promise<IdleWarmUpReport> {
    const win = this.fillerWindow(Math.min(tokens, this.options().maxSeqLength));
    const pad = this.tokenizer.padId;
    return warmUpWhileIdle(
      () => this.runner.run([win], pad),
      () => this.runner.isIdle?.() ?? true,
      options,
    );
  }

  /** A window of exactly `length` tokens: a one-token question and filler; ids do not matter for timing. */
  private fillerWindow(length: number): QaWindow {
    const { layout, padId } = this.tokenizer;
    const token: Token = { id: padId, start: 0, end: 0 };
    const doc = new Array<Token>(length - 1 - specialCount(layout)).fill(token);
    return buildWindows([token], doc, layout, { ...DEFAULT_WINDOW_OPTIONS, maxSeqLength: length })[0];
  }

  /**
   * Plans the reading of a question over a document (windows, and their order: most relevant first
   * unless `order` is 'document'); `read()` on the result runs the model.
   */
  startReading(question: string, context: string, options: Partial<AskOptions> = {}): QaReading {
    return new QaReading(this.runner, this.planReading(question, context, options));
  }

  /** The windows and the order they would be read in, without running the model. */
  planReading(question: string, context: string, options: Partial<AskOptions> = {}): ReadingPlan {
    const opts = this.options(options);
    const { windows, contextTokens, questionTruncated } = this.prepare(question, context, opts);
    let order = windows.map((w) => w.index);
    let relevanceInOrder: number[] | null = null;
    if (opts.order === 'relevance' && windows.length > 1) {
      const scores = scoreRanges(
        this.termIndex(context),
        question,
        windows.map((w) => windowRange(w, contextTokens)),
      );
      order = rankByScore(scores);
      relevanceInOrder = order.map((i) => scores[i]);
    }
    return { context, contextTokens, windows, order, relevanceInOrder, questionTruncated, opts, padId: this.tokenizer.padId };
  }

  async ask(question: string, context: string, options: Partial<AskOptions> = {}, hooks: AskHooks = {}): Promise<QaResult> {
    return this.startReading(question, context, options).read(hooks);
  }

  /** The document's term positions for relevance ranking, built once per document like its tokens. */
  private termIndex(context: string): TermIndex {
    this.tokenizeContext(context);
    return (this.cache!.terms ??= indexTerms(context));
  }
}

/** The characters a window covers, from its first context token to its last. */
export function windowRange(w: QaWindow, tokens: readonly Token[]): { start: number; end: number } {
  return { start: tokens[w.docStart].start, end: tokens[w.docStart + w.docLength - 1].end };
}
