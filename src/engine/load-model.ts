import type * as OrtModule from 'onnxruntime-web';
import { QaError, throwIfAborted, toQaError } from '../shared/errors';
import { dtypeFiles, type Backend } from '../shared/model-formats';
import type { Capabilities, LoadOptions, ModelInfo } from '../shared/protocol';
import { createEngine, type LoadedEngine } from './create-engine';
import type { ModelFileSource, ProgressFn } from './model-source';
import { parseModelConfig } from './model-config';
import { tokenizerFromJson } from './tokenizer/from-json';
import { dtypePreference, fetchWeights, weightOrder } from './weights';

type Ort = typeof OrtModule;

/**
 * The onnxruntime-web module to use for a backend: one module for both, or a function that imports
 * the build that suits each (the worker uses the smaller WASM-only build for WASM).
 */
export type OrtRuntime = Ort | ((backend: Backend) => Promise<Ort>);

export interface LoadResult {
  loaded: LoadedEngine;
  info: Omit<ModelInfo, 'threads' | 'loadMs'>;
}

/**
 * Loads config, tokenizer and the best ONNX weights for the backend; compiles and warms up the
 * session. WebGPU failures (no adapter, session creation or first run) fall back to WASM with a
 * notice, never a dead end. The text files are validated before the big download.
 */
export async function loadModel(
  runtime: OrtRuntime,
  source: ModelFileSource,
  opts: LoadOptions,
  caps: Capabilities,
  onProgress: ProgressFn,
  signal?: AbortSignal,
): Promise<LoadResult> {
  /**
   * A text file, parsed as soon as it arrives, so a bad folder fails before the big download and
   * only the parsed form is kept (an XLM-R tokenizer.json is ~17 MB of text). A file that does not
   * parse is dropped from the cache.
   */
  const parsed = async <T>(path: string, why: string, parse: (text: string) => T): Promise<T> => {
    const text = await readText(source, path, why, onProgress, signal);
    try {
      return parse(text);
    } catch (e) {
      const err = toQaError(e);
      await forgetUnusable(source, err, path);
      throw err;
    }
  };

  if (!caps.wasmSimd) {
    // Checked before any download: onnxruntime-web ships SIMD builds only, for WASM and WebGPU alike.
    throw new QaError(
      'BACKEND_UNAVAILABLE',
      'This browser lacks WebAssembly SIMD, which the model runtime needs (Chrome and Edge 91+, Firefox 89+, Safari 16.4+). Please update your browser.',
    );
  }
  let fallbackReason: string | null = null;
  const tryWebGpu = opts.backend !== 'wasm' && caps.webgpu;
  if (opts.backend === 'webgpu' && !caps.webgpu) fallbackReason = 'WebGPU is not available in this browser; using WASM.';
  const ortFor = (backend: Backend) => (typeof runtime === 'function' ? runtime(backend) : Promise.resolve(runtime));
  // Start the first runtime now (import, WASM compile, thread pool) so it overlaps the download.
  ortFor(tryWebGpu ? 'webgpu' : 'wasm').catch(() => {});
  const config = await parsed('config.json', 'it says which architecture the model is.', parseModelConfig);
  const tokenizer = await parsed(
    'tokenizer.json',
    'the app needs the fast-tokenizer file (vocab.txt alone is not enough).',
    tokenizerFromJson,
  );

  // Weights already read, for a WebGPU → WASM fallback that wants the same file; emptied once a
  // session holds the model, so the JS copy can be collected (onnxruntime keeps its own).
  const downloaded = new Map<string, Uint8Array>();
  const attempt = async (backend: Backend): Promise<LoadResult> => {
    throwIfAborted(signal);
    const preferred = dtypePreference(backend, { shaderF16: caps.shaderF16 });
    // Bytes this backend would never use are let go before its download starts.
    const order = weightOrder(opts.dtype, preferred).flatMap(dtypeFiles);
    for (const path of downloaded.keys()) if (!order.includes(path)) downloaded.delete(path);
    const { dtype, path } = await fetchWeights(source, opts.dtype, preferred, downloaded, onProgress, signal);
    try {
      onProgress({ phase: 'compile', backend, dtype });
      const loaded = await createEngine(await ortFor(backend), { config, tokenizer, onnx: downloaded.get(path)! }, backend);
      downloaded.clear();
      try {
        onProgress({ phase: 'warmup', backend });
        await loaded.engine.ask('warm up?', 'Warm up the model once so the first question is fast.', { topK: 1 });
        // WebGPU builds its compute pipelines per input shape, so the first full-size window pays for
        // them: running one before "ready" keeps that off the user's first question, and a failure
        // that shows only at full size (GPU memory, a kernel limit) still reaches the WASM fallback
        // below instead of failing that question. On WASM the cost is V8 optimising freshly compiled
        // code, not the shape: short calls while the user types do it, and step aside for a question
        // (idle-warm-up.ts; BENCHMARKS.md, "First question on a first visit").
        if (backend === 'webgpu') await loaded.engine.warmUp();
      } catch (e) {
        await loaded.dispose();
        throw toQaError(e, 'BACKEND_UNAVAILABLE');
      }
      if (backend === 'wasm') void loaded.engine.warmUpWhileIdle();
      return { loaded, info: { source: source.label, modelType: loaded.config.modelType, backend, dtype, file: path, fallbackReason } };
    } catch (e) {
      const err = toQaError(e);
      await forgetUnusable(source, err, path);
      throw err;
    }
  };

  if (tryWebGpu) {
    try {
      return await attempt('webgpu');
    } catch (e) {
      const err = toQaError(e);
      if (['MODEL_CONFIG_INVALID', 'TOKENIZER_INVALID', 'TOKENIZER_UNSUPPORTED', 'MODEL_NOT_QA', 'ABORTED'].includes(err.code)) throw err;
      fallbackReason = `WebGPU failed (${err.message}); using WASM instead.`;
      onProgress({ phase: 'notice', message: fallbackReason });
    }
  }
  return attempt('wasm');
}

/**
 * A file that downloaded completely but cannot be parsed (a server that served a truncated or wrong
 * file) is dropped from the cache: otherwise fixing the server would not help, as every retry would
 * load the same bad copy.
 */
async function forgetUnusable(source: ModelFileSource, err: QaError, weights: string): Promise<void> {
  const file =
    err.code === 'MODEL_INVALID'
      ? weights
      : err.code === 'MODEL_CONFIG_INVALID'
        ? 'config.json'
        : err.code === 'TOKENIZER_INVALID'
          ? 'tokenizer.json'
          : null;
  if (file) await source.forget?.(file).catch(() => {});
}

async function readText(source: ModelFileSource, path: string, why: string, onProgress: ProgressFn, signal?: AbortSignal): Promise<string> {
  const bytes = await source.read(path, onProgress, signal);
  if (!bytes) throw new QaError('MODEL_FILE_MISSING', `${path} is missing from ${source.label}: ${why}`, { file: path });
  return new TextDecoder().decode(bytes);
}
