import { QaError } from '../shared/errors';
import { dtypeFile, type Backend, type Dtype, type DtypeChoice } from '../shared/model-formats';
import type { ModelFileSource, ProgressFn } from './model-source';

/**
 * Which weight files to try, best first. WebGPU has no MatMulInteger kernel, so dynamic-int8 ("q8")
 * graphs would fall back to CPU there: use fp16 (when the adapter has shader-f16), q4 or fp32. On WASM
 * the int8 graph is the fastest and smallest.
 */
export function dtypePreference(backend: Backend, opts: { shaderF16?: boolean } = {}): Dtype[] {
  if (backend === 'webgpu') return opts.shaderF16 ? ['fp16', 'q4f16', 'q4', 'fp32'] : ['q4', 'fp32'];
  return ['q8', 'int8', 'uint8', 'fp32'];
}

export interface Weights {
  dtype: Dtype;
  path: string;
  onnx: Uint8Array;
}

/** The formats `fetchWeights` tries, in order: an explicit choice first, then the backend's preference. */
export function weightOrder(requested: DtypeChoice, preferred: readonly Dtype[]): Dtype[] {
  return requested === 'auto' ? [...preferred] : [requested, ...preferred.filter((d) => d !== requested)];
}

/**
 * Reads the first weights file that the source has: the requested format, then the backend's
 * preference. `downloaded` keeps bytes already read, so a WebGPU → WASM fallback that wants the same
 * file does not download it twice. A substitute for an explicit choice is announced as a notice.
 */
export async function fetchWeights(
  source: ModelFileSource,
  requested: DtypeChoice,
  preferred: readonly Dtype[],
  downloaded: Map<string, Uint8Array>,
  onProgress: ProgressFn,
  signal?: AbortSignal,
): Promise<Weights> {
  const order = weightOrder(requested, preferred);
  for (const dtype of order) {
    const path = dtypeFile(dtype);
    const onnx = downloaded.get(path) ?? (await source.read(path, onProgress, signal));
    if (!onnx) continue;
    downloaded.set(path, onnx);
    if (requested !== 'auto' && dtype !== requested) {
      onProgress({ phase: 'notice', message: `${dtypeFile(requested)} is not in this model; using ${path}.` });
    }
    return { dtype, path, onnx };
  }
  const looked = order.map(dtypeFile);
  throw new QaError('MODEL_FILE_MISSING', `No ONNX weights in ${source.label}: looked for ${looked.join(', ')}.`, { looked });
}
