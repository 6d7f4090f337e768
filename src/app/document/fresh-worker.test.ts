import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { QaError } from '../../shared/errors';
import { FakeWorker } from '../../../test/helpers/fake-worker';
import { inFreshWorker, type FreshWorkerOptions } from './fresh-worker';

interface Api {
  run(mode: string): Promise<string>;
}

const api: Api = {
  run: (mode) => {
    if (mode === 'ok') return Promise.resolve('done');
    if (mode === 'damaged') return Promise.reject(new QaError('DOCUMENT_DAMAGED', 'it is not a zip archive.', { reason: 'raw' }));
    if (mode === 'plain') return Promise.reject(new Error('kaput'));
    return new Promise<string>(() => {}); // 'hang'
  },
};

const failure: FreshWorkerOptions['onFailure'] = (reason, detail) => new QaError('DOCUMENT_DAMAGED', `failed: ${reason}`, detail);

function run(mode: string, options: Partial<FreshWorkerOptions> = {}): Promise<string> {
  const worker = new Worker('fake://test');
  return inFreshWorker<Api, string>(worker, (remote) => remote.run(mode), { onFailure: failure, ...options });
}

describe('inFreshWorker', () => {
  let uninstall: () => void;
  beforeEach(() => {
    uninstall = FakeWorker.install();
    FakeWorker.serve = () => api;
  });
  afterEach(() => uninstall());

  it('resolves with the call’s value and terminates the worker', async () => {
    await expect(run('ok', { timeLimitMs: 5000 })).resolves.toBe('done');
    expect(FakeWorker.created.map((w) => w.terminated)).toEqual([true]);
  });

  it('maps what the worker threw through onFailure, keeping its detail', async () => {
    await expect(run('damaged')).rejects.toMatchObject({
      code: 'DOCUMENT_DAMAGED',
      message: 'failed: it is not a zip archive',
      detail: { reason: 'raw' },
    });
    await expect(run('plain')).rejects.toMatchObject({ message: 'failed: kaput' });
    expect(FakeWorker.created.every((w) => w.terminated)).toBe(true);
  });

  it('stops a call that runs past its time limit', async () => {
    const timeout = () => new QaError('DOCUMENT_DAMAGED', 'too slow');
    await expect(run('hang', { timeLimitMs: 30, onTimeout: timeout })).rejects.toMatchObject({ message: 'too slow' });
    expect(FakeWorker.created[0].terminated).toBe(true);
  });

  it('cancels on abort, also when already aborted', async () => {
    const controller = new AbortController();
    const pending = run('hang', { signal: controller.signal });
    setTimeout(() => controller.abort(), 10);
    await expect(pending).rejects.toMatchObject({ code: 'ABORTED' });
    await expect(run('ok', { signal: AbortSignal.abort() })).rejects.toMatchObject({ code: 'ABORTED' });
    expect(FakeWorker.created.map((w) => w.terminated)).toEqual([true, true]);
  });

  it('turns a worker crash into onFailure', async () => {
    const pending = run('hang');
    FakeWorker.created[0].crash('out of memory');
    await expect(pending).rejects.toMatchObject({ message: 'failed: the converter stopped (out of memory)' });
    expect(FakeWorker.created[0].terminated).toBe(true);
  });
});
