import { DTYPE_NAMES, DTYPES, type Dtype } from '../../shared/model-formats';
import type { LastModel } from './last-model';
import type { ModelSettings } from './model-settings';

/** The hub's download URLs, as the engine's hub source builds them: host/owner/name/resolve/revision/. */
const HUB_BASE = /^https:\/\/huggingface\.co\/([\w.-]+(?:\/[\w.-]+)?)\/resolve\/([^/]+)\/$/;

/** Which model a cached folder is: a hub repo (so it is shown and loaded by its id) or a plain URL. */
export function cachedModelRef(baseUrl: string): LastModel {
  const hub = HUB_BASE.exec(baseUrl);
  if (hub) {
    try {
      return { kind: 'hub', id: hub[1], revision: decodeURIComponent(hub[2]) };
    } catch {
      // A malformed escape: not something the hub source wrote; treat it as a URL.
    }
  }
  return { kind: 'url', baseUrl };
}

/** The form values that select a model (hub id or URL) without touching the load options. */
export function sourcePatch(ref: LastModel): Partial<ModelSettings> {
  switch (ref.kind) {
    case 'hub':
      return { sourceKind: 'hub', hubId: ref.id, revision: ref.revision };
    case 'url':
      return { sourceKind: 'url', baseUrl: ref.baseUrl };
    case 'local':
      return { sourceKind: 'local' };
  }
}

/** The model the form names, as a cache lookup needs it (the inverse of sourcePatch); null for a folder. */
export function formModelRef(settings: Pick<ModelSettings, 'sourceKind' | 'hubId' | 'revision' | 'baseUrl'>): LastModel | null {
  switch (settings.sourceKind) {
    case 'hub':
      return { kind: 'hub', id: settings.hubId.trim(), revision: settings.revision.trim() || 'main' };
    case 'url':
      return { kind: 'url', baseUrl: settings.baseUrl.trim() };
    case 'local':
      return null;
  }
}

const INT8: readonly Dtype[] = ['q8', 'int8', 'uint8'];
/** Every format, WASM's best first (the engine's WASM preference, then the rest). */
const WASM_ORDER: readonly Dtype[] = ['q8', 'int8', 'uint8', 'fp32', 'fp16', 'q4', 'q4f16'];
const gpuOrder = (shaderF16: boolean): readonly Dtype[] => (shaderF16 ? ['fp16', 'q4f16', 'q4', 'fp32'] : ['q4', 'fp32']);

type LoadChoice = Pick<ModelSettings, 'backend' | 'dtype'>;

/**
 * Backend and weights that load a cached model from the cache alone. With "auto" weights the engine
 * asks for its preferred file first, and offline a file that was never downloaded fails as a network
 * error rather than a 404, ending the load: so an explicit format that is cached is chosen instead,
 * the user's own choice kept when it is cached. Int8 weights go to WASM when the backend was left on
 * auto, because WebGPU has no kernels for them.
 */
export function cachedLoadOptions(
  files: readonly string[],
  current: LoadChoice,
  gpu: { webgpu: boolean; shaderF16: boolean } | null,
): LoadChoice {
  const cached = DTYPE_NAMES.filter((d) => files.includes(DTYPES[d].file));
  // Only the two fields: callers pass their whole settings and spread the result over a source.
  const kept: LoadChoice = { backend: current.backend, dtype: current.dtype };
  if (cached.length === 0 || (current.dtype !== 'auto' && cached.includes(current.dtype))) return kept;
  const pick = (order: readonly Dtype[]) => order.find((d) => cached.includes(d));
  const wantsGpu = current.backend === 'webgpu' || (current.backend === 'auto' && !!gpu?.webgpu);
  const gpuDtype = wantsGpu ? pick(gpuOrder(gpu?.shaderF16 ?? false)) : undefined;
  if (gpuDtype) return { backend: current.backend, dtype: gpuDtype };
  const dtype = pick(WASM_ORDER) ?? cached[0];
  const backend = current.backend === 'auto' && wantsGpu && INT8.includes(dtype) ? 'wasm' : current.backend;
  return { backend, dtype };
}

/** The cache folder a model's files are kept under (the inverse of cachedModelRef); null for a picked folder. */
export function cacheBaseOf(ref: LastModel): string | null {
  switch (ref.kind) {
    case 'hub':
      return `https://huggingface.co/${ref.id}/resolve/${encodeURIComponent(ref.revision || 'main')}/`;
    case 'url':
      return ref.baseUrl.endsWith('/') ? ref.baseUrl : `${ref.baseUrl}/`;
    case 'local':
      return null;
  }
}
