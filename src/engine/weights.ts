import { QaError } from '../shared/errors';
import { dtypeFile, dtypeFiles, type Backend, type Dtype, type DtypeChoice } from '../shared/model-formats';
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

/**
 * Reads the first weights file that the source has: the requested format, then the backend's
 * preference; each format in the onnx/ folder, then at the root (dtypeFiles). `downloaded` keeps
 * bytes already read, so a WebGPU → WASM fallback that wants the same file does not download it twice. A substitute for an explicit choice is announced as a notice.
 *
 * A download that fails (offline, connection cut) ends the search, except where a later format is
 * already on this device: offline, a WebGPU load that prefers q4 then still finds the cached fp32 file
 * it used last time. Online, the error stands, rather than silently downloading a bigger file.
 */
export async function fetchWeights(
  source: ModelFileSource,
  requested: DtypeChoice,
  preferred: readonly Dtype[],
  downloaded: Map<string, Uint8Array>,
  onProgress: ProgressFn,
  signal?: AbortSignal,
): Promise<Weights> {
  const order: Dtype[] = requested === 'auto' ? [...preferred] : [requested, ...preferred.filter((d) => d !== requested)];
  let failed: { error: unknown; path: string } | null = null;
  const candidates = order.flatMap((dtype) => dtypeFiles(dtype).map((path) => ({ dtype, path })));
  for (const { dtype, path } of candidates) {
    let onnx = downloaded.get(path) ?? null;
    if (!onnx && failed && !(await source.isCached?.(path))) continue;
    try {
      onnx ??= await source.read(path, onProgress, signal);
    } catch (e) {
      if ((e as { code?: string }).code !== 'NETWORK') throw e;
      failed ??= { error: e, path };
      continue;
    }
    if (!onnx) continue;
    downloaded.set(path, onnx);
    if (requested !== 'auto' && dtype !== requested) {
      const why = failed
        ? `could not be downloaded; using the copy of ${path} saved on this device`
        : `is not in this model; using ${path}`;
      onProgress({ phase: 'notice', message: `${dtypeFile(requested)} ${why}.` });
    }
    return { dtype, path, onnx };
  }
  if (failed) throw failed.error;
  const looked = candidates.map((c) => c.path);
  throw new QaError('MODEL_FILE_MISSING', `No ONNX weights in ${source.label}: looked for ${looked.join(', ')}.`, { looked });
}
