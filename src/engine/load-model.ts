import type * as OrtModule from 'onnxruntime-web';
import { QaError, throwIfAborted, toQaError } from '../shared/errors';
import type { Capabilities, LoadOptions, ModelInfo } from '../shared/protocol';
import { createEngine, type LoadedEngine } from './create-engine';
import { DTYPE_FILES, dtypePreference, type Backend, type Dtype } from './model-files';
import type { ModelFileSource, ProgressFn } from './model-source';

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
  ort: typeof OrtModule,
  source: ModelFileSource,
  opts: LoadOptions,
  caps: Capabilities,
  onProgress: ProgressFn,
  signal?: AbortSignal,
): Promise<LoadResult> {
  const text = async (path: string, why: string) => {
    const bytes = await source.read(path, onProgress, signal);
    if (!bytes) throw new QaError('MODEL_FILE_MISSING', `${path} is missing from ${source.label}: ${why}`, { file: path });
    return new TextDecoder().decode(bytes);
  };
  const config = await text('config.json', 'it says which architecture the model is.');
  const tokenizer = await text('tokenizer.json', 'the app needs the fast-tokenizer file (vocab.txt alone is not enough).');

  let fallbackReason: string | null = null;
  const backends: Backend[] = [];
  if (opts.backend !== 'wasm') {
    if (caps.webgpu) backends.push('webgpu');
    else if (opts.backend === 'webgpu') fallbackReason = 'WebGPU is not available in this browser; using WASM.';
  }
  backends.push('wasm');

  const downloaded = new Map<string, Uint8Array>();
  for (const backend of backends) {
    throwIfAborted(signal);
    const { dtype, path, onnx } = await fetchWeights(source, backend, opts, caps, downloaded, onProgress, signal);
    try {
      onProgress({ phase: 'compile', backend, dtype });
      const loaded = await createEngine(ort, { config, tokenizer, onnx }, backend);
      try {
        onProgress({ phase: 'warmup', backend });
        await loaded.engine.ask('warm up?', 'Warm up the model once so the first question is fast.', { topK: 1 });
      } catch (e) {
        await loaded.session.release();
        throw toQaError(e, 'BACKEND_UNAVAILABLE');
      }
      return { loaded, info: { source: source.label, modelType: loaded.config.modelType, backend, dtype, file: path, fallbackReason } };
    } catch (e) {
      const err = toQaError(e);
      const canFallBack = backend === 'webgpu' && !['MODEL_CONFIG_INVALID', 'TOKENIZER_INVALID', 'MODEL_NOT_QA', 'ABORTED'].includes(err.code);
      if (!canFallBack) throw err;
      fallbackReason = `WebGPU failed (${err.message}); using WASM instead.`;
      onProgress({ phase: 'notice', message: fallbackReason });
    }
  }
  throw new QaError('BACKEND_UNAVAILABLE', 'No backend could run this model.');
}

async function fetchWeights(
  source: ModelFileSource,
  backend: Backend,
  opts: LoadOptions,
  caps: Capabilities,
  downloaded: Map<string, Uint8Array>,
  onProgress: ProgressFn,
  signal?: AbortSignal,
): Promise<{ dtype: Dtype; path: string; onnx: Uint8Array }> {
  const preferred = dtypePreference(backend, { shaderF16: caps.shaderF16 });
  const order: Dtype[] = opts.dtype === 'auto' ? preferred : [opts.dtype, ...preferred.filter((d) => d !== opts.dtype)];
  for (const dtype of order) {
    const path = DTYPE_FILES[dtype];
    const onnx = downloaded.get(path) ?? (await source.read(path, onProgress, signal));
    if (!onnx) continue;
    downloaded.set(path, onnx);
    if (opts.dtype !== 'auto' && dtype !== opts.dtype) {
      onProgress({ phase: 'notice', message: `${DTYPE_FILES[opts.dtype]} is not in this model; using ${path}.` });
    }
    return { dtype, path, onnx };
  }
  throw new QaError('MODEL_FILE_MISSING', `No ONNX weights in ${source.label}: looked for ${order.map((d) => DTYPE_FILES[d]).join(', ')}.`, {
    looked: order.map((d) => DTYPE_FILES[d]),
  });
}
