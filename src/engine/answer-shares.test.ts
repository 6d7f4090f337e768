import { describe, expect, it } from 'vitest';
import { answerShares, groupOverlapping } from './answer-shares';

describe('answerShares', () => {
  it('is a softmax over the logit sums, with the null answer when allowed', () => {
    const { shares, nullShare } = answerShares([2, 1, 0], null);
    const z = Math.exp(2) + Math.exp(1) + 1;
    expect(shares.map((s) => s.toFixed(6))).toEqual([Math.exp(2) / z, Math.exp(1) / z, 1 / z].map((s) => s.toFixed(6)));
    expect(nullShare).toBeNull();
    const withNull = answerShares([2, 1, 0], 2);
    expect(withNull.nullShare! + withNull.shares.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    expect(withNull.nullShare).toBeCloseTo(withNull.shares[0], 12);
  });

  it('stays finite for large logits and handles no candidates', () => {
    const { shares } = answerShares([1000, 999], null);
    expect(shares[0]).toBeCloseTo(1 / (1 + Math.exp(-1)), 12);
    expect(answerShares([], null)).toEqual({ shares: [], nullShare: null });
    expect(answerShares([], 3)).toEqual({ shares: [], nullShare: 1 });
  });
});

describe('groupOverlapping', () => {
  it('puts overlapping spans under the best-ranked one, in rank order', () => {
    const spans = [
      { start: 10, end: 18 }, // "Normandy"
      { start: 40, end: 45 }, // elsewhere
      { start: 7, end: 18 }, // "in Normandy"
      { start: 10, end: 30 }, // "Normandy, a region"
      { start: 18, end: 20 }, // inside 10–30 but not the leader 10–18: an answer of its own
      { start: 100, end: 101 },
    ];
    expect(groupOverlapping(spans)).toEqual([[0, 2, 3], [1], [4], [5]]);
  });

  it('keeps disjoint spans apart', () => {
    expect(
      groupOverlapping([
        { start: 0, end: 5 },
        { start: 5, end: 9 },
      ]),
    ).toEqual([[0], [1]]);
  });
});
