import { describe, expect, it } from 'vitest';
import { QaEngine } from '../src/engine/qa-engine';
import { OrtLogitsRunner } from '../src/engine/ort-runner';
import { fakeLogits, fakeOrt, fakeSession } from './helpers/fake-session';
import { loadFixture } from './helpers/load-fixture';

/**
 * Loading another model disposes of the current one (qa.worker.ts) while a question may still be
 * running on it. The session must never be released under a running model call, and the question
 * must end with a clear error, not a crash inside onnxruntime.
 */
const longDocument = Array.from({ length: 2000 }, (_, i) => `word${i % 97}`).join(' ');

describe('a model reload while a question runs', () => {
  it('releases the session only after the run in flight, and ends the question with NOT_LOADED', async () => {
    const real = await loadFixture('tiny-random', 'fp32');
    const log: string[] = [];
    let runs = 0;
    const session = fakeSession(
      log,
      async (feeds) => {
        const n = ++runs;
        log.push(`run ${n} start`);
        await new Promise((ok) => setTimeout(ok, 20));
        log.push(`run ${n} end`);
        return fakeLogits(feeds.input_ids.dims);
      },
      ['input_ids', 'attention_mask', 'token_type_ids'],
    );
    const runner = new OrtLogitsRunner(fakeOrt, session);
    const engine = new QaEngine(real.engine.tokenizer, runner, { batchSize: 1 });
    let disposed: Promise<void> | null = null;
    const question = engine.ask('which word?', longDocument, {}, { onPartial: () => void (disposed ??= runner.dispose()) });
    await expect(question).rejects.toMatchObject({ code: 'NOT_LOADED' });
    await disposed;
    expect(log).toEqual(['run 1 start', 'run 1 end', 'release']);
    await real.dispose();
  });

  it('on a real onnxruntime session: the question stops cleanly and the release succeeds', async () => {
    const loaded = await loadFixture('tiny-random', 'fp32');
    let disposed: Promise<void> | null = null;
    const question = loaded.engine.ask(
      'which word?',
      longDocument,
      { batchSize: 1 },
      { onPartial: () => void (disposed ??= loaded.dispose()) },
    );
    const outcome = await question.then(
      () => 'answered',
      (e: { code?: string }) => e.code,
    );
    expect(outcome).toBe('NOT_LOADED');
    await expect(disposed).resolves.toBeUndefined();
  });
});
