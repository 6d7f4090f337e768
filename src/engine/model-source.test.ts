import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LoadProgress } from '../shared/protocol';
import { hubSource, localSource, urlSource } from './model-source';

const blob = (s: string) => new Blob([s]);
const read = async (src: ReturnType<typeof localSource>, path: string) => {
  const bytes = await src.read(path, () => {});
  return bytes && new TextDecoder().decode(bytes);
};

describe('localSource', () => {
  it('strips the picked folder name and finds files by their model path', async () => {
    const src = localSource('my-model', [
      { path: 'my-model/config.json', file: blob('{"c":1}') },
      { path: 'my-model/onnx/model.onnx', file: blob('onnx') },
    ]);
    expect(await read(src, 'config.json')).toBe('{"c":1}');
    expect(await read(src, 'onnx/model.onnx')).toBe('onnx');
    expect(await read(src, 'tokenizer.json')).toBeNull();
  });
  it('accepts loose files, matching onnx/ paths by base name', async () => {
    const src = localSource('files', [
      { path: 'config.json', file: blob('{}') },
      { path: 'model_quantized.onnx', file: blob('q8') },
    ]);
    expect(await read(src, 'onnx/model_quantized.onnx')).toBe('q8');
    expect(await read(src, 'onnx/model.onnx')).toBeNull();
  });
});

describe('hubSource', () => {
  it('builds resolve URLs with the revision and rejects malformed ids', () => {
    expect(hubSource('Xenova/distilbert-base-cased-distilled-squad', 'abc').label).toBe('Xenova/distilbert-base-cased-distilled-squad@abc');
    expect(() => hubSource('not a model id!')).toThrow(/not a Hugging Face model id/);
  });
});

describe('urlSource over HTTP', () => {
  let server: Server;
  let base: string;
  const body = 'x'.repeat(100_000);
  beforeAll(async () => {
    server = createServer((req, res) => {
      if (req.url === '/m/file.bin') {
        res.setHeader('content-length', String(body.length));
        res.end(body);
      } else if (req.url === '/m/cut.bin') {
        // Promise more bytes than we send, then drop the connection: a network cut mid-download.
        res.setHeader('content-length', '200000');
        res.write('y'.repeat(1000));
        setTimeout(() => res.destroy(), 20);
      } else if (req.url === '/m/error.bin') {
        res.statusCode = 500;
        res.end('boom');
      } else {
        res.statusCode = 404;
        res.end();
      }
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const addr = server.address() as { port: number };
    base = `http://127.0.0.1:${addr.port}/m`;
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));

  it('downloads with byte progress', async () => {
    const events: LoadProgress[] = [];
    const bytes = await urlSource(base).read('file.bin', (p) => events.push(p));
    expect(bytes?.length).toBe(body.length);
    const last = events[events.length - 1];
    expect(last).toMatchObject({ phase: 'download', file: 'file.bin', loaded: body.length, total: body.length, fromCache: false });
  });
  it('returns null for 404 and a typed NETWORK error for other failures', async () => {
    expect(await urlSource(base).read('missing.bin', () => {})).toBeNull();
    await expect(urlSource(base).read('error.bin', () => {})).rejects.toMatchObject({
      code: 'NETWORK',
      message: expect.stringContaining('HTTP 500'),
    });
    await expect(urlSource(base).read('cut.bin', () => {})).rejects.toMatchObject({ code: 'NETWORK' });
    await expect(urlSource('http://127.0.0.1:9/none').read('a', () => {})).rejects.toMatchObject({ code: 'NETWORK' });
  });
  it('stops with ABORTED when cancelled', async () => {
    const c = new AbortController();
    c.abort();
    await expect(urlSource(base).read('file.bin', () => {}, c.signal)).rejects.toMatchObject({ code: 'ABORTED' });
  });
});
