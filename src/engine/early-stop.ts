import type { SpanCandidate } from './decode';

/**
 * When a relevance-ordered reading may stop before the end (AskOptions.stopWhenConfident): after a
 * few windows, if the best answer so far is confident within its window and every unread window
 * shares clearly fewer question words than the best-ranked one. Lexical rank is only a hint, so the
 * result says it stopped and the rest can still be read; test/early-stop.test.ts reports how often
 * stopping changes the answer on the oracle documents.
 */
export const EARLY_STOP = {
  /** Windows read before stopping is considered. */
  minWindows: 3,
  /** p(start)·p(end) of the best answer, within its window. */
  minScore: 0.5,
  /** The best unread window's BM25 score, relative to the best-ranked window's. */
  maxUnreadRelevance: 0.5,
};

export function canStopEarly(
  read: number,
  /** BM25 score of each window, in reading order (descending). */
  relevanceInOrder: readonly number[],
  best: SpanCandidate | undefined,
): boolean {
  if (read < EARLY_STOP.minWindows || read >= relevanceInOrder.length || !best) return false;
  const top = relevanceInOrder[0];
  // Without any shared word the ranking says nothing about the unread windows.
  if (!(top > 0)) return false;
  return best.score >= EARLY_STOP.minScore && relevanceInOrder[read] < EARLY_STOP.maxUnreadRelevance * top;
}
