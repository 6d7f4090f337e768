import * as Comlink from 'comlink';
import '../shared/comlink-errors';
import type { AskOptions, QaResult } from '../engine/qa-engine';
import type { SquadEvalOptions, SquadEvalResult } from '../engine/squad/run-eval';
import { QaError, toQaError } from '../shared/errors';
import type { Capabilities, InferProgress, LoadOptions, LoadProgress, ModelInfo, ModelSource } from '../shared/protocol';
import type { QaWorkerApi } from '../worker/qa.worker';

export type AskProgress = InferProgress & { partial: QaResult };

/**
 * Owns the QA worker's lifetime: creates it, forwards AbortSignals as cancel calls, shares one load
 * promise per model (React StrictMode runs effects twice), and restarts the worker after a crash or
 * when the WASM thread count changes (onnxruntime fixes it at the first session).
 */
export class QaWorkerClient {
  private worker: Worker | null = null;
  private api: Comlink.Remote<QaWorkerApi> | null = null;
  private nextId = 1;
  private pending = new Set<(e: QaError) => void>();
  private load$: { key: string; promise: Promise<ModelInfo> } | null = null;
  private threads: number | null = null;
  private crashListeners = new Set<(e: QaError) => void>();

  private remote(): Comlink.Remote<QaWorkerApi> {
    if (this.api) return this.api;
    // A unique name: the worker holds a Web Lock by this name for as long as it lives (see watch()).
    const name = `qa-worker-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
    const worker = new Worker(new URL('../worker/qa.worker.ts', import.meta.url), { type: 'module', name });
    worker.addEventListener('error', (ev) => this.crashed(`The model worker stopped: ${ev.message || 'unknown error'}.`));
    worker.addEventListener('messageerror', () => this.crashed('The model worker sent an unreadable message.'));
    this.worker = worker;
    this.api = Comlink.wrap<QaWorkerApi>(worker);
    this.watch(worker, name, this.api);
    return this.api;
  }

  /**
   * A worker that dies without an uncaught error (it calls close(), or the browser kills it) fires
   * no event at all, and every pending call would hang. The worker holds a Web Lock named after
   * itself for its whole life; our request for the same lock is granted only once it has gone. Our
   * own terminate() releases it too, hence the check that this is still the current worker.
   */
  private watch(worker: Worker, name: string, api: Comlink.Remote<QaWorkerApi>): void {
    if (!('locks' in navigator)) return; // Not a secure context: 'error' events still catch crashes.
    api
      .lifeline()
      .then(() =>
        navigator.locks.request(name, () => {
          if (this.worker === worker) this.crashed('The model worker stopped unexpectedly (it may have run out of memory).');
        }),
      )
      .catch(() => {}); // Nothing to watch then; 'error' events still work.
  }

  /** Rejects everything in flight, forgets the loaded model and starts a fresh worker on next use. */
  private crashed(message: string): void {
    const err = new QaError('WORKER_CRASHED', message);
    this.terminate();
    for (const reject of this.pending) reject(err);
    this.pending.clear();
    for (const l of this.crashListeners) l(err);
  }

  onCrash(listener: (e: QaError) => void): () => void {
    this.crashListeners.add(listener);
    return () => this.crashListeners.delete(listener);
  }

  /** Runs a worker call that can be cancelled and that fails cleanly if the worker dies. */
  private call<T>(run: (api: Comlink.Remote<QaWorkerApi>, id: number) => Promise<T>, signal?: AbortSignal): Promise<T> {
    if (signal?.aborted) return Promise.reject(new QaError('ABORTED', 'Cancelled.'));
    const api = this.remote();
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      const onAbort = () => void api.cancel(id);
      signal?.addEventListener('abort', onAbort, { once: true });
      const fail = (e: QaError) => reject(e);
      this.pending.add(fail);
      run(api, id)
        .then(resolve, (e) => reject(toQaError(e)))
        .finally(() => {
          this.pending.delete(fail);
          signal?.removeEventListener('abort', onAbort);
        });
    });
  }

  check(): Promise<Capabilities> {
    return this.call((api) => api.check());
  }

  /** One shared promise per (source, options): a second identical call joins the first. */
  load(source: ModelSource, options: LoadOptions, onProgress: (p: LoadProgress) => void, signal?: AbortSignal): Promise<ModelInfo> {
    const key = JSON.stringify([source.kind === 'local' ? [source.name, source.files.map((f) => [f.path, f.file.size])] : source, options]);
    if (this.load$?.key === key) return this.load$.promise;
    if (this.threads !== null && this.threads !== options.threads) this.terminate();
    this.threads = options.threads;
    const promise = this.call((api, id) => api.load(source, options, Comlink.proxy(onProgress), id), signal);
    this.load$ = { key, promise };
    promise.catch(() => {
      if (this.load$?.promise === promise) this.load$ = null;
    });
    return promise;
  }

  ask(question: string, context: string, options: Partial<AskOptions>, hooks: { signal?: AbortSignal; onProgress?: (p: AskProgress) => void } = {}): Promise<QaResult> {
    const onProgress = hooks.onProgress ?? (() => {});
    return this.call((api, id) => api.ask(question, context, options, Comlink.proxy(onProgress), id), hooks.signal);
  }

  /** SQuAD evaluation in the worker; `signal` cancels between (and within) questions. */
  evaluate(
    datasetText: string,
    options: Pick<SquadEvalOptions, 'limit' | 'askOptions'>,
    hooks: { signal?: AbortSignal; onProgress?: SquadEvalOptions['onProgress'] } = {},
  ): Promise<SquadEvalResult> {
    const onProgress = hooks.onProgress ?? (() => {});
    return this.call((api, id) => api.evaluate(datasetText, options, Comlink.proxy(onProgress), id), hooks.signal);
  }

  terminate(): void {
    this.api?.[Comlink.releaseProxy]();
    this.worker?.terminate();
    this.worker = null;
    this.api = null;
    this.load$ = null;
  }
}

/** The app's single client: module-level so StrictMode's double mount shares it. */
export const qaClient = new QaWorkerClient();
