import { QaError, throwIfAborted } from '../shared/errors';
import { MODEL_CACHE_NAME } from '../shared/model-formats';
import type { LoadProgress, LocalModelFile } from '../shared/protocol';
import { chunked, readBody, type Allocate } from './read-body';

export type ProgressFn = (p: LoadProgress) => void;

/** Where model files come from: a Hugging Face repo, any base URL, or files the user picked. */
export interface ModelFileSource {
  label: string;
  /**
   * The file's bytes, or null when the source has no such file (HTTP 404, not in the folder).
   * `alloc`, where the source honours it, gives the buffer to read into (a part of a split file).
   */
  read(path: string, onProgress: ProgressFn, signal?: AbortSignal, alloc?: Allocate): Promise<Uint8Array | null>;
  /** Drops a cached copy that turned out to be unusable, so the next attempt downloads it again. */
  forget?(path: string): Promise<void>;
  /** Whether a copy is kept on this device (readable with no network); absent: nothing is cached. */
  isCached?(path: string): Promise<boolean>;
}

export function hubSource(id: string, revision = 'main', host = 'https://huggingface.co'): ModelFileSource {
  const clean = id.trim().replace(/^\/+|\/+$/g, '');
  if (!/^[\w.-]+(\/[\w.-]+)?$/.test(clean)) {
    throw new QaError('INPUT_INVALID', `"${id}" is not a Hugging Face model id (expected "owner/name").`);
  }
  const source = urlSource(`${host}/${clean}/resolve/${encodeURIComponent(revision || 'main')}/`);
  return { ...source, label: `${clean}@${revision || 'main'}` };
}

/**
 * Files under a base URL, kept in Cache Storage (when the runtime has it) so a model loads offline
 * the second time. A file is cached only once fully downloaded: no half-written entries.
 */
export function urlSource(baseUrl: string): ModelFileSource {
  const base = baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`;
  const urlOf = (path: string) => new URL(path, new URL(base, globalThis.location?.href)).href;
  return {
    label: base,
    async forget(path) {
      await (await openCache())?.delete(urlOf(path));
    },
    async isCached(path) {
      return !!(await (await openCache())?.match(urlOf(path)));
    },
    async read(path, onProgress, signal, alloc) {
      const url = urlOf(path);
      const cache = await openCache();
      const hit = await cache?.match(url);
      if (hit) {
        const bytes = alloc ? await readBody(hit, path, () => {}, signal, alloc) : new Uint8Array(await hit.arrayBuffer());
        onProgress({ phase: 'download', file: path, loaded: bytes.length, total: bytes.length, fromCache: true });
        return bytes;
      }
      let response: Response;
      try {
        response = await fetch(url, { signal });
      } catch (e) {
        throwIfAborted(signal);
        throw new QaError(
          'NETWORK',
          // The hint under the message says what to do next; the message says only what failed.
          `Could not download ${path} from ${base} (${(e as Error).message}).`,
          { url },
        );
      }
      if (response.status === 404) return null;
      if (!response.ok) {
        throw new QaError('NETWORK', `Downloading ${path} failed: HTTP ${response.status} ${response.statusText}.`, {
          url,
          status: response.status,
        });
      }
      const bytes = await readBody(
        response,
        path,
        (loaded, total) => onProgress({ phase: 'download', file: path, loaded, total, fromCache: false }),
        signal,
        alloc,
      );
      const headers = {
        'content-type': response.headers.get('content-type') ?? 'application/octet-stream',
        'content-length': String(bytes.length),
      };
      // Streamed from the one buffer: a Response made from the bytes would copy them all.
      await cache?.put(url, new Response(chunked(bytes), { headers }));
      return bytes;
    },
  };
}

async function openCache(): Promise<Cache | null> {
  try {
    return typeof caches === 'undefined' ? null : await caches.open(MODEL_CACHE_NAME);
  } catch {
    return null; // e.g. opaque origins or storage disabled: download every time instead.
  }
}

/**
 * Files the user picked or dropped. Accepts a whole folder (paths start with the folder's name) or
 * loose files (then "onnx/model.onnx" is matched by its base name).
 */
export function localSource(name: string, files: readonly LocalModelFile[]): ModelFileSource {
  const paths = files.map((f) => f.path.replace(/\\/g, '/').replace(/^\/+/, ''));
  const firstSegments = new Set(paths.map((p) => (p.includes('/') ? p.split('/')[0] : '')));
  const strip = !paths.includes('config.json') && firstSegments.size === 1 && !firstSegments.has('');
  const byPath = new Map<string, Blob>();
  files.forEach((f, i) => byPath.set(strip ? paths[i].slice(paths[i].indexOf('/') + 1) : paths[i], f.file));
  const baseName = (p: string) => p.slice(p.lastIndexOf('/') + 1);
  return {
    label: name,
    async read(path, onProgress) {
      let blob = byPath.get(path);
      if (!blob) {
        const same = [...byPath.entries()].filter(([p]) => baseName(p) === baseName(path));
        if (same.length === 1) blob = same[0][1];
      }
      if (!blob) return null;
      const bytes = new Uint8Array(await blob.arrayBuffer());
      onProgress({ phase: 'download', file: path, loaded: bytes.length, total: bytes.length, fromCache: true });
      return bytes;
    },
  };
}
