import type { ModelSource } from '../../shared/protocol';
import { findKnownModel } from './known-models';
import { applyUrlParams, type ModelSettings } from './model-settings';
import type { UrlParams } from './url-params';

/**
 * The last model that loaded, as it can be kept between visits: a hub id or a URL is enough to load
 * it again; a picked folder is kept by name only, since the browser gives no lasting access to it.
 */
export type LastModel = { kind: 'hub'; id: string; revision: string } | { kind: 'url'; baseUrl: string } | { kind: 'local'; name: string };

export const LAST_MODEL_KEY = 'last-model';

export function isLastModel(v: unknown): v is LastModel {
  if (typeof v !== 'object' || v === null) return false;
  const m = v as Record<string, unknown>;
  switch (m.kind) {
    case 'hub':
      return typeof m.id === 'string' && m.id !== '' && typeof m.revision === 'string';
    case 'url':
      return typeof m.baseUrl === 'string' && m.baseUrl !== '';
    case 'local':
      return typeof m.name === 'string';
    default:
      return false;
  }
}

export const isLastModelOrNull = (v: unknown): v is LastModel | null => v === null || isLastModel(v);

/** What is worth keeping of a source that loaded (never the files themselves). */
export function lastModelOf(source: ModelSource): LastModel {
  switch (source.kind) {
    case 'hub':
      return { kind: 'hub', id: source.id, revision: source.revision || 'main' };
    case 'url':
      return { kind: 'url', baseUrl: source.baseUrl };
    case 'local':
      return { kind: 'local', name: source.name };
  }
}

/**
 * The form at start-up: saved settings, then the last model that loaded (so a `?url=` model opened
 * last time is offered again), then the page's URL parameters, which always win.
 */
export function startupSettings(saved: ModelSettings, last: LastModel | null, params: UrlParams): ModelSettings {
  const next = applyUrlParams(saved, params);
  if (params.source || !last) return next;
  switch (last.kind) {
    case 'hub':
      return { ...next, sourceKind: 'hub', hubId: last.id, revision: last.revision };
    case 'url':
      return { ...next, sourceKind: 'url', baseUrl: last.baseUrl };
    case 'local':
      // The folder must be picked again; selecting its source says so where the picker is.
      return { ...next, sourceKind: 'local' };
  }
}

/** A short name for a model: the curated name, the hub id (with a non-main revision), or the URL's folder. */
export function modelDisplayName(source: LastModel | ModelSource): string {
  switch (source.kind) {
    case 'hub': {
      const revision = source.revision && source.revision !== 'main' ? `@${source.revision}` : '';
      return revision ? `${source.id}${revision}` : (findKnownModel(source.id)?.name ?? source.id);
    }
    case 'url':
      try {
        const url = new URL(source.baseUrl);
        const folder = url.pathname.split('/').filter(Boolean).at(-1);
        return folder ? decodeURIComponent(folder) : url.host;
      } catch {
        return source.baseUrl;
      }
    case 'local':
      return source.name;
  }
}
