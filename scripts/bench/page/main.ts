/**
 * The benchmark page. The driver (scripts/bench/browser.ts) calls `window.bench.*` through Playwright.
 * `app*` goes through the app's real worker client and worker (src/client/worker-client.ts →
 * src/worker/qa.worker.ts), exactly as the UI does; `raw*` and `tjs*` use the bench-only workers.
 */
import * as Comlink from 'comlink';
import { openDocumentFile } from '../../../src/app/document/open-document';
import { QaWorkerClient } from '../../../src/client/worker-client';
import type { AskOptions } from '../../../src/shared/answers';
import type { Dtype } from '../../../src/shared/model-formats';
import type { RawWorkerApi } from './raw-api';
import JsepWorker from './raw-worker-jsep?worker';
import JspiWorker from './raw-worker-jspi?worker';
import WasmWorker from './raw-worker-wasm?worker';
import WebGpuWorker from './raw-worker-webgpu?worker';
import type { TjsWorkerApi } from './tjs-worker';

export type OrtBuild = 'jsep' | 'wasm' | 'jspi' | 'webgpu';
const RAW_WORKERS: Record<OrtBuild, new (o: { name: string }) => Worker> = {
  jsep: JsepWorker,
  wasm: WasmWorker,
  jspi: JspiWorker,
  webgpu: WebGpuWorker,
};

let app: QaWorkerClient | null = null;
/** Several raw workers can hold sessions at once, so formats and settings are measured interleaved. */
const raws = new Map<string, { worker: Worker; api: Comlink.Remote<RawWorkerApi> }>();
let tjs: { worker: Worker; api: Comlink.Remote<TjsWorkerApi> } | null = null;

