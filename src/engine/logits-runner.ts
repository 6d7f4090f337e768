import type { QaWindow } from './windows';

/** Start/end logits for a batch of windows, each trimmed to its own length. */
export interface WindowLogits {
  start: Float32Array;
  end: Float32Array;
}

/**
 * What the engine needs from a model: logits for a batch of windows. The ONNX Runtime session is one
 * implementation; tests can supply others. Keeping this seam small keeps span logic backend-free.
 */
export interface LogitsRunner {
  run(windows: readonly QaWindow[], padId: number): Promise<WindowLogits[]>;
}

/** Row-major int64 feeds for a batch padded to its longest window (not to 384: short docs stay cheap). */
export function packBatch(windows: readonly QaWindow[], padId: number) {
  const seq = Math.max(...windows.map((w) => w.inputIds.length));
  const size = windows.length * seq;
  const inputIds = new BigInt64Array(size).fill(BigInt(padId));
  const attentionMask = new BigInt64Array(size);
  const tokenTypeIds = new BigInt64Array(size);
  windows.forEach((w, b) => {
    const base = b * seq;
    for (let i = 0; i < w.inputIds.length; i++) {
      inputIds[base + i] = BigInt(w.inputIds[i]);
      attentionMask[base + i] = 1n;
      tokenTypeIds[base + i] = BigInt(w.tokenTypeIds[i]);
    }
  });
  return { seq, inputIds, attentionMask, tokenTypeIds };
}

/** Splits [batch, seq] logits into per-window arrays of each window's real length. */
export function unpackLogits(
  windows: readonly QaWindow[],
  seq: number,
  start: Float32Array,
  end: Float32Array,
): WindowLogits[] {
  return windows.map((w, b) => ({
    start: start.slice(b * seq, b * seq + w.inputIds.length),
    end: end.slice(b * seq, b * seq + w.inputIds.length),
  }));
}

/** IEEE 754 half → float, for fp16 models whose outputs come back as raw Uint16 bits. */
export function halfBitsToFloat32(bits: Uint16Array): Float32Array {
  const out = new Float32Array(bits.length);
  for (let i = 0; i < bits.length; i++) {
    const h = bits[i];
    const sign = h & 0x8000 ? -1 : 1;
    const exp = (h >> 10) & 0x1f;
    const frac = h & 0x3ff;
    if (exp === 0) out[i] = sign * 2 ** -14 * (frac / 1024);
    else if (exp === 31) out[i] = frac ? NaN : sign * Infinity;
    else out[i] = sign * 2 ** (exp - 15) * (1 + frac / 1024);
  }
  return out;
}
