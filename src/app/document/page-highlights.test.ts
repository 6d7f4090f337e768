import { describe, expect, it } from 'vitest';
import type { QaAnswer } from '../../shared/answers';
import { highlightSpans } from './page-highlights';

const a = (start: number, end: number) => ({ start, end }) as QaAnswer;

describe('highlightSpans', () => {
  it('paints each character once, for the best answer over it', () => {
    // 1: [10, 20); 2: [5, 25) around it; 3: [30, 40) apart.
    expect(highlightSpans([a(10, 20), a(5, 25), a(30, 40)], 1)).toEqual([
      { rank: 2, start: 5, end: 10 },
      { rank: 2, start: 20, end: 25 },
      { rank: 3, start: 30, end: 40 },
      { rank: 1, start: 10, end: 20 },
    ]);
  });

  it('paints the chosen answer whole, last (on top), and the others around it', () => {
    expect(highlightSpans([a(10, 20), a(5, 25)], 2)).toEqual([{ rank: 2, start: 5, end: 25 }]);
    expect(highlightSpans([a(0, 10), a(5, 15)], 2)).toEqual([
      { rank: 1, start: 0, end: 5 },
      { rank: 2, start: 5, end: 15 },
    ]);
  });

  it('drops answers wholly inside better ones and copes with no answers or a rank beyond them', () => {
    expect(highlightSpans([a(0, 30), a(5, 10)], 1)).toEqual([{ rank: 1, start: 0, end: 30 }]);
    expect(highlightSpans([], 1)).toEqual([]);
    expect(highlightSpans([a(0, 4)], 3)).toEqual([{ rank: 1, start: 0, end: 4 }]);
  });
});
