import { describe, expect, it } from 'vitest';
import { fakeOrt, FakeTensor, tinyWindow } from '../../test/helpers/fake-session';
import type * as OrtModule from 'onnxruntime-web';
import { warmUpWhileIdle, type IdleWarmUpOptions } from './idle-warm-up';
import { OrtLogitsRunner } from './ort-runner';

const OPTS: IdleWarmUpOptions = { maxSteps: 40, maxMs: 1e9, patience: 3, minGain: 0.05 };

/** A step whose (fake-clock) duration follows `times`, then stays at the last one. */
function timedSteps(times: number[]) {
  let clock = 0;
  let i = 0;
  return {
    now: () => clock,
    step: async () => {
      clock += times[Math.min(i++, times.length - 1)];
    },
  };
}

describe('warmUpWhileIdle', () => {
  it('stops once the steps stop getting faster', async () => {
    const { now, step } = timedSteps([300, 250, 120, 100, 98, 99, 97, 60]);
    const r = await warmUpWhileIdle(step, () => true, OPTS, now);
    // 100 is the last best by ≥5%; 98, 99, 97 are not: three in a row, so it stops before the 60.
    expect(r).toEqual({ steps: [300, 250, 120, 100, 98, 99, 97], stoppedBy: 'settled' });
  });

  it('respects the step and time limits', async () => {
    const falling = timedSteps(Array.from({ length: 100 }, (_, k) => 1000 * 0.9 ** k));
    expect(await warmUpWhileIdle(falling.step, () => true, { ...OPTS, maxSteps: 5 }, falling.now)).toMatchObject({ stoppedBy: 'limit' });
    const slow = timedSteps(Array.from({ length: 100 }, (_, k) => 1000 * 0.9 ** k));
    const r = await warmUpWhileIdle(slow.step, () => true, { ...OPTS, maxMs: 2500 }, slow.now);
    expect(r.steps).toHaveLength(3);
  });

  it('steps aside for other work and ends quietly when the session is gone', async () => {
    let idle = true;
    let calls = 0;
    const r = await warmUpWhileIdle(
      async () => {
        if (++calls === 2) idle = false;
      },
      () => idle,
      OPTS,
    );
    expect(r).toMatchObject({ stoppedBy: 'busy' });
    expect(calls).toBe(2);
    const failed = await warmUpWhileIdle(
      () => Promise.reject(new Error('released')),
      () => true,
      OPTS,
    );
    expect(failed).toEqual({ steps: [], stoppedBy: 'failed' });
  });

  it('a question asked during the warm-up waits for one step at most, and the warm-up ends', async () => {
    const log: string[] = [];
    const session = {
      inputNames: ['input_ids', 'attention_mask'],
      outputNames: ['start_logits', 'end_logits'],
      async run(feeds: Record<string, FakeTensor>) {
        const n = (feeds.input_ids.dims as number[])[1];
        log.push(`run ${n}`);
        await new Promise((ok) => setTimeout(ok, 5));
        const logits = () => new FakeTensor('float32', new Float32Array(n), [1, n]);
        return { start_logits: logits(), end_logits: logits() };
      },
    } as unknown as OrtModule.InferenceSession;
    const runner = new OrtLogitsRunner(fakeOrt, session);
    const question = tinyWindow();
    const warm = {
      ...question,
      inputIds: [...question.inputIds, 0],
      tokenTypeIds: [...question.tokenTypeIds, 1],
    };
    const warming = warmUpWhileIdle(
      () => runner.run([warm], 0),
      () => runner.isIdle(),
      OPTS,
    );
    await new Promise((ok) => setTimeout(ok, 2)); // The first step is running.
    const answered = runner.run([question], 0);
    await answered;
    const report = await warming;
    expect(report.stoppedBy).toBe('busy');
    const q = `run ${question.inputIds.length}`;
    // At most one warm-up step ran before the question, and none after it.
    expect(log.indexOf(q)).toBeLessThanOrEqual(1);
    expect(log.slice(log.indexOf(q) + 1)).toEqual([]);
    expect(runner.isIdle()).toBe(true);
  });
});
