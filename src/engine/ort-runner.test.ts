import type * as OrtModule from 'onnxruntime-web';
import { describe, expect, it } from 'vitest';
import { OrtLogitsRunner } from './ort-runner';
import type { QaWindow } from './windows';

const win: QaWindow = { index: 0, inputIds: [101, 7, 102], tokenTypeIds: [0, 0, 0], contextOffset: 2, docStart: 0, docLength: 0, isMaxContext: [] };

/** Just enough of onnxruntime for the runner: tensors keep their data, the session is scripted. */
class FakeTensor {
  constructor(
    readonly type: string,
    readonly data: unknown,
    readonly dims: number[],
  ) {}
  dispose() {}
}
const fakeOrt = { Tensor: FakeTensor } as unknown as typeof OrtModule;

describe('OrtLogitsRunner', () => {
  it('never runs the session twice at once, and keeps going after a failed run', async () => {
    let active = 0;
    let maxActive = 0;
    let calls = 0;
    const session = {
      inputNames: ['input_ids', 'attention_mask'],
      outputNames: ['start_logits', 'end_logits'],
      async run(feeds: Record<string, FakeTensor>) {
        expect(Object.keys(feeds)).toEqual(['input_ids', 'attention_mask']);
        active++;
        maxActive = Math.max(maxActive, active);
        await new Promise((ok) => setTimeout(ok, 5));
        active--;
        if (++calls === 2) throw new Error('boom');
        const logits = () => new FakeTensor('float32', Float32Array.from([1, 2, 3]), [1, 3]);
        return { start_logits: logits(), end_logits: logits() };
      },
    } as unknown as OrtModule.InferenceSession;
    const runner = new OrtLogitsRunner(fakeOrt, session);
    const results = await Promise.allSettled([runner.run([win], 0), runner.run([win], 0), runner.run([win], 0)]);
    expect(maxActive).toBe(1);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect((results[1] as PromiseRejectedResult).reason).toMatchObject({ code: 'INFERENCE_FAILED' });
    const [first] = (results[2] as PromiseFulfilledResult<Awaited<ReturnType<OrtLogitsRunner['run']>>>).value;
    expect(Array.from(first.start)).toEqual([1, 2, 3]);
  });
});
