import { describe, expect, it } from 'vitest';
import type { SpanCandidate } from './decode';
import { canStopEarly, EARLY_STOP } from './early-stop';

const best = (score: number): SpanCandidate => ({
  start: 0,
  end: 1,
  score,
  startLogit: 0,
  endLogit: 0,
  window: 0,
  tokenStart: 0,
  tokenEnd: 0,
});
const relevance = [9, 8, 7, 2, 1, 0];

describe('canStopEarly', () => {
  it('stops once enough windows are read, the answer is confident and the unread windows rank low', () => {
    expect(canStopEarly(3, relevance, best(0.9))).toBe(true);
  });

  it.each([
    ['too few windows read', EARLY_STOP.minWindows - 1, relevance, best(0.9)],
    ['nothing left to read', relevance.length, relevance, best(0.9)],
    ['no answer yet', 3, relevance, undefined],
    ['answer not confident', 3, relevance, best(EARLY_STOP.minScore - 0.01)],
    ['next window still relevant', 3, [9, 8, 7, 6, 1], best(0.9)],
    ['no window shares a word with the question', 3, [0, 0, 0, 0, 0], best(0.9)],
  ])('does not stop: %s', (_, read, scores, answer) => {
    expect(canStopEarly(read, scores, answer)).toBe(false);
  });
});
