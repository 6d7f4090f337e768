import { describe, expect, it } from 'vitest';
import { OrtLogitsRunner } from '../src/engine/ort-runner';
import { fakeLogits, fakeOrt, fakeSession, tinyWindow, type FakeTensor } from './helpers/fake-session';

/**
 * The worker only sees a Cancel (a message) if something in a question's batch loop waits for a
 * task rather than a microtask. OrtLogitsRunner waits for one before each model run; this pins the
 * contract down. The end-to-end effect (a new question starts at once after Cancel on 5 MB) is in
 * e2e/bad-input.spec.ts: Node's event loop does not interleave other messages the way a browser does.
 */
describe('OrtLogitsRunner lets messages in before each run', () => {
  const recording = (calls: string[]) =>
    fakeSession([], async (feeds: Record<string, FakeTensor>) => {
      const ids = new Int32Array((feeds.input_ids.data as BigInt64Array).buffer);
      calls.push(`run ${Object.keys(feeds).join(',')} id ${ids[2]}`);
      return fakeLogits(feeds.input_ids.dims);
    });

  it('starts each run only after a task boundary, passing arguments and results through', async () => {
    const calls: string[] = [];
    const runner = new OrtLogitsRunner(fakeOrt, recording(calls));
    const result = runner.run([tinyWindow(7)], 0);
    for (let i = 0; i < 20; i++) await Promise.resolve(); // Microtasks alone never let it start.
    expect(calls).toEqual([]);
    const [logits] = await result;
    expect(Array.from(logits.start)).toEqual([0, 1, 2]);
    expect(calls).toEqual(['run input_ids,attention_mask id 7']);
  });

  it('keeps concurrent runs apart (each waits for its own task)', async () => {
    const calls: string[] = [];
    const runner = new OrtLogitsRunner(fakeOrt, recording(calls));
    await Promise.all([runner.run([tinyWindow(1)], 0), runner.run([tinyWindow(2)], 0), runner.run([tinyWindow(3)], 0)]);
    expect(calls).toEqual(['run input_ids,attention_mask id 1', 'run input_ids,attention_mask id 2', 'run input_ids,attention_mask id 3']);
  });
});
