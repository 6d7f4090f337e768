import { describe, expect, it } from 'vitest';
import type { Token } from './tokenizer/bert-tokenizer';
import { buildWindows, isMaxContextFor } from './windows';

const special = { cls: 101, sep: 102, pad: 0, unk: 100 };
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

  it('slides windows of 384 tokens with stride 128 and covers every context token', () => {
    const q = toks(10, 500);
    const c = toks(1000);
    const ws = buildWindows(q, c, special);
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
    const ws = buildWindows(toks(1), toks(20), special, { maxSeqLength: 12, docStride: 4, maxQueryLength: 64 });
    expect(ws.map((w) => [w.docStart, w.docLength])).toEqual([
      [0, 8],
      [4, 8],
      [8, 8],
      [12, 8],
    ]);
  });

  it('rejects impossible sizes', () => {
    expect(() => buildWindows(toks(10), toks(5), special, { maxSeqLength: 10, docStride: 4, maxQueryLength: 64 })).toThrow(RangeError);
    expect(() => buildWindows(toks(1), toks(5), special, { maxSeqLength: 10, docStride: 0, maxQueryLength: 64 })).toThrow(RangeError);
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
