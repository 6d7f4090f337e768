import { describe, expect, it } from 'vitest';
import { precacheOcrFiles, type PutCache } from './ocr-precache';

const files = [
  { url: 'https://a.test/ocr/worker.min.js', bytes: 3 },
  { url: 'https://a.test/ocr/lang/eng.traineddata.gz', bytes: 5 },
];

function fakeCache() {
  const stored = new Map<string, Response>();
  const cache: PutCache = { put: async (req, res) => void stored.set(String(req), res) };
  return { stored, cache };
}

const serve =
  (bodies: Record<string, string | number>): typeof fetch =>
  async (input) => {
    const body = bodies[String(input)];
    if (typeof body === 'number') return new Response('no', { status: body });
    if (body === undefined) throw new TypeError('Failed to fetch');
    return new Response(body, { headers: { 'Content-Type': 'text/javascript' } });
  };

describe('precacheOcrFiles', () => {
  it('puts every file under its URL with its type, and reports bytes over all files', async () => {
    const { stored, cache } = fakeCache();
    const progress: number[] = [];
    await precacheOcrFiles(
      files,
      cache,
      (loaded) => progress.push(loaded),
      undefined,
      serve({ [files[0].url]: 'abc', [files[1].url]: 'hello' }),
    );
    expect([...stored.keys()]).toEqual(files.map((f) => f.url));
    expect(await stored.get(files[1].url)!.text()).toBe('hello');
    expect(stored.get(files[0].url)!.headers.get('content-type')).toBe('text/javascript');
    expect(progress.at(-1)).toBe(8);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
  });

  it('rejects with NETWORK naming the file on an HTTP error or a failed fetch, keeping what was saved', async () => {
    const { stored, cache } = fakeCache();
    await expect(
      precacheOcrFiles(files, cache, () => {}, undefined, serve({ [files[0].url]: 'abc', [files[1].url]: 404 })),
    ).rejects.toMatchObject({
      code: 'NETWORK',
      message: expect.stringContaining('eng.traineddata.gz'),
    });
    expect([...stored.keys()]).toEqual([files[0].url]);
    await expect(precacheOcrFiles(files, fakeCache().cache, () => {}, undefined, serve({}))).rejects.toMatchObject({ code: 'NETWORK' });
  });

  it('rejects with STORAGE_FULL when the cache is out of quota', async () => {
    const cache: PutCache = {
      put: async () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
    };
    await expect(precacheOcrFiles(files, cache, () => {}, undefined, serve({ [files[0].url]: 'abc' }))).rejects.toMatchObject({
      code: 'STORAGE_FULL',
    });
  });

  it('stops with ABORTED when cancelled', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(precacheOcrFiles(files, fakeCache().cache, () => {}, controller.signal, serve({}))).rejects.toMatchObject({
      code: 'ABORTED',
    });
  });
});
