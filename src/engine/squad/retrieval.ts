import type { ReadingOrder } from '../../shared/answers';
import type { RecallSummary, RetrievalSummary } from '../../shared/squad';
import type { ReadingPlan } from '../reading';

/**
 * At which position (1 = first) the window that scores the gold answer is read, in relevance order
 * and in document order: the window where the answer's first token has its maximum context, i.e.
 * the only window whose logits can produce that span. Null when the gold start is not in the text.
 */
/** Read positions of one question's gold window, and how many windows its document has. */
export type GoldPosition = Record<ReadingOrder, number> & { windows: number };

export function goldReadingPosition(plan: ReadingPlan, goldStart: number): GoldPosition | null {
  // A plan in document order has no relevance positions to report.
  if (plan.opts.order !== 'relevance') throw new Error('goldReadingPosition needs a plan read by relevance');
  const token = plan.contextTokens.findIndex((t) => t.end > goldStart);
  if (token < 0) return null;
  const owner = plan.windows.find((w) => token >= w.docStart && token < w.docStart + w.docLength && w.isMaxContext[token - w.docStart]);
  if (!owner) return null;
  return { relevance: plan.order.indexOf(owner.index) + 1, document: owner.index + 1, windows: plan.windows.length };
}

const CUTOFFS = [1, 3, 5, 10] as const;

function recall(positions: readonly number[]): RecallSummary {
  const sorted = [...positions].sort((a, b) => a - b);
  const at = (k: number) => (sorted.length ? sorted.filter((p) => p <= k).length / sorted.length : 0);
  const mid = sorted.length >> 1;
  const median = sorted.length === 0 ? 0 : sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  return { r1: at(CUTOFFS[0]), r3: at(CUTOFFS[1]), r5: at(CUTOFFS[2]), r10: at(CUTOFFS[3]), median };
}

/** R@1/3/5/10 and median read position of the gold window, relevance order vs document order. */
export function summarizeRetrieval(positions: readonly GoldPosition[]): RetrievalSummary {
  return {
    questions: positions.length,
    meanWindows: positions.length ? positions.reduce((s, p) => s + p.windows, 0) / positions.length : 0,
    relevance: recall(positions.map((p) => p.relevance)),
    document: recall(positions.map((p) => p.document)),
  };
}
