import { describe, expect, it } from 'vitest';
import type { Token } from './tokenizer/token';
import type { StrideMode } from '../shared/answers';
import { bertLayout, type PairLayout } from './tokenizer/pair-layout';
import { buildWindows, DEFAULT_WINDOW_OPTIONS, isMaxContextFor, type QaWindow } from './windows';

const special = bertLayout(101, 102);
const toks = (n: number, base = 1000): Token[] => Array.from({ length: n }, (_, i) => ({ id: base + i, start: i, end: i + 1 }));

describe('buildWindows', () => {
  it('builds one [CLS] q [SEP] c [SEP] window for a short context', () => {
    const [w, ...rest] = buildWindows(toks(2, 500), toks(3), special);
    expect(rest).toEqual([]);
    expect(w.inputIds).toEqual([101, 500, 501, 102, 1000, 1001, 1002, 102]);
    expect(w.tokenTypeIds).toEqual([0, 0, 0, 0, 1, 1, 1, 1]);
    expect(w).toMatchObject({ contextOffset: 4, docStart: 0, docLength: 3 });
    expect(w.isMaxContext).toEqual([true, true, true]);
  });

  it("lays a pair out as the tokenizer's post-processor says: RoBERTa's <s> q </s></s> c </s>, multi-id specials", () => {
    const roberta: PairLayout = {
      prefix: [0],
      prefixTypes: [0],
      questionType: 0,
      middle: [2, 2],
      middleTypes: [0, 0],
      contextType: 0,
      suffix: [2],
      suffixTypes: [0],
    };
    const [w] = buildWindows(toks(2, 500), toks(3), roberta);
    expect(w.inputIds).toEqual([0, 500, 501, 2, 2, 1000, 1001, 1002, 2]);
    expect(w.tokenTypeIds).toEqual(new Array(9).fill(0));
    expect(w).toMatchObject({ contextOffset: 5, docStart: 0, docLength: 3 });
    // Four specials: a 12-token window holds 12 - 1 - 4 = 7 context tokens.
    const ws = buildWindows(toks(1), toks(20), roberta, { maxSeqLength: 12, docStride: 2, strideMode: 'overlap', maxQueryLength: 64 });
    expect(ws.every((x) => x.inputIds.length === 12 && x.docLength === 7)).toBe(true);
    const template: PairLayout = {
      ...roberta,
      prefix: [7, 8],
      prefixTypes: [0, 0],
      middle: [9],
      middleTypes: [0],
      contextType: 1,
      suffixTypes: [1],
    };
    const [t] = buildWindows(toks(1, 500), toks(2), template);
    expect(t.inputIds).toEqual([7, 8, 500, 9, 1000, 1001, 2]);
    expect(t.tokenTypeIds).toEqual([0, 0, 0, 0, 1, 1, 1]);
    expect(t.contextOffset).toBe(4);
  });

  it('slides windows of 384 tokens with stride 128 and covers every context token (seed: step)', () => {
    const q = toks(10, 500);
    const c = toks(1000);
    const ws = buildWindows(q, c, special, { ...DEFAULT_WINDOW_OPTIONS, strideMode: 'step' });
    const maxDoc = 384 - 10 - 3;
    expect(ws.map((w) => w.docStart)).toEqual([0, 128, 256, 384, 512, 640]);
    expect(ws.every((w) => w.inputIds.length <= 384)).toBe(true);
    expect(ws[0].docLength).toBe(maxDoc);
    const last = ws[ws.length - 1];
    expect(last.docStart + last.docLength).toBe(1000);
    // Each context token is the max-context token of exactly one window.
    const owners = new Array(1000).fill(0);
    for (const w of ws) w.isMaxContext.forEach((m, k) => m && owners[w.docStart + k]++);
    expect(owners.every((n) => n === 1)).toBe(true);
  });

  it('truncates the question to maxQueryLength (64) tokens', () => {
    const ws = buildWindows(toks(300, 500), toks(5), special);
    expect(ws[0].contextOffset).toBe(66);
    expect(ws[0].inputIds.slice(1, 65)).toEqual(toks(64, 500).map((t) => t.id));
  });

  it('honours custom window sizes', () => {
    const ws = buildWindows(toks(1), toks(20), special, { maxSeqLength: 12, docStride: 4, strideMode: 'step', maxQueryLength: 64 });
    expect(ws.map((w) => [w.docStart, w.docLength])).toEqual([
      [0, 8],
      [4, 8],
      [8, 8],
      [12, 8],
    ]);
  });

  it('rejects impossible sizes', () => {
    const opts = { maxSeqLength: 10, docStride: 4, strideMode: 'step' as const, maxQueryLength: 64 };
    expect(() => buildWindows(toks(10), toks(5), special, opts)).toThrow(RangeError);
    expect(() => buildWindows(toks(1), toks(5), special, { ...opts, docStride: 0 })).toThrow(RangeError);
  });
});

