/**
 * What a question returns, and the options it takes: the part of the engine's vocabulary that
 * crosses the worker boundary. The engine implements these; the UI only reads them.
 */

export interface WindowOptions {
  /** Tokens per model input, question and special tokens included (the seed's max_seq_length). */
  maxSeqLength: number;
  /** Tokens between the starts of consecutive windows (the seed's doc_stride). */
  docStride: number;
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
}

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
  windowsDone: number;
  windowsTotal: number;
  questionTruncated: boolean;
  /** Present when `heatmap` was asked for: each context token's probabilities, from its max-context window. */
  heatmap?: TokenHeatmap;
}
