import { afterEach, describe, expect, it, vi } from 'vitest';
import type { LoadProgress } from '../shared/protocol';
import type { ModelFileSource } from './model-source';
import { urlSource } from './model-source';
import { withSplitFiles } from './split-files';

const whole = Uint8Array.from({ length: 10_000 }, (_, i) => (i * 7) % 251);
const parts: Record<string, Uint8Array> = {
  'w.onnx.part-000': whole.subarray(0, 4096),
  'w.onnx.part-001': whole.subarray(4096, 8192),
  'w.onnx.part-002': whole.subarray(8192),
};

/** The app's urlSource over a host that serves the parts with their Content-Length; `seen` keeps what each read returned. */
function host(files: Record<string, Uint8Array>, seen: Uint8Array[] = []): ModelFileSource {
  vi.stubGlobal('fetch', async (url: string) => {
    const file = files[new URL(url).pathname.slice(1)];
    return file
      ? new Response(file.slice(), { headers: { 'content-length': String(file.length) } })
      : new Response('not found', { status: 404 });
  });
  const source = urlSource('http://host.test/');
  return {
    ...source,
    read: async (...args) => {
      const bytes = await source.read(...args);
      if (bytes) seen.push(bytes);
      return bytes;
    },
  };
}

const split = { 'w.onnx': { bytes: whole.length, parts: Object.keys(parts) } };

afterEach(() => vi.unstubAllGlobals());

describe('withSplitFiles', () => {
  it('reads the parts into one buffer of the whole size, with progress over the whole file', async () => {
    const seen: Uint8Array[] = [];
    const events: LoadProgress[] = [];
    const bytes = await withSplitFiles(host(parts, seen), split).read('w.onnx', (p) => events.push(p));
    expect(bytes).toEqual(whole);
    // Each part was read straight into the one buffer: no second copy of the file.
    expect(seen.every((part) => part.buffer === bytes!.buffer)).toBe(true);
    const downloads = events.filter((e) => e.phase === 'download');
    expect(new Set(downloads.map((e) => e.file))).toEqual(new Set(['w.onnx']));
    expect(downloads.every((e) => e.total === whole.length)).toBe(true);
    const loaded = downloads.map((e) => e.loaded);
    expect(loaded).toEqual([...loaded].sort((a, b) => a - b));
    expect(loaded.at(-1)).toBe(whole.length);
  });

  it('passes other files through, and says which part is missing or that the parts do not add up', async () => {
    const source = withSplitFiles(host({ ...parts, 'config.json': new Uint8Array([1]) }), split);
    expect(await source.read('config.json', () => {})).toEqual(new Uint8Array([1]));
    expect(await source.read('other.onnx', () => {})).toBeNull();
    const missing = { ...parts };
    delete missing['w.onnx.part-001'];
    await expect(withSplitFiles(host(missing), split).read('w.onnx', () => {})).rejects.toMatchObject({
      code: 'MODEL_FILE_MISSING',
      message: expect.stringContaining('w.onnx.part-001'),
    });
    const short = { ...parts, 'w.onnx.part-002': whole.subarray(8192, 9000) };
    await expect(withSplitFiles(host(short), split).read('w.onnx', () => {})).rejects.toMatchObject({ code: 'MODEL_INVALID' });
    const long = { ...parts, 'w.onnx.part-002': new Uint8Array(5000) };
    await expect(withSplitFiles(host(long), split).read('w.onnx', () => {})).rejects.toMatchObject({ code: 'MODEL_INVALID' });
  });
});
