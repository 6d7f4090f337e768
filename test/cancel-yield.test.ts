import type * as OrtModule from 'onnxruntime-web';
import { describe, expect, it } from 'vitest';
import { letMessagesInBeforeEachRun } from '../src/engine/load-model';

/**
 * The worker only sees a Cancel (a message) if something in a question's batch loop waits for a
 * task rather than a microtask. loadModel() wraps the session's run() for that; this pins the
 * contract down. The end-to-end effect (a new question starts at once after Cancel on 5 MB) is in
 * e2e/bad-input.spec.ts: Node's event loop does not interleave other messages the way a browser does.
 */
describe('letMessagesInBeforeEachRun', () => {
  const fakeSession = (calls: string[]) =>
    ({
      run: async (feeds: Record<string, unknown>) => {
        calls.push(`run ${Object.keys(feeds).join(',')}`);
        return { ok: true };
      },
    }) as unknown as OrtModule.InferenceSession;

  it('starts each run only after a task boundary, passing arguments and results through', async () => {
    const calls: string[] = [];
    const session = fakeSession(calls);
    letMessagesInBeforeEachRun(session);
    const result = session.run({ input_ids: null } as never);
    for (let i = 0; i < 20; i++) await Promise.resolve(); // Microtasks alone never let it start.
    expect(calls).toEqual([]);
    await expect(result).resolves.toEqual({ ok: true });
    expect(calls).toEqual(['run input_ids']);
  });

  it('keeps concurrent runs apart (each waits for its own task)', async () => {
    const calls: string[] = [];
    const session = fakeSession(calls);
    letMessagesInBeforeEachRun(session);
    await Promise.all([session.run({ a: 1 } as never), session.run({ b: 2 } as never), session.run({ c: 3 } as never)]);
    expect(calls).toEqual(['run a', 'run b', 'run c']);
  });
});
