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
  /** `padTo`: pad the batch to at least this many tokens (0: to its longest window). */
  run(windows: readonly QaWindow[], padId: number, padTo?: number): Promise<WindowLogits[]>;
  /** True when no run is queued or running (a background warm-up steps aside); absent: always idle. */
  isIdle?(): boolean;
}

/**
 * Row-major int64 feeds for a batch padded to its longest window or `padTo` (not to 384: short docs
 * stay cheap).
 * Written through Int32 views of the int64 buffers (low word = value, high word = 0; ids are small and
 * non-negative, hosts are little-endian) instead of one BigInt per element, which costs an allocation
 * per token in every batch.
 */
export function packBatch(windows: readonly QaWindow[], padId: number, padTo = 0) {
  let seq = padTo;
  for (const w of windows) seq = Math.max(seq, w.inputIds.length);
  const size = windows.length * seq;
  const inputIds = new BigInt64Array(size);
  const attentionMask = new BigInt64Array(size);
  const tokenTypeIds = new BigInt64Array(size);
  const ids = new Int32Array(inputIds.buffer);
  const mask = new Int32Array(attentionMask.buffer);
  const types = new Int32Array(tokenTypeIds.buffer);
  for (let b = 0; b < windows.length; b++) {
    const w = windows[b];
    const base = b * seq;
    for (let i = 0; i < seq; i++) {
      const at = 2 * (base + i);
      if (i < w.inputIds.length) {
        ids[at] = w.inputIds[i];
        mask[at] = 1;
        types[at] = w.tokenTypeIds[i];
      } else {
        ids[at] = padId;
      }
    }
  }
  return { seq, inputIds, attentionMask, tokenTypeIds };
}

/**
 * Splits [batch, seq] logits into per-window views of each window's real length. Views, not copies:
 * the batch arrays are fresh per run and owned by the caller.
 */
export function unpackLogits(windows: readonly QaWindow[], seq: number, start: Float32Array, end: Float32Array): WindowLogits[] {
  return windows.map((w, b) => ({
    start: start.subarray(b * seq, b * seq + w.inputIds.length),
    end: end.subarray(b * seq, b * seq + w.inputIds.length),
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
