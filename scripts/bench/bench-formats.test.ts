/**
 * The benchmark's extra model formats (scripts/bench/models.ts FORMATS) on the tiny-random fixture
 * weights, checked with onnxruntime-node: each file loads, has the QA signature, and its logits stay
 * near fp32's. Correctness only; the speed comparison is `npm run bench`.
 */
import * as ort from 'onnxruntime-node';
import { describe, expect, it } from 'vitest';
import { buildBertQa } from '../fixtures/bert-qa.js';
import { tinyRandomWeights } from '../fixtures/generate.js';
import { FORMATS } from './models.js';

const weights = tinyRandomWeights();
const SEQ = 48;
const ids = BigInt64Array.from({ length: SEQ }, (_, i) => BigInt(i === 0 ? 101 : 1000 + ((i * 7919) % 20000)));

async function logits(bytes: Uint8Array): Promise<{ inputs: readonly string[]; start: Float32Array }> {
  const session = await ort.InferenceSession.create(bytes);
  const all: Record<string, ort.Tensor> = {
    input_ids: new ort.Tensor('int64', ids, [1, SEQ]),
    attention_mask: new ort.Tensor('int64', new BigInt64Array(SEQ).fill(1n), [1, SEQ]),
    token_type_ids: new ort.Tensor(
      'int64',
      BigInt64Array.from({ length: SEQ }, (_, i) => (i > 10 ? 1n : 0n)),
      [1, SEQ],
    ),
  };
  const out = await session.run(Object.fromEntries(session.inputNames.map((n) => [n, all[n]])));
  const inputs = session.inputNames;
  await session.release();
  return { inputs, start: out.start_logits.data as Float32Array };
}

const maxDiff = (a: Float32Array, b: Float32Array) => a.reduce((m, v, i) => Math.max(m, Math.abs(v - b[i])), 0);

/*
 * Tolerances over max |Δ start logit| vs fp32 (tiny-random logits: rms 1.8 here). Measured: int8
 * MatMulInteger and QDQ 0.10 (tolerance as fixtures.test.ts), 8-bit blocks 0.04, 4-bit blocks
 * 0.58–0.68. A mis-packed nibble, wrong scale layout or missing zero point gives errors of several units.
 */
const TOLERANCE: Record<string, number> = { fp32: 0, q8: 0.35, qdq: 0.35, n8: 0.35, q4: 1.5, 'q4-b128': 1.5, 'q4-acc0': 1.5 };

describe('bench model formats', () => {
  it('every format loads and stays near fp32', async () => {
    const ref = await logits(buildBertQa(weights, 'fp32'));
    for (const f of FORMATS) {
      const got = await logits(buildBertQa(weights, f.build));
      expect(got.inputs, f.id).toEqual(['input_ids', 'attention_mask', 'token_type_ids']);
      expect(maxDiff(got.start, ref.start), f.id).toBeLessThanOrEqual(TOLERANCE[f.id]);
    }
  });

  it('builds a DistilBERT-style graph (no token_type_ids) when typeVocabSize is 0', async () => {
    const distil = { ...weights, dims: { ...weights.dims, typeVocabSize: 0 } };
    const got = await logits(buildBertQa(distil, 'int8'));
    expect(got.inputs).toEqual(['input_ids', 'attention_mask']);
  });
});
