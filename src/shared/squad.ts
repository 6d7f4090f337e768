/**
 * SQuAD evaluation as the worker reports it. Metric key names match what the official scripts
 * (evaluate-v1.1.py, evaluate-v2.0.py) print, so numbers can be compared side by side.
 */
import type { AskOptions } from './answers';

export type SquadVersion = '1.1' | '2.0';

export interface SquadV1Metrics {
  exact_match: number;
  f1: number;
}

export interface SquadV2Metrics {
  exact: number;
  f1: number;
  total: number;
  HasAns_exact?: number;
  HasAns_f1?: number;
  HasAns_total?: number;
  NoAns_exact?: number;
  NoAns_f1?: number;
  NoAns_total?: number;
  best_exact?: number;
  best_exact_thresh?: number;
  best_f1?: number;
  best_f1_thresh?: number;
}

export type SquadMetrics = SquadV1Metrics | SquadV2Metrics;

export interface SquadMiss {
  id: string;
  question: string;
  gold: string[];
  /** "" when the model said "no answer" (SQuAD 2.0). */
  predicted: string;
  /** Character offsets of the predicted span in `context`; -1 when the prediction is "no answer". */
  start: number;
  end: number;
  context: string;
}

/** What the UI may choose for a run; signal and progress travel separately. */
export interface SquadEvalRequest {
  /** Evaluate only the first N questions (file order); all when absent or <= 0. */
  limit?: number;
  /** Engine options (batch size, answer length…); allowNull is set from the dataset version. */
  askOptions?: Partial<AskOptions>;
  /** Ask every question over its whole article (paragraphs joined), not its paragraph; adds `retrieval`. */
  wholeArticle?: boolean;
}

export type SquadProgressFn = (done: number, total: number, etaMs: number | null) => void;

export interface SquadEvalResult {
  version: SquadVersion;
  /** The official scripts' prediction file: id → answer text ("" = no answer). */
  predictions: Record<string, string>;
  /** id → ln(p_null) - ln(p_best), passed to evaluate-v2.0 as --na-prob-file. */
  nullOdds: Record<string, number>;
  metrics: SquadMetrics;
  /** Questions whose prediction is not an exact match, in file order. */
  misses: SquadMiss[];
  elapsedMs: number;
  /** With `wholeArticle`: how early the window holding each gold answer is read. */
  retrieval?: RetrievalSummary;
}

/** Share of questions whose gold window is read within the first k windows, and the median position. */
export interface RecallSummary {
  r1: number;
  r3: number;
  r5: number;
  r10: number;
  median: number;
}

/** Whole-article runs: where the window holding the gold answer comes in the reading order. */
export interface RetrievalSummary {
  /** Answerable questions whose gold span was located. */
  questions: number;
  /** Windows per question, on average. */
  meanWindows: number;
  relevance: RecallSummary;
  document: RecallSummary;
}
