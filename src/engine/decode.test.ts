import { describe, expect, it } from 'vitest';
import { decodeWindow, mergeCandidates, type SpanCandidate } from './decode';
import type { Token } from './tokenizer/token';
import type { QaWindow } from './windows';

// Window layout: [CLS] q [SEP] c0 c1 c2 c3 [SEP]  → context at positions 3..6.
const contextTokens: Token[] = [0, 1, 2, 3].map((i) => ({ id: 1000 + i, start: i * 5, end: i * 5 + 4 }));
const win: QaWindow = {
  index: 0,
  inputIds: [101, 500, 102, 1000, 1001, 1002, 1003, 102],
  tokenTypeIds: [0, 0, 0, 1, 1, 1, 1, 1],
  contextOffset: 3,
  docStart: 0,
  docLength: 4,
  isMaxContext: [true, true, true, true],
};
const NEG = -20;

describe('decodeWindow', () => {
  it('picks the best start <= end pair inside the context and maps it to characters', () => {
    const start = [0, 9, 0, 5, 1, 0, 0, 9];
    const end = [0, 9, 0, 0, 1, 4, 0, 9];
    const { candidates } = decodeWindow(win, start, end, contextTokens);
    const best = candidates.sort((a, b) => b.score - a.score)[0];
    // Question (pos 1) and final [SEP] (pos 7) have the highest logits but are masked.
    expect(best).toMatchObject({ tokenStart: 0, tokenEnd: 2, start: 0, end: 14 });
  });

  it('never returns end before start or spans over maxAnswerLength', () => {
    const start = [0, NEG, NEG, NEG, NEG, NEG, 9, NEG];
    const end = [0, NEG, NEG, 9, NEG, NEG, NEG, NEG];
    const { candidates } = decodeWindow(win, start, end, contextTokens, { nBest: 20, maxAnswerLength: 2 });
    for (const c of candidates) {
      expect(c.tokenEnd).toBeGreaterThanOrEqual(c.tokenStart);
      expect(c.tokenEnd - c.tokenStart + 1).toBeLessThanOrEqual(2);
    }
    expect(candidates.some((c) => c.tokenStart === 3 && c.tokenEnd === 0)).toBe(false);
  });

  it('scores are products of softmax probabilities over [CLS] + context', () => {
    const start = [0, 50, 50, 0, 0, 0, 0, 50];
    const end = [...start];
    const d = decodeWindow(win, start, end, contextTokens);
    // Five equal logits ([CLS] + 4 context): each probability is 1/5.
    expect(d.nullScore).toBeCloseTo(1 / 25, 6);
    expect(d.candidates.every((c) => Math.abs(c.score - 1 / 25) < 1e-6)).toBe(true);
    expect(Array.from(d.startProbs).reduce((a, b) => a + b, 0) + 0.2).toBeCloseTo(1, 6);
  });

  it('skips starts whose max context lies in another window', () => {
    const start = [0, 0, 0, 9, 0, 0, 0, 0];
    const end = [0, 0, 0, 9, 0, 0, 0, 0];
    const d = decodeWindow({ ...win, isMaxContext: [false, true, true, true] }, start, end, contextTokens);
    expect(d.candidates.some((c) => c.tokenStart === 0)).toBe(false);
  });

  it('limits candidates to nBest starts × nBest ends', () => {
    const flat = [0, 0, 0, 1, 2, 3, 4, 0];
    const d = decodeWindow(win, flat, flat, contextTokens, { nBest: 1, maxAnswerLength: 30 });
    expect(d.candidates.map((c) => [c.tokenStart, c.tokenEnd])).toEqual([[3, 3]]);
  });
});

describe('mergeCandidates', () => {
  const c = (start: number, end: number, score: number): SpanCandidate => ({
    start,
    end,
    score,
    startLogit: 0,
    endLogit: 0,
    window: 0,
    tokenStart: 0,
    tokenEnd: 0,
  });
  it('sorts by score across windows, drops duplicate character spans and cuts to the limit', () => {
    const merged = mergeCandidates(
      [
        [c(0, 4, 0.2), c(5, 9, 0.5)],
        [c(5, 9, 0.4), c(10, 14, 0.3)],
      ],
      2,
    );
    expect(merged.map((m) => [m.start, m.score])).toEqual([
      [5, 0.5],
      [10, 0.3],
    ]);
  });
});

describe("decodeWindow candidate pool (the seed's n-best over the whole sequence)", () => {
  it('lets question tokens take n-best slots, as write_predictions does', () => {
    // Question token (pos 1) has the best start logit; with nBest 2 only one context start remains.
    const start = [0, 9, 0, 5, 4, 0, 0, 0];
    const end = [0, 0, 0, 1, 2, 3, 4, 0];
    const d = decodeWindow(win, start, end, contextTokens, { nBest: 2, maxAnswerLength: 30 });
    expect(new Set(d.candidates.map((c) => c.tokenStart))).toEqual(new Set([0]));
  });

  it('falls back to the best context tokens when the whole-sequence pool leaves no span', () => {
    const start = [0, 9, 8, 1, 0, 0, 0, 7];
    const end = [0, 9, 8, 0, 0, 0, 1, 7];
    const d = decodeWindow(win, start, end, contextTokens, { nBest: 3, maxAnswerLength: 30 });
    expect(d.candidates.length).toBeGreaterThan(0);
    expect(d.candidates.sort((a, b) => b.score - a.score)[0]).toMatchObject({ tokenStart: 0, tokenEnd: 3 });
  });
});
