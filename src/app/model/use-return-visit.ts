import { useEffect, useRef } from 'react';
import { cacheBaseOf } from './cached-models';
import type { LastModel } from './last-model';
import type { CachedModel, StorageState } from './use-model-storage';

/** A cached folder holds all a load needs: the config, the tokenizer and at least one weights file. */
export function isCompleteModel(files: readonly string[]): boolean {
  return files.includes('config.json') && files.includes('tokenizer.json') && files.some((f) => /^onnx\/[^/]+\.onnx$/.test(f));
}

/** The model named (the remembered one, the form's), when this browser's cache holds all of it (so it loads with no network). */
export function savedModel(ref: LastModel | null, models: readonly CachedModel[]): CachedModel | null {
  const base = ref ? cacheBaseOf(ref) : null;
  if (!base) return null;
  return models.find((m) => m.baseUrl === base && isCompleteModel(m.files)) ?? null;
}

interface Options {
  /** False where the page's address already decides (?model=, ?url=, ?autoload=1). */
  enabled: boolean;
  last: LastModel | null;
  storage: Pick<StorageState, 'checked' | 'models'>;
  /** The browser's capabilities are known (the cached weights' backend depends on them). */
  ready: boolean;
  idle: boolean;
  onLoadCached: (model: CachedModel) => void;
}

/**
 * A return visit: the model that loaded last time loads again at start-up, without a click, when
 * its files are all in the cache (a visit offline included). Tried once per page, after the cache
 * was read, and only while nothing else is loading.
 */
export function useReturnVisit({ enabled, last, storage, ready, idle, onLoadCached }: Options): void {
  const tried = useRef(false);
  const load = useRef(onLoadCached);
  load.current = onLoadCached;
  useEffect(() => {
    if (tried.current || !enabled || !storage.checked || !ready) return;
    tried.current = true;
    const saved = idle ? savedModel(last, storage.models) : null;
    if (saved) load.current(saved);
  }, [enabled, last, storage.checked, storage.models, ready, idle]);
}
