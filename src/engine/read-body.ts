import { QaError, throwIfAborted } from '../shared/errors';

/** Where the bytes go: a fresh zeroed buffer of `n` bytes (the tests count these). */
export type Allocate = (n: number) => Uint8Array<ArrayBuffer>;

const allocate: Allocate = (n) => new Uint8Array(n);

/** First buffer when the size is unknown; doubled as needed. */
const UNKNOWN_SIZE_START = 1 << 20;

/**
 * A response body read into one buffer. With a Content-Length the buffer is allocated once at that
 * size and every chunk is copied straight into it; without one it doubles as needed and the result
 * is a view of the last buffer, not a copy. Collecting the chunks and concatenating them at the end
 * would hold every byte twice at the peak: 560 MB for a 280 MB XLM-R q8 file.
 *
 * `onBytes` is told the running count after each chunk. A body longer than its Content-Length
 * (a proxy that decompresses, say) is still read, by growing; a shorter one is an error.
 */
export async function readBody(
  response: Response,
  what: string,
  onBytes: (loaded: number, total: number | null) => void,
  signal?: AbortSignal,
  alloc: Allocate = allocate,
): Promise<Uint8Array<ArrayBuffer>> {
  const header = Number(response.headers.get('content-length'));
  const total = Number.isFinite(header) && header > 0 ? header : null;
  if (!response.body) {
    const bytes = new Uint8Array(await response.arrayBuffer());
    onBytes(bytes.length, bytes.length);
    return bytes;
  }
  const reader = response.body.getReader();
  let buffer = alloc(total ?? UNKNOWN_SIZE_START);
  let loaded = 0;
  onBytes(loaded, total);
  try {
    for (;;) {
      throwIfAborted(signal);
      const { done, value } = await reader.read();
      if (done) break;
      if (loaded + value.length > buffer.length) buffer = grow(buffer, loaded, loaded + value.length, alloc);
      buffer.set(value, loaded);
      loaded += value.length;
      onBytes(loaded, total);
    }
  } catch (e) {
    void reader.cancel().catch(() => {});
    throwIfAborted(signal);
    throw new QaError('NETWORK', `The download of ${what} was interrupted after ${loaded} bytes: ${(e as Error).message}. Try again.`);
  }
  if (total !== null && loaded < total) {
    throw new QaError('NETWORK', `The download of ${what} stopped at ${loaded} of ${total} bytes. Try again.`);
  }
  return loaded === buffer.length ? buffer : buffer.subarray(0, loaded);
}

/** A buffer at least `needed` long (doubling), holding the first `used` bytes of `old`. */
function grow(old: Uint8Array<ArrayBuffer>, used: number, needed: number, alloc: Allocate): Uint8Array<ArrayBuffer> {
  let size = Math.max(old.length * 2, UNKNOWN_SIZE_START);
  while (size < needed) size *= 2;
  const bigger = alloc(size);
  bigger.set(old.subarray(0, used));
  return bigger;
}

/** Chunk size of `chunked`: small enough that a consumer's copy of one chunk is negligible. */
const CHUNK = 1 << 20;

/**
 * The bytes as a stream of views into the same buffer. `new Response(bytes)` copies a BufferSource
 * (Fetch's "extract a body"), so caching a downloaded file that way held it twice; a stream of
 * subarrays lets Cache Storage write it out chunk by chunk from the one copy.
 */
export function chunked(bytes: Uint8Array<ArrayBuffer>, chunk = CHUNK): ReadableStream<Uint8Array<ArrayBuffer>> {
  let at = 0;
  return new ReadableStream({
    pull(controller) {
      if (at >= bytes.length) {
        controller.close();
        return;
      }
      const end = Math.min(bytes.length, at + chunk);
      controller.enqueue(bytes.subarray(at, end));
      at = end;
    },
  });
}
