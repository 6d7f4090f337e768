import { useCallback, useEffect, useState } from 'react';
import { MODEL_CACHE_NAME } from '../../shared/model-formats';

export interface CachedModel {
  baseUrl: string;
  files: string[];
  bytes: number;
}

export interface StorageState {
  models: CachedModel[];
  usage: number | null;
  quota: number | null;
  supported: boolean;
  /** Cache Storage has been read once (until then `models` is empty for want of looking). */
  checked: boolean;
}

/** "…/onnx/model.onnx" and "…/config.json" both belong to the model at "…/". */
function modelBase(url: string): string {
  return url.replace(/(onnx\/)?[^/]+$/, '');
}

async function readStorage(): Promise<StorageState> {
  if (typeof caches === 'undefined') return { models: [], usage: null, quota: null, supported: false, checked: true };
  const cache = await caches.open(MODEL_CACHE_NAME);
  const byBase = new Map<string, CachedModel>();
  for (const request of await cache.keys()) {
    const response = await cache.match(request);
    const size = Number(response?.headers.get('content-length')) || (await response?.blob())?.size || 0;
    const base = modelBase(request.url);
    const entry = byBase.get(base) ?? { baseUrl: base, files: [], bytes: 0 };
    entry.files.push(request.url.slice(base.length));
    entry.bytes += size;
    byBase.set(base, entry);
  }
  const estimate = await navigator.storage?.estimate?.().catch(() => null);
  return { models: [...byBase.values()], usage: estimate?.usage ?? null, quota: estimate?.quota ?? null, supported: true, checked: true };
}

/** Models kept for offline use in Cache Storage: their sizes, and deleting them. */
export function useModelStorage(refreshKey: unknown) {
  const [state, setState] = useState<StorageState>({ models: [], usage: null, quota: null, supported: true, checked: false });
  const [error, setError] = useState<string | null>(null);
  const refresh = useCallback(() => {
    readStorage().then(setState, (e) => {
      setState((s) => ({ ...s, checked: true }));
      setError(`Could not read the browser's storage: ${(e as Error).message}`);
    });
  }, []);
  useEffect(refresh, [refresh, refreshKey]);

  const remove = useCallback(
    async (baseUrl: string | null) => {
      try {
        const cache = await caches.open(MODEL_CACHE_NAME);
        for (const request of await cache.keys()) {
          if (baseUrl === null || modelBase(request.url) === baseUrl) await cache.delete(request);
        }
        setError(null);
      } catch (e) {
        setError(`Could not delete: ${(e as Error).message}`);
      }
      refresh();
    },
    [refresh],
  );
  return { ...state, error, remove, refresh };
}

export type ModelStorage = ReturnType<typeof useModelStorage>;
