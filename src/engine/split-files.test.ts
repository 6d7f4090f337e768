import { describe, expect, it } from 'vitest';
import type { LoadProgress } from '../shared/protocol';
import type { ModelFileSource } from './model-source';
import { readBody } from './read-body';
import { withSplitFiles } from './split-files';

const whole = Uint8Array.from({ length: 10_000 }, (_, i) => (i * 7) % 251);
const parts: Record<string, Uint8Array> = {
  'w.onnx.part-000': whole.subarray(0, 4096),
  'w.onnx.part-001': whole.subarray(4096, 8192),
  'w.onnx.part-002': whole.subarray(8192),
};

/** A host serving the parts as HTTP bodies with their Content-Length, read as urlSource reads them. */
function host(files: Record<string, Uint8Array>, seen: Uint8Array[] = []): ModelFileSource {
  return {
    label: 'host',
    async read(path, onProgress, signal, alloc) {
      const file = files[path];
      if (!file) return null;
      const response = new Response(file.slice(), { headers: { 'content-length': String(file.length) } });
      const bytes = await readBody(
        response,
        path,
        (loaded, total) => onProgress({ phase: 'download', file: path, loaded, total, fromCache: false }),
        signal,
        alloc,
      );
      seen.push(bytes);
      return bytes;
    },
  };
}

const split = { 'w.onnx': { bytes: whole.length, parts: Object.keys(parts) } };

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
