import * as Comlink from 'comlink';
import '../shared/comlink-errors';
import type { AskOptions, QaResult } from '../shared/answers';
import { QaError, toQaError } from '../shared/errors';
import type { Capabilities, InferProgress, LoadOptions, LoadProgress, ModelInfo, ModelSource } from '../shared/protocol';
import type { LibraryDocumentInput, LibraryResult } from '../shared/library';
import type { SquadEvalRequest, SquadEvalResult, SquadProgressFn } from '../shared/squad';
import type { QaWorkerApi } from '../worker/qa.worker';

/** `partial` is null in the first report, which comes before any passage is read (the count, the pace so far). */
export type AskProgress = InferProgress & { partial: QaResult | null };
export type LibraryProgress = InferProgress & { partial: LibraryResult | null };

/**
 * Owns the QA worker's lifetime: creates it, forwards AbortSignals as cancel calls, and restarts the
 * worker after a crash or when the WASM thread count changes (onnxruntime fixes it at the first
 * session). Which request is the latest, and whether a load joins one in flight, is decided by the
 * caller (useLatestRequest): this class runs every call it is given.
 */
export class QaWorkerClient {
  private worker: Worker | null = null;
  private api: Comlink.Remote<QaWorkerApi> | null = null;
  private nextId = 1;
  private pending = new Set<(e: QaError) => void>();
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
   * own stop() releases it too, hence the check that this is still the current worker.
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
    this.stop(err);
    for (const l of this.crashListeners) l(err);
  }

  /** Ends the worker; calls still pending get `reason`, since a dead worker never answers them. */
  private stop(reason: QaError): void {
    for (const reject of this.pending) reject(reason);
    this.pending.clear();
    this.api?.[Comlink.releaseProxy]();
    this.worker?.terminate();
    this.worker = null;
    this.api = null;
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
      // After a crash or restart the old worker is gone: there is nothing left to cancel.
      const onAbort = () => void (this.api === api && api.cancel(id));
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

  load(source: ModelSource, options: LoadOptions, onProgress: (p: LoadProgress) => void, signal?: AbortSignal): Promise<ModelInfo> {
    if (this.threads !== null && this.threads !== options.threads)
      this.stop(new QaError('ABORTED', 'Restarting the model worker for another thread count.'));
    this.threads = options.threads;
    return this.call((api, id) => api.load(source, options, Comlink.proxy(onProgress), id), signal);
  }

  ask(
    question: string,
    context: string,
    options: Partial<AskOptions>,
    hooks: { signal?: AbortSignal; onProgress?: (p: AskProgress) => void } = {},
  ): Promise<QaResult> {
    const onProgress = hooks.onProgress ?? (() => {});
    return this.call((api, id) => api.ask(question, context, options, Comlink.proxy(onProgress), id), hooks.signal);
  }

  /** Continues the last question where it stopped when confident. */
  readRest(hooks: { signal?: AbortSignal; onProgress?: (p: AskProgress) => void } = {}): Promise<QaResult> {
    const onProgress = hooks.onProgress ?? (() => {});
    return this.call((api, id) => api.readRest(Comlink.proxy(onProgress), id), hooks.signal);
  }

  /** One question across library documents (see the worker's askLibrary). */
  askLibrary(
    question: string,
    docs: LibraryDocumentInput[],
    options: Partial<AskOptions>,
    hooks: { signal?: AbortSignal; onProgress?: (p: LibraryProgress) => void } = {},
  ): Promise<LibraryResult> {
    const onProgress = hooks.onProgress ?? (() => {});
    return this.call((api, id) => api.askLibrary(question, docs, options, Comlink.proxy(onProgress), id), hooks.signal);
  }

  readLibraryRest(hooks: { signal?: AbortSignal; onProgress?: (p: LibraryProgress) => void } = {}): Promise<LibraryResult> {
    const onProgress = hooks.onProgress ?? (() => {});
    return this.call((api, id) => api.readLibraryRest(Comlink.proxy(onProgress), id), hooks.signal);
  }

  /** Drops a removed document's tokens and index in the worker, if one runs (nothing to wait for). */
  forgetDocument(id: string): void {
    this.api?.forgetDocument(id).catch(() => undefined);
  }

  /** SQuAD evaluation in the worker; `signal` cancels between (and within) questions. */
  evaluate(
    datasetText: string,
    options: SquadEvalRequest,
    hooks: { signal?: AbortSignal; onProgress?: SquadProgressFn } = {},
  ): Promise<SquadEvalResult> {
    const onProgress = hooks.onProgress ?? (() => {});
    return this.call((api, id) => api.evaluate(datasetText, options, Comlink.proxy(onProgress), id), hooks.signal);
  }

  /** Ends the worker (the benchmark page starts each measurement on a fresh one). */
  terminate(): void {
    this.stop(new QaError('ABORTED', 'The model worker was stopped.'));
  }
}

/** The app's single client: module-level so StrictMode's double mount shares it. */
export const qaClient = new QaWorkerClient();
