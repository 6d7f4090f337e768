/// <reference lib="webworker" />
import * as Comlink from 'comlink';
import '../shared/comlink-errors';
import { detectCapabilities } from '../engine/capabilities';
import type { LoadedEngine } from '../engine/create-engine';
import type { QaReading } from '../engine/reading';
import { DocumentCache } from '../engine/library/document-cache';
import { planLibraryReading } from '../engine/library/library-plan';
import { LibraryReading } from '../engine/library/library-reading';
import { loadModel } from '../engine/load-model';
import { hubSource, localSource, urlSource } from '../engine/model-source';
import { withSplitFiles } from '../engine/split-files';
import { ortBuilds } from '../engine/ort-builds';
import { threadCount } from '../engine/ort-env';
import { parseSquad } from '../engine/squad/dataset';
import { runSquadEval } from '../engine/squad/run-eval';
import type { AskOptions, QaResult } from '../shared/answers';
import type { LibraryDocumentInput, LibraryResult } from '../shared/library';
import { QaError } from '../shared/errors';
import { progressInOrder } from './progress-in-order';
import { paceMeter } from './reading-pace';
import type { InferProgress, LoadOptions, LoadProgress, ModelInfo, ModelSource } from '../shared/protocol';
import type { SquadEvalRequest, SquadEvalResult, SquadProgressFn } from '../shared/squad';

// msPerWindow: the pace of the last reading long enough to measure one (reading-pace.ts), for the
// next question's estimate before its first batch.
let current: { loaded: LoadedEngine; info: ModelInfo; msPerWindow: number | null; library: DocumentCache } | null = null;
// The last question, when it stopped early: "Read the rest" continues it. Only the latest is kept.
let paused: QaReading | null = null;
// The same for a library question.
let pausedLibrary: LibraryReading | null = null;
// onnxruntime fixes its thread pool when it starts; the client restarts this worker to change it.
let runtime: { threads: number; ortFor: ReturnType<typeof ortBuilds> } | null = null;
const running = new Map<number, AbortController>();
// Held until this worker dies, so the page notices even a silent death (see src/client/worker-client.ts watch()).
const lifeline = new Promise<void>((held) => {
  void navigator.locks?.request(self.name, () => {
    held();
    return new Promise<never>(() => {});
  });
});

type AskProgress = InferProgress & { partial: QaResult | null };
type LibraryProgress = InferProgress & { partial: LibraryResult | null };

/** A single-document or a library reading: both read on in batches and may stop when confident. */
interface Reading<R> {
  readonly windowsRead: number;
  readonly plan: { order: { length: number } };
  read(hooks: { signal?: AbortSignal; onPartial?: (partial: R) => void }, stopWhenConfident?: boolean): Promise<R>;
}

/**
 * Reads (on), reporting progress with the measured pace: first the passage count alone (with the
 * last question's pace, for an estimate before anything is read), then after every batch. Hands
 * the reading to `keep` for "Read the rest" when it stops early.
 */
async function readOn<R extends { windowsDone: number; stoppedEarly: boolean }>(
  reading: Reading<R>,
  signal: AbortSignal,
  onProgress: (p: InferProgress & { partial: R | null }) => void,
  keep: () => void,
  stopWhenConfident?: boolean,
): Promise<R> {
  const model = current;
  const meter = paceMeter(model?.msPerWindow ?? null);
  const total = reading.plan.order.length;
  onProgress({ phase: 'infer', done: reading.windowsRead, total, msPerWindow: model?.msPerWindow ?? null, partial: null });
  try {
    const result = await reading.read(
      {
        signal,
        onPartial: (partial) =>
          onProgress({ phase: 'infer', done: partial.windowsDone, total, msPerWindow: meter.batch(partial.windowsDone), partial }),
      },
      stopWhenConfident,
    );
    if (result.stoppedEarly) keep();
    return result;
  } finally {
    // Also after a cancel: the pace measured until then is as good.
    if (model && meter.measured !== null) model.msPerWindow = meter.measured;
  }
}

/** Runs one cancellable call; its progress reaches the page before its result (progress-in-order.ts). */
function track<P, T>(
  requestId: number,
  onProgress: (p: P) => unknown,
  work: (signal: AbortSignal, report: (p: P) => void) => Promise<T>,
): Promise<T> {
  const controller = new AbortController();
  running.set(requestId, controller);
  const progress = progressInOrder(onProgress);
  return progress.after(work(controller.signal, progress.report)).finally(() => running.delete(requestId));
}

