/**
 * What a question returns, and the options it takes: the part of the engine's vocabulary that
 * crosses the worker boundary. The engine implements these; the UI only reads them.
 */

/**
 * What `docStride` means. 'overlap': tokens shared by consecutive windows, as Hugging Face's current
 * pipeline and run_qa.py use it (the tokenizer's `stride`). 'step': tokens between the starts of
 * consecutive windows, as the seed's utils_squad.py uses it (same 128, about twice the windows).
 */
export type StrideMode = 'overlap' | 'step';
export const STRIDE_MODES: readonly StrideMode[] = ['overlap', 'step'];

/** In which order a document's windows are read; the final answers are the same either way. */
export type ReadingOrder = 'relevance' | 'document';
export const READING_ORDERS: readonly ReadingOrder[] = ['relevance', 'document'];

export interface WindowOptions {
  /** Tokens per model input, question and special tokens included (the seed's max_seq_length). */
  maxSeqLength: number;
  /** Window overlap or step in tokens, per `strideMode` (the seed's doc_stride). */
  docStride: number;
  strideMode: StrideMode;
  /** Question tokens kept; longer questions are cut (the seed's max_query_length). */
  maxQueryLength: number;
}

export interface DecodeOptions {
  /** Candidate starts and ends kept per window, and answers kept overall (the seed's n_best_size). */
  nBest: number;
  /** Longest answer in tokens (the seed's max_answer_length). */
  maxAnswerLength: number;
}

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
  /**
   * 'relevance' reads the windows that share the most (BM25-weighted) words with the question first,
   * so the answer usually shows after a window or two; 'document' reads them front to back.
   */
  order: ReadingOrder;
  /**
   * Stop before the end once the best answer is confident and the unread windows rank low (see
   * engine/early-stop.ts); the result then says so, and the rest can still be read.
   */
  stopWhenConfident: boolean;
}

export interface QaAnswer {
  /** Exactly context.slice(start, end): the user's own characters. */
  text: string;
  start: number;
  end: number;
  /** p(start) * p(end) within the answer's window, in [0, 1]: the raw window score. */
  score: number;
  /**
   * Share among the answers found in the whole document: a softmax over the n-best's start + end
   * logits (and the null answer's, when allowed), as the seed's write_predictions computes its
   * probabilities. For a merged answer, the sum over it and its alternatives.
   */
  share: number;
  /** Overlapping spans merged into this answer (its own span is the best-ranked), best first. */
  alternatives?: QaAnswer[];
  startLogit: number;
  endLogit: number;
  /** Indices into the context's token list (inclusive), for heat maps and debugging. */
  tokenStart: number;
  tokenEnd: number;
}

export interface TokenHeatmap {
  /** Character offsets of each context token, flattened: [start0, end0, start1, end1, ...]. */
  offsets: number[];
  start: number[];
  end: number[];
}

export interface QaResult {
  answers: QaAnswer[];
  /** Min over windows of p([CLS] start) * p([CLS] end), as the SQuAD 2.0 reference uses. */
  nullScore: number;
  /** ln(nullScore) - ln(best span score): > nullThreshold means "no answer" (SQuAD 2.0 null odds). */
  nullOdds: number;
  /** True when allowNull is set and the null answer wins. */
  noAnswer: boolean;
  /** The null answer's share among the found answers (see QaAnswer.share); null when allowNull is off. */
  nullShare: number | null;
  /** Windows read so far (all of them unless the reading stopped early or is still going). */
  windowsDone: number;
  windowsTotal: number;
  /** The reading stopped when confident, before `windowsTotal`; reading the rest may still change the answer. */
  stoppedEarly: boolean;
  questionTruncated: boolean;
  /** Present when `heatmap` was asked for: each context token's probabilities, from its max-context window. */
  heatmap?: TokenHeatmap;
}