describe('stride modes', () => {
  const owners = (ws: QaWindow[], n: number) => {
    const count = new Array(n).fill(0);
    for (const w of ws) w.isMaxContext.forEach((m, k) => m && count[w.docStart + k]++);
    return count;
  };

  it('overlap (the default, Hugging Face): consecutive windows share docStride tokens', () => {
    const ws = buildWindows(toks(10, 500), toks(1000), special);
    const maxDoc = 384 - 10 - 3;
    // The last window is full too, aligned to the end of the document (so it overlaps more).
    expect(ws.map((w) => w.docStart)).toEqual([0, 243, 486, 1000 - maxDoc]);
    expect(ws.map((w) => w.docLength)).toEqual([maxDoc, maxDoc, maxDoc, maxDoc]);
    for (let i = 1; i < ws.length - 1; i++) expect(ws[i - 1].docStart + ws[i - 1].docLength - ws[i].docStart).toBe(128);
  });

  it('overlap: a span of up to 30 tokens anywhere has its start scored in a window that also holds its end', () => {
    // What max-context scoring needs for no answer to be lost (a short last window used to break it).
    for (const n of [372, 400, 611, 1000, 1234]) {
      const ws = buildWindows(toks(10, 500), toks(n), special);
      for (let s = 0; s < n; s++) {
        const e = Math.min(n - 1, s + 29);
        const owner = ws.find((w) => s >= w.docStart && s < w.docStart + w.docLength && w.isMaxContext[s - w.docStart])!;
        expect(e < owner.docStart + owner.docLength, `n=${n} span ${s}..${e}`).toBe(true);
      }
    }
  });

  it.each<[StrideMode, number]>([
    ['overlap', 128],
    ['overlap', 1],
    ['overlap', 500],
    ['step', 128],
    ['step', 371],
    ['step', 1],
  ])('%s %i: every token is covered, and is the max-context token of exactly one window', (strideMode, docStride) => {
    // A step of one token makes a window per token: keep those documents short.
    const stepsOfOne = strideMode === 'step' ? docStride === 1 : docStride >= 371;
    const sizes = stepsOfOne ? [1, 372, 800] : [1, 370, 371, 372, 1000, 4321];
    for (const n of sizes) {
      const ws = buildWindows(toks(10, 500), toks(n), special, { ...DEFAULT_WINDOW_OPTIONS, strideMode, docStride });
      expect(owners(ws, n).every((k) => k === 1)).toBe(true);
      expect(ws.every((w) => w.inputIds.length <= 384)).toBe(true);
    }
  });

  it('overlap needs about half the windows of step for the same stride (10k-token document)', () => {
    const count = (strideMode: StrideMode) =>
      buildWindows(toks(12, 500), toks(13_000), special, { ...DEFAULT_WINDOW_OPTIONS, strideMode }).length;
    // Context room 384 - 12 - 3 = 369: step windows start 128 apart, overlap windows 369 - 128 = 241 apart.
    expect(count('step')).toBe(1 + Math.ceil((13_000 - 369) / 128));
    expect(count('overlap')).toBe(1 + Math.ceil((13_000 - 369) / 241));
    expect(count('overlap') / count('step')).toBeLessThan(0.6);
  });

  it('max-context scoring in overlap mode gives each shared token to the window where it is more central', () => {
    const ws = buildWindows(toks(1), toks(20), special, { maxSeqLength: 12, docStride: 4, strideMode: 'overlap', maxQueryLength: 64 });
    expect(ws.map((w) => [w.docStart, w.docLength])).toEqual([
      [0, 8],
      [4, 8],
      [8, 8],
      [12, 8],
    ]);
    // Tokens 4..7 are shared by windows 0 and 1: 4 and 5 are more central in window 0, 6 and 7 in window 1.
    expect(ws[0].isMaxContext.slice(4)).toEqual([true, true, false, false]);
    expect(ws[1].isMaxContext.slice(0, 4)).toEqual([false, false, true, true]);
  });
});

describe("isMaxContextFor (the seed's worked example)", () => {
  // "the man went to the store and bought a gallon of": A = 0..4, B = 3..7, C = 6..10.
  const spans = [
    { start: 0, length: 5 },
    { start: 3, length: 5 },
    { start: 6, length: 5 },
  ];
  it('gives "bought" (position 7) to span C: 1 left / 3 right beats B\'s 4 left / 0 right', () => {
    expect([0, 1, 2].map((i) => isMaxContextFor(spans, i, 7))).toEqual([false, false, true]);
    expect([0, 1, 2].map((i) => isMaxContextFor(spans, i, 3))).toEqual([true, false, false]);
  });
  it('breaks equal context toward the longer span, then the first', () => {
    const nested = [
      { start: 0, length: 5 },
      { start: 0, length: 6 },
    ];
    expect(isMaxContextFor(nested, 1, 2)).toBe(true);
    const same = [
      { start: 0, length: 5 },
      { start: 0, length: 5 },
    ];
    expect(isMaxContextFor(same, 0, 2)).toBe(true);
    expect(isMaxContextFor(same, 1, 2)).toBe(false);
  });
});