const api = {
  check: detectCapabilities,

  async load(source: ModelSource, options: LoadOptions, onProgress: (p: LoadProgress) => void, requestId: number): Promise<ModelInfo> {
    return track(requestId, onProgress, async (signal, report) => {
      const caps = await detectCapabilities();
      const wanted = options.threads > 0 ? Math.min(options.threads, caps.maxThreads) : caps.maxThreads;
      const threads = threadCount(wanted);
      runtime ??= { threads, ortFor: ortBuilds(threads) };
      const started = performance.now();
      const files =
        source.kind === 'hub'
          ? hubSource(source.id, source.revision)
          : source.kind === 'url'
            ? withSplitFiles(urlSource(source.baseUrl), source.split ?? {})
            : localSource(source.name, source.files);
      const { loaded, info } = await loadModel(runtime.ortFor, files, options, caps, report, signal);
      await api.dispose();
      current = {
        loaded,
        info: { ...info, threads: info.backend === 'wasm' ? runtime.threads : 0, loadMs: Math.round(performance.now() - started) },
        msPerWindow: null,
        library: new DocumentCache(loaded.engine.tokenizer),
      };
      return current.info;
    });
  },

  async ask(
    question: string,
    context: string,
    options: Partial<AskOptions>,
    onProgress: (p: AskProgress) => void,
    requestId: number,
  ): Promise<QaResult> {
    if (!current) throw new QaError('NOT_LOADED', 'Load a model first.');
    paused = null;
    const reading = current.loaded.engine.startReading(question, context, options);
    return track(requestId, onProgress, (signal, report) => readOn(reading, signal, report, () => (paused = reading)));
  },

  /** Reads the windows a question stopped before (stopWhenConfident), none of them twice. */
  async readRest(onProgress: (p: AskProgress) => void, requestId: number): Promise<QaResult> {
    const reading = paused;
    if (!reading) throw new QaError('NOT_LOADED', 'There is nothing left to read: ask the question again.');
    paused = null;
    return track(requestId, onProgress, (signal, report) => readOn(reading, signal, report, () => (paused = reading), false));
  },

  /**
   * One question across library documents: their windows ranked together by BM25, read most relevant
   * first; each document's tokens and term index are kept for the next question.
   */
  async askLibrary(
    question: string,
    docs: LibraryDocumentInput[],
    options: Partial<AskOptions>,
    onProgress: (p: LibraryProgress) => void,
    requestId: number,
  ): Promise<LibraryResult> {
    if (!current) throw new QaError('NOT_LOADED', 'Load a model first.');
    pausedLibrary = null;
    const { engine, runner } = current.loaded;
    const reading = new LibraryReading(runner, planLibraryReading(engine, current.library, question, docs, options));
    return track(requestId, onProgress, (signal, report) => readOn(reading, signal, report, () => (pausedLibrary = reading)));
  },

  /** Reads the library windows a question stopped before. */
  async readLibraryRest(onProgress: (p: LibraryProgress) => void, requestId: number): Promise<LibraryResult> {
    const reading = pausedLibrary;
    if (!reading) throw new QaError('NOT_LOADED', 'There is nothing left to read: ask the question again.');
    pausedLibrary = null;
    return track(requestId, onProgress, (signal, report) => readOn(reading, signal, report, () => (pausedLibrary = reading), false));
  },

  /** A removed document's tokens and index go with it. */
  forgetDocument(id: string): void {
    current?.library.forget(id);
  },

  /** SQuAD evaluation: parses the file here, off the UI thread, then asks every question. */
  async evaluate(datasetText: string, options: SquadEvalRequest, onProgress: SquadProgressFn, requestId: number): Promise<SquadEvalResult> {
    if (!current) throw new QaError('NOT_LOADED', 'Load a model first.');
    const { engine } = current.loaded;
    const forward = (p: Parameters<SquadProgressFn>) => onProgress(...p);
    return track(requestId, forward, async (signal, report) =>
      runSquadEval(engine, parseSquad(datasetText), { ...options, signal, onProgress: (...p) => report(p) }),
    );
  },

  lifeline: () => lifeline,

  cancel(requestId: number): void {
    running.get(requestId)?.abort();
  },

  async dispose(): Promise<void> {
    const old = current;
    current = null;
    paused = null;
    pausedLibrary = null;
    await old?.loaded.dispose();
  },
};

export type QaWorkerApi = typeof api;
Comlink.expose(api);
