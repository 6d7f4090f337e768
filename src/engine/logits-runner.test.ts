import { describe, expect, it } from 'vitest';
import { halfBitsToFloat32, packBatch, unpackLogits } from './logits-runner';
import type { QaWindow } from './windows';

const win = (ids: number[]): QaWindow => ({
  index: 0,
  inputIds: ids,
  tokenTypeIds: ids.map((_, i) => (i < 2 ? 0 : 1)),
  contextOffset: 2,
  docStart: 0,
  docLength: ids.length - 3,
  isMaxContext: [],
});

describe('packBatch / unpackLogits', () => {
  it('pads each batch to its longest window with the pad id and a zero attention mask', () => {
    const { seq, inputIds, attentionMask, tokenTypeIds } = packBatch([win([101, 102, 7, 102]), win([101, 102, 7, 8, 9, 102])], 0);
    expect(seq).toBe(6);
    expect(Array.from(inputIds, Number)).toEqual([101, 102, 7, 102, 0, 0, 101, 102, 7, 8, 9, 102]);
    expect(Array.from(attentionMask, Number)).toEqual([1, 1, 1, 1, 0, 0, 1, 1, 1, 1, 1, 1]);
    expect(Array.from(tokenTypeIds, Number)).toEqual([0, 0, 1, 1, 0, 0, 0, 0, 1, 1, 1, 1]);
  });

  it('trims the padded rows back to each window', () => {
    const start = Float32Array.from([1, 2, 3, 4, 0, 0, 5, 6, 7, 8, 9, 10]);
    const out = unpackLogits([win([1, 2, 3, 4]), win([1, 2, 3, 4, 5, 6])], 6, start, start);
    expect(Array.from(out[0].start)).toEqual([1, 2, 3, 4]);
    expect(Array.from(out[1].end)).toEqual([5, 6, 7, 8, 9, 10]);
  });
});

describe('halfBitsToFloat32', () => {
  it('decodes normal, subnormal, zero, infinity and NaN halves', () => {
    const out = halfBitsToFloat32(Uint16Array.from([0x3c00, 0xc000, 0x0001, 0x0000, 0x7c00, 0xfc00, 0x7e00, 0x3555]));
    expect(out[0]).toBe(1);
    expect(out[1]).toBe(-2);
    expect(out[2]).toBeCloseTo(5.96e-8, 10);
    expect(out[3]).toBe(0);
    expect(out[4]).toBe(Infinity);
    expect(out[5]).toBe(-Infinity);
    expect(out[6]).toBeNaN();
    expect(out[7]).toBeCloseTo(0.3333, 3);
  });
});
