import { QaError, throwIfAborted } from '../../shared/errors';
import type { OcrFile } from './ocr-files';

/** The part of Cache Storage's Cache that saving needs (a Map stands in for it in the tests). */
export type PutCache = Pick<Cache, 'put'>;

/**
 * Fetches each file into `cache` under its URL, the key the service worker's CacheFirst route
 * looks up, so text recognition then finds it offline. `onBytes` gets the running total over all
 * files (the build-time sizes, or what arrived when a size is unknown). A failed fetch rejects with
 * NETWORK naming the file, a full disk with STORAGE_FULL; files already saved stay saved.
 */
export async function precacheOcrFiles(
  files: readonly OcrFile[],
  cache: PutCache,
  onBytes: (loaded: number, total: number) => void,
  signal?: AbortSignal,
  fetcher: typeof fetch = fetch,
): Promise<void> {
  const total = files.reduce((n, f) => n + f.bytes, 0);
  let done = 0;
  for (const file of files) {
    throwIfAborted(signal);
    const name = file.url.slice(file.url.lastIndexOf('/') + 1);
    // no-store: a half-written HTTP-cache entry must not stand in for the file.
    const response = await fetcher(file.url, { cache: 'no-store', signal }).catch((e: unknown) => {
      throwIfAborted(signal);
      throw new QaError('NETWORK', `${name} could not be fetched: ${(e as Error)?.message ?? String(e)}`);
    });
    if (!response.ok) throw new QaError('NETWORK', `${name} could not be fetched (HTTP ${response.status}).`);
    const bytes = await readAll(response, name, (loaded) => onBytes(done + loaded, Math.max(total, done + loaded)), signal);
    // A fresh response: the fetched one's length and encoding headers may describe compressed bytes.
    const headers = {
      'Content-Type': response.headers.get('content-type') ?? 'application/octet-stream',
      'Content-Length': String(bytes.size),
      'Cross-Origin-Resource-Policy': 'same-origin',
    };
    await cache.put(file.url, new Response(bytes, { status: 200, headers })).catch((e: unknown) => {
      if (e instanceof DOMException && e.name === 'QuotaExceededError')
        throw new QaError('STORAGE_FULL', `${name} did not fit in the browser's storage.`);
      throw e;
    });
    done += bytes.size;
    onBytes(done, Math.max(total, done));
  }
}

/** The body as a Blob, counting bytes as they arrive (the files are a few MB: holding the chunks is fine). */
async function readAll(response: Response, name: string, onBytes: (loaded: number) => void, signal?: AbortSignal): Promise<Blob> {
  if (!response.body) return response.blob();
  const reader = response.body.getReader();
  const chunks: Uint8Array<ArrayBuffer>[] = [];
  let loaded = 0;
  try {
    for (;;) {
      throwIfAborted(signal);
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      loaded += value.length;
      onBytes(loaded);
    }
  } catch (e) {
    void reader.cancel().catch(() => {});
    throwIfAborted(signal);
    throw new QaError('NETWORK', `The download of ${name} was interrupted after ${loaded} bytes: ${(e as Error)?.message ?? String(e)}`);
  }
  return new Blob(chunks);
}
