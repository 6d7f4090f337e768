import { QaError } from '../../shared/errors';
import { BACKEND_CHOICES, DTYPE_CHOICES, type BackendChoice, type DtypeChoice } from '../../shared/model-formats';
import type { LoadOptions, LocalModelFile, ModelSource } from '../../shared/protocol';
import type { UrlParams } from './url-params';

const SOURCE_KINDS = ['hub', 'url', 'local'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

/** What the model panel edits. Local files are kept apart: they can't be persisted. */
export interface ModelSettings {
  sourceKind: SourceKind;
  hubId: string;
  revision: string;
  baseUrl: string;
  backend: BackendChoice;
  /** 0 = auto. */
  threads: number;
  dtype: DtypeChoice;
}

export interface LocalSelection {
  name: string;
  files: LocalModelFile[];
}

export interface LoadRequest {
  source: ModelSource;
  options: LoadOptions;
}

export const DEFAULT_HUB_ID = 'Xenova/distilbert-base-cased-distilled-squad';

export const DEFAULT_SETTINGS: ModelSettings = {
  sourceKind: 'hub',
  hubId: DEFAULT_HUB_ID,
  revision: 'main',
  baseUrl: '',
  backend: 'auto',
  threads: 0,
  dtype: 'auto',
};

export function isModelSettings(v: unknown): v is ModelSettings {
  if (typeof v !== 'object' || v === null) return false;
  const s = v as Record<string, unknown>;
  return (
    SOURCE_KINDS.includes(s.sourceKind as SourceKind) &&
    typeof s.hubId === 'string' &&
    typeof s.revision === 'string' &&
    typeof s.baseUrl === 'string' &&
    BACKEND_CHOICES.includes(s.backend as BackendChoice) &&
    Number.isInteger(s.threads) &&
    DTYPE_CHOICES.includes(s.dtype as DtypeChoice)
  );
}

/** URL parameters win over what was saved: a shared link must open the model it names. */
export function applyUrlParams(saved: ModelSettings, params: UrlParams): ModelSettings {
  // Picked files are gone after a reload, so a saved "local" choice starts again from the hub field.
  const next: ModelSettings = { ...saved, sourceKind: saved.sourceKind === 'local' ? 'hub' : saved.sourceKind };
  if (params.source?.kind === 'hub') {
    Object.assign(next, { sourceKind: 'hub', hubId: params.source.id, revision: params.source.revision ?? 'main' });
  } else if (params.source?.kind === 'url') {
    Object.assign(next, { sourceKind: 'url', baseUrl: params.source.baseUrl });
  }
  if (params.backend) next.backend = params.backend;
  if (params.threads !== null) next.threads = params.threads;
  if (params.dtype) next.dtype = params.dtype;
  return next;
}

/** Validates the form before anything is sent to the worker; throws an INPUT_INVALID naming what is missing. */
export function toLoadRequest(settings: ModelSettings, local: LocalSelection | null): LoadRequest {
  const options: LoadOptions = { backend: settings.backend, threads: settings.threads, dtype: settings.dtype };
  switch (settings.sourceKind) {
    case 'hub': {
      const id = settings.hubId.trim();
      if (!id) throw new QaError('INPUT_INVALID', `Enter a Hugging Face model id, e.g. "${DEFAULT_HUB_ID}".`);
      return { source: { kind: 'hub', id, revision: settings.revision.trim() || 'main' }, options };
    }
    case 'url': {
      const raw = settings.baseUrl.trim();
      if (!raw) throw new QaError('INPUT_INVALID', 'Enter the base URL of a model folder (the one holding config.json).');
      try {
        // Resolved here because the worker would resolve a relative URL against its own script URL.
        return { source: { kind: 'url', baseUrl: new URL(raw, location.href).href }, options };
      } catch {
        throw new QaError('INPUT_INVALID', `"${raw}" is not a valid web address.`);
      }
    }
    case 'local':
      if (!local || local.files.length === 0) {
        throw new QaError('INPUT_INVALID', 'Choose a model folder or model files first (config.json, tokenizer.json and onnx/*.onnx).');
      }
      return { source: { kind: 'local', name: local.name, files: local.files }, options };
  }
}

/** Identifies a load: same source (files by path and size) and same options. */
export function requestKey({ source, options }: LoadRequest): string {
  const src = source.kind === 'local' ? [source.name, source.files.map((f) => [f.path, f.file.size])] : source;
  return JSON.stringify([src, options]);
}