const bench = {
  isolated: () => globalThis.crossOriginIsolated === true,

  /** Model load to ready (download or Cache Storage read, session, warm-up), timed from the page. */
  async appLoad(baseUrl: string, dtype: Dtype, threads: number) {
    app ??= new QaWorkerClient();
    const files: Record<string, boolean> = {};
    const at: Record<string, number> = {};
    const t0 = performance.now();
    const info = await app.load({ kind: 'url', baseUrl }, { backend: 'wasm', dtype, threads }, (p) => {
      if (p.phase === 'download' && p.loaded === p.total) files[p.file] = p.fromCache;
      if (p.phase === 'compile' || p.phase === 'warmup') at[p.phase] ??= performance.now() - t0;
    });
    const ms = performance.now() - t0;
    // Phases as the worker reports them: files read, session created, warm-up run.
    const phases = { files: at.compile, session: at.warmup - at.compile, warmup: ms - at.warmup };
    return { ms, phases, info, fromCache: files };
  },

  async appAsk(question: string, context: string, options: Partial<AskOptions> = {}) {
    const t0 = performance.now();
    let firstMs = -1;
    const r = await app!.ask(question, context, options, {
      // The first report is the passage count; the first answer comes with the one after it.
      onProgress: (p) => void (p.partial && firstMs < 0 && (firstMs = performance.now() - t0)),
    });
    return { ms: performance.now() - t0, firstMs, windows: r.windowsTotal, answer: r.answers[0]?.text ?? '' };
  },

  /**
   * One question over a long document, watching the partial results: when the top answer first
   * starts at `goldStart` (ms and windows read by then), and how the reading ended.
   */
  async appAskTrace(question: string, context: string, options: Partial<AskOptions>, goldStart = -1) {
    const t0 = performance.now();
    let firstMs = -1;
    let right: { ms: number; windows: number } | null = null;
    const r = await app!.ask(question, context, options, {
      onProgress: (p) => {
        const now = performance.now() - t0;
        if (!p.partial) return; // The passage count, before any answer.
        if (firstMs < 0) firstMs = now;
        if (!right && p.partial.answers[0]?.start === goldStart) right = { ms: now, windows: p.partial.windowsDone };
      },
    });
    const ms = performance.now() - t0;
    const top = r.answers[0];
    if (!right && top?.start === goldStart) right = { ms, windows: r.windowsDone };
    return {
      ms,
      firstMs,
      windowsTotal: r.windowsTotal,
      windowsDone: r.windowsDone,
      stoppedEarly: r.stoppedEarly,
      top: top ? [top.start, top.end] : null,
      right,
    };
  },

  /**
   * "Open" to "ready to ask" for a document file served at `url`, through the app's own opening
   * path (PDFs: the document worker): ms from the file in hand to its text, and the page count.
   */
  async docOpen(url: string, name: string) {
    const blob = await (await fetch(url)).blob();
    const file = new File([blob], name, { type: blob.type });
    let pages = 0;
    const t0 = performance.now();
    const doc = await openDocumentFile(file, { onProgress: (p) => void (p.phase === 'pages' && (pages = p.total)) });
    return { ms: performance.now() - t0, chars: doc.text.length, pages };
  },

  appTerminate() {
    app?.terminate();
    app = null;
  },

  /** `build`: which onnxruntime-web build the worker imports ("jsep" = the default 'onnxruntime-web'). */
  async rawStart(
    key: string,
    threads: number,
    base: string,
    file: string,
    overrides: Record<string, unknown> = {},
    build: OrtBuild = 'jsep',
  ) {
    bench.rawTerminate(key);
    const worker = new RAW_WORKERS[build]({ name: `raw-${key}` });
    const entry = { worker, api: Comlink.wrap<RawWorkerApi>(worker) };
    raws.set(key, entry);
    return entry.api.load(base, file, threads, overrides);
  },
  /** A new session in the same worker (the WASM module's compiled code is already warm). */
  rawReload: (key: string, threads: number, base: string, file: string, overrides: Record<string, unknown> = {}) =>
    raws.get(key)!.api.load(base, file, threads, overrides),
  rawWindow: (key: string, q: string, c: string, reps: number) => raws.get(key)!.api.window(q, c, reps),
  rawAsk: (key: string, q: string, c: string, o: Partial<AskOptions> = {}) => raws.get(key)!.api.ask(q, c, o),
  rawWarmUp: (key: string) => raws.get(key)!.api.warmUp(),
  rawStartIdleWarmUp: (key: string) => raws.get(key)!.api.startIdleWarmUp(),
  rawIdleWarmUpReport: (key: string) => raws.get(key)!.api.idleWarmUpReport(),
  /** Timed from the page: includes waiting for a model call already running in the worker. */
  async rawAskFromPage(key: string, q: string, c: string, o: Partial<AskOptions> = {}) {
    const t0 = performance.now();
    const r = await raws.get(key)!.api.ask(q, c, o);
    return { ...r, pageMs: performance.now() - t0 };
  },
  rawTokenize: (key: string, text: string, before = false) => raws.get(key)!.api.tokenize(text, before),
  rawAgree: (key: string, items: Array<{ question: string; context: string }>) => raws.get(key)!.api.agree(items),
  rawEndProfiling: (key: string) => raws.get(key)!.api.endProfiling(),
  rawTerminate(key?: string) {
    for (const [k, r] of raws) {
      if (key !== undefined && k !== key) continue;
      r.worker.terminate();
      raws.delete(k);
    }
  },

  async tjsStart(model: string, dtype: 'q8' | 'fp32', threads: number | null) {
    bench.tjsTerminate();
    const worker = new Worker(new URL('./tjs-worker.ts', import.meta.url), { type: 'module' });
    tjs = { worker, api: Comlink.wrap<TjsWorkerApi>(worker) };
    return tjs.api.load(location.origin, model, dtype, threads);
  },
  tjsAsk: (q: string, c: string) => tjs!.api.ask(q, c),
  tjsTerminate() {
    tjs?.worker.terminate();
    tjs = null;
  },
};

export type BenchPage = typeof bench;
(globalThis as unknown as { bench: BenchPage }).bench = bench;
document.getElementById('status')!.textContent = 'ready';
