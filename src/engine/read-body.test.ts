import { describe, expect, it } from 'vitest';
import { chunked, readBody, type Allocate } from './read-body';

/** A streamed response of `size` bytes (byte i = i mod 251) in `chunk`-byte pieces. */
function streamed(size: number, chunk: number, contentLength: number | null = size): Response {
  let at = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(c) {
      if (at >= size) return c.close();
      const n = Math.min(chunk, size - at);
      c.enqueue(Uint8Array.from({ length: n }, (_, k) => (at + k) % 251));
      at += n;
    },
  });
  return new Response(body, { headers: contentLength === null ? {} : { 'content-length': String(contentLength) } });
}

/** An allocator that records every buffer it hands out. */
function counting(): { alloc: Allocate; made: Uint8Array<ArrayBuffer>[] } {
  const made: Uint8Array<ArrayBuffer>[] = [];
  return { made, alloc: (n) => (made.push(new Uint8Array(n)), made[made.length - 1]) };
}

const expectPattern = (bytes: Uint8Array, size: number) => {
  expect(bytes.length).toBe(size);
  for (let i = 0; i < size; i += 997) expect(bytes[i]).toBe(i % 251);
  expect(bytes[size - 1]).toBe((size - 1) % 251);
};

describe('readBody', () => {
  it('with a Content-Length, allocates one buffer of exactly that size and returns it, no copy', async () => {
    const size = 3_000_017;
    const { alloc, made } = counting();
    const progress: number[] = [];
    const bytes = await readBody(
      streamed(size, 65_536),
      'model.onnx',
      (loaded, total) => {
        expect(total).toBe(size);
        progress.push(loaded);
      },
      undefined,
      alloc,
    );
    expect(made.map((b) => b.length)).toEqual([size]);
    // The very buffer the chunks were written into: concatenating at the end would be a second one.
    expect(bytes.buffer).toBe(made[0].buffer);
    expectPattern(bytes, size);
    expect(progress[0]).toBe(0);
    expect(progress[progress.length - 1]).toBe(size);
    expect(progress.length).toBe(Math.ceil(size / 65_536) + 1);
  });

  it('without one, doubles as needed and returns a view of the last buffer', async () => {
    const size = 5_000_000;
    const { alloc, made } = counting();
    const bytes = await readBody(streamed(size, 100_000, null), 'model.onnx', () => {}, undefined, alloc);
    expect(made.map((b) => b.length)).toEqual([1, 2, 4, 8].map((m) => m << 20));
    expect(bytes.buffer).toBe(made[made.length - 1].buffer);
    expectPattern(bytes, size);
  });

  it('grows past a Content-Length that was too small, and refuses a body that stops short', async () => {
    const { alloc, made } = counting();
    const longer = await readBody(streamed(3_000_000, 500_000, 2_000_000), 'f', () => {}, undefined, alloc);
    expectPattern(longer, 3_000_000);
    expect(made.length).toBe(2);
    await expect(readBody(streamed(1000, 100, 2000), 'f', () => {})).rejects.toMatchObject({
      code: 'NETWORK',
      message: expect.stringContaining('stopped at 1000 of 2000 bytes'),
    });
  });

  it('stops with ABORTED when cancelled mid-download', async () => {
    const c = new AbortController();
    const run = readBody(streamed(10_000_000, 10_000), 'f', (loaded) => loaded > 50_000 && c.abort(), c.signal);
    await expect(run).rejects.toMatchObject({ code: 'ABORTED' });
  });
});

describe('chunked', () => {
  it('streams views of the same buffer, in order, covering every byte', async () => {
    const bytes = Uint8Array.from({ length: 2_500_000 }, (_, i) => i % 251);
    const reader = chunked(bytes, 1 << 20).getReader();
    let at = 0;
    for (let r = await reader.read(); !r.done; r = await reader.read()) {
      expect(r.value.buffer).toBe(bytes.buffer);
      expect(r.value.byteOffset).toBe(at);
      at += r.value.length;
    }
    expect(at).toBe(bytes.length);
    // And a Response built on it reads back the same bytes (what Cache Storage stores).
    const back = new Uint8Array(await new Response(chunked(bytes)).arrayBuffer());
    expect(Buffer.compare(back, bytes)).toBe(0);
  });
});
