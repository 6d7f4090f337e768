import type * as OrtModule from 'onnxruntime-web';
import { describe, expect, it } from 'vitest';
import { fakeOrt, FakeTensor, heldSession, tinyWindow } from '../../test/helpers/fake-session';
import { OrtLogitsRunner } from './ort-runner';

const win = tinyWindow();

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

  it('dispose() waits for the run in flight, then releases; queued and later runs fail cleanly', async () => {
    const log: string[] = [];
    const { session, finish } = heldSession(log, 'run');
    const runner = new OrtLogitsRunner(fakeOrt, session);
    const inFlight = runner.run([win], 0);
    const queued = runner.run([win], 0);
    await new Promise((ok) => setTimeout(ok, 10));
    expect(log).toEqual(['run start']);
    const disposed = runner.dispose();
    await new Promise((ok) => setTimeout(ok, 10));
    expect(log).toEqual(['run start']); // Not released mid-run.
    finish();
    await expect(inFlight).resolves.toHaveLength(1);
    await expect(queued).rejects.toMatchObject({ code: 'NOT_LOADED' });
    await disposed;
    await expect(runner.run([win], 0)).rejects.toMatchObject({ code: 'NOT_LOADED' });
    expect(runner.dispose()).toBe(disposed); // A second dispose() is the same one.
    expect(log).toEqual(['run start', 'run end', 'release']);
  });
});
