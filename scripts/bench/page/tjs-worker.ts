/// <reference lib="webworker" />
/**
 * transformers.js's question-answering pipeline in a worker (as an app would run it), with its own
 * pinned onnxruntime-web build served locally instead of from its default CDN.
 */
import { env, pipeline } from '@huggingface/transformers';
import * as Comlink from 'comlink';
import '../../../src/shared/comlink-errors';

type Qa = (question: string, context: string) => Promise<unknown>;
let qa: Qa | null = null;

const api = {
  async load(origin: string, model: string, dtype: 'q8' | 'fp32', threads: number | null) {
    env.allowRemoteModels = false;
    env.allowLocalModels = true;
    // A path, not a URL: transformers.js treats http(s) URLs as remote and would skip them here.
    env.localModelPath = '/models/';
    env.useBrowserCache = false;
    const wasm = env.backends.onnx.wasm!;
    // The same files transformers.js would take from jsDelivr (its default for a WASM-only page).
    wasm.wasmPaths = {
      mjs: `${origin}/tjs-ort/ort-wasm-simd-threaded.asyncify.mjs`,
      wasm: `${origin}/tjs-ort/ort-wasm-simd-threaded.asyncify.wasm`,
    };
    if (threads !== null) wasm.numThreads = threads;
    const t0 = performance.now();
    qa = (await pipeline('question-answering', model, { dtype, device: 'wasm' })) as unknown as Qa;
    return { ms: performance.now() - t0, threads: wasm.numThreads ?? null };
  },

  async ask(question: string, context: string) {
    const t0 = performance.now();
    const answer = await qa!(question, context);
    return { ms: performance.now() - t0, answer };
  },
};

export type TjsWorkerApi = typeof api;
Comlink.expose(api);
