import * as Comlink from 'comlink';
import '../../shared/comlink-errors';
import { isQaError, QaError } from '../../shared/errors';

export interface FreshWorkerOptions {
  signal?: AbortSignal;
  /** No limit when absent. */
  timeLimitMs?: number;
  /** The error for a call that ran past timeLimitMs. */
  onTimeout?: () => QaError;
  /** The error for anything else that went wrong: what the worker threw, or that it died. */
  onFailure: (reason: string, detail?: Record<string, unknown>) => QaError;
}

/**
 * Runs one call in a worker started for it, and terminates the worker when the call ends, runs past
 * its time limit or is cancelled: a worker busy in a library (mammoth, micromark) cannot be
 * interrupted any other way, and a fresh one per file means no state from an earlier, hostile file.
 * The caller creates the worker (`new Worker(new URL(…), …)` must be written out for Vite to bundle it).
 */
export function inFreshWorker<Api, T>(
  worker: Worker,
  call: (api: Comlink.Remote<Api>) => Promise<T>,
  options: FreshWorkerOptions,
): Promise<T> {
  const { signal, timeLimitMs, onTimeout, onFailure } = options;
  const api = Comlink.wrap<Api>(worker);
  return new Promise<T>((resolve, reject) => {
    let settled = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const finish = (settle: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      api[Comlink.releaseProxy]();
      worker.terminate();
      settle();
    };
    const onAbort = () => finish(() => reject(new QaError('ABORTED', 'Cancelled.')));
    if (signal?.aborted) return onAbort();
    signal?.addEventListener('abort', onAbort, { once: true });
    if (timeLimitMs !== undefined) {
      timer = setTimeout(() => finish(() => reject(onTimeout?.() ?? onFailure(`it took longer than ${timeLimitMs} ms`))), timeLimitMs);
    }
    worker.addEventListener('error', (ev) => {
      ev.preventDefault(); // Reported as a typed error instead of on the console.
      finish(() => reject(onFailure(`the converter stopped (${ev.message || 'unknown error'})`)));
    });
    worker.addEventListener('messageerror', () => finish(() => reject(onFailure('the converter sent an unreadable answer'))));
    call(api).then(
      (value) => finish(() => resolve(value)),
      (e: unknown) => finish(() => reject(onFailure(reasonOf(e), isQaError(e) ? e.detail : undefined))),
    );
  });
}

function reasonOf(e: unknown): string {
  const message = e instanceof Error || isQaError(e) ? (e as Error).message : String(e);
  return message.replace(/[.\s]+$/, '') || 'unknown error';
}
