import { useCallback, useEffect, useRef, useState } from 'react';
import { relaxedSimd, simd } from 'wasm-feature-detect';
import { toQaError } from '../../shared/errors';
import { OCR_CACHE } from '../../shared/ocr';
import { ocrFilesFor, summariseOcrCache, type OcrCacheSummary, type OcrFile } from './ocr-files';
import { precacheOcrFiles } from './ocr-precache';

export interface OcrStorageState {
  /** Null until the browser's WebAssembly features (which pick the core build) and the cache are read. */
  summary: OcrCacheSummary | null;
  /** Bytes fetched so far while saving; null when not saving. */
  saving: { loaded: number; total: number } | null;
  error: string | null;
}

/** The files for this browser: the same feature checks (wasm-feature-detect) tesseract.js runs to pick its core. */
async function neededFiles(): Promise<OcrFile[]> {
  const [hasSimd, hasRelaxed] = await Promise.all([simd(), relaxedSimd()]);
  return ocrFilesFor({ simd: hasSimd, relaxedSimd: hasRelaxed }, document.baseURI, import.meta.env.OCR_FILE_SIZES);
}

async function cachedUrls(): Promise<string[]> {
  if (!(await caches.has(OCR_CACHE))) return [];
  return (await (await caches.open(OCR_CACHE)).keys()).map((r) => r.url);
}

function why(e: unknown): string {
  const error = toQaError(e);
  if (error.code === 'STORAGE_FULL') return `Not saved: ${error.message} Free some space (e.g. delete a saved model) and try again.`;
  return `Not saved: ${error.message} Check your connection and try again.`;
}

/**
 * Text recognition's files kept for offline use in the service worker's cache: whether they are
 * there, saving them on demand (with progress, cancellable) and deleting them.
 */
export function useOcrStorage() {
  const [state, setState] = useState<OcrStorageState>({ summary: null, saving: null, error: null });
  const files = useRef<Promise<OcrFile[]> | null>(null);
  const abort = useRef<AbortController | null>(null);
  const supported = typeof caches !== 'undefined';

  const refresh = useCallback(async () => {
    files.current ??= neededFiles();
    try {
      const summary = summariseOcrCache(await files.current, await cachedUrls());
      setState((s) => ({ ...s, summary }));
    } catch (e) {
      setState((s) => ({ ...s, error: `Could not read the browser's storage: ${toQaError(e).message}` }));
    }
  }, []);
  useEffect(() => {
    if (supported) void refresh();
    return () => abort.current?.abort();
  }, [supported, refresh]);

  const save = useCallback(async () => {
    abort.current?.abort();
    const controller = new AbortController();
    abort.current = controller;
    setState((s) => ({ ...s, error: null, saving: { loaded: 0, total: s.summary?.totalBytes ?? 0 } }));
    let error: string | null = null;
    try {
      const cached = new Set(await cachedUrls());
      const missing = (await (files.current ??= neededFiles())).filter((f) => !cached.has(f.url));
      const cache = await caches.open(OCR_CACHE);
      await precacheOcrFiles(missing, cache, (loaded, total) => setState((s) => ({ ...s, saving: { loaded, total } })), controller.signal);
    } catch (e) {
      if (toQaError(e).code !== 'ABORTED') error = why(e);
    }
    if (abort.current === controller) abort.current = null;
    setState((s) => ({ ...s, saving: null, error }));
    await refresh();
  }, [refresh]);

  const cancel = useCallback(() => abort.current?.abort(), []);

  const remove = useCallback(async () => {
    abort.current?.abort();
    try {
      await caches.delete(OCR_CACHE);
      setState((s) => ({ ...s, error: null }));
    } catch (e) {
      setState((s) => ({ ...s, error: `Could not delete: ${toQaError(e).message}` }));
    }
    await refresh();
  }, [refresh]);

  return { ...state, supported, save, cancel, remove };
}

export type OcrStorage = ReturnType<typeof useOcrStorage>;
