import { QaError } from '../shared/errors';
import type { BackendChoice, Dtype, LoadOptions, LocalModelFile, ModelSource } from '../shared/protocol';
import type { UrlParams } from './url-params';

export type SourceKind = 'hub' | 'url' | 'local';
export type DtypeChoice = 'auto' | Dtype;

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
    ['hub', 'url', 'local'].includes(s.sourceKind as string) &&
    typeof s.hubId === 'string' &&
    typeof s.revision === 'string' &&
    typeof s.baseUrl === 'string' &&
    ['auto', 'webgpu', 'wasm'].includes(s.backend as string) &&
    Number.isInteger(s.threads) &&
    typeof s.dtype === 'string'
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

/** Validates the form before anything is sent to the worker, naming what is missing. */
export function toLoadRequest(settings: ModelSettings, local: LocalSelection | null): LoadRequest | QaError {
  const options: LoadOptions = { backend: settings.backend, threads: settings.threads, dtype: settings.dtype };
  switch (settings.sourceKind) {
    case 'hub': {
      const id = settings.hubId.trim();
      if (!id) return new QaError('MODEL_FILE_MISSING', `Enter a Hugging Face model id, e.g. "${DEFAULT_HUB_ID}".`);
      return { source: { kind: 'hub', id, revision: settings.revision.trim() || 'main' }, options };
    }
    case 'url': {
      const raw = settings.baseUrl.trim();
      if (!raw) return new QaError('MODEL_FILE_MISSING', 'Enter the base URL of a model folder (the one holding config.json).');
      try {
        // Resolved here because the worker would resolve a relative URL against its own script URL.
        return { source: { kind: 'url', baseUrl: new URL(raw, location.href).href }, options };
      } catch {
        return new QaError('NETWORK', `"${raw}" is not a valid web address.`);
      }
    }
    case 'local':
      if (!local || local.files.length === 0) {
        return new QaError('MODEL_FILE_MISSING', 'Choose a model folder or model files first (config.json, tokenizer.json and onnx/*.onnx).');
      }
      return { source: { kind: 'local', name: local.name, files: local.files }, options };
  }
}

/** A short human name for a source, for status messages. */
export function describeSource(source: ModelSource): string {
  if (source.kind === 'hub') return `${source.id}@${source.revision ?? 'main'}`;
  if (source.kind === 'url') return source.baseUrl;
  return source.name;
}

/** Identifies a load: same source (files by path and size) and same options. */
export function requestKey({ source, options }: LoadRequest): string {
  const src = source.kind === 'local' ? [source.name, source.files.map((f) => [f.path, f.file.size])] : source;
  return JSON.stringify([src, options]);
}
