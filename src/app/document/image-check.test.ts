import { describe, expect, it } from 'vitest';
import { imageHeaderSize } from './image-check';

const bytes = (...parts: (number[] | string)[]) =>
  new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? Array.from(p, (c) => c.charCodeAt(0)) : p)));
const be32 = (n: number) => [(n >>> 24) & 255, (n >>> 16) & 255, (n >>> 8) & 255, n & 255];
const be16 = (n: number) => [(n >> 8) & 255, n & 255];
const le24 = (n: number) => [n & 255, (n >> 8) & 255, (n >> 16) & 255];

describe('imageHeaderSize', () => {
  it('reads a PNG IHDR', () => {
    expect(imageHeaderSize(bytes([0x89], 'PNG\r\n\x1a\n', be32(13), 'IHDR', be32(20000), be32(20000)))).toEqual({
      width: 20000,
      height: 20000,
    });
  });

  it('walks JPEG markers to the start of frame', () => {
    const app0 = [0xff, 0xe0, ...be16(16), ...new Array(14).fill(0)];
    const sof = [0xff, 0xc2, ...be16(17), 8, ...be16(3000), ...be16(4000), 3, 0, 0, 0, 0, 0, 0, 0, 0, 0];
    expect(imageHeaderSize(bytes([0xff, 0xd8], app0, sof))).toEqual({ width: 4000, height: 3000 });
  });

  it('reads WebP VP8X canvas sizes', () => {
    expect(imageHeaderSize(bytes('RIFF', [0, 0, 0, 0], 'WEBP', 'VP8X', [10, 0, 0, 0], [0, 0, 0, 0], le24(1999), le24(2999)))).toEqual({
      width: 2000,
      height: 3000,
    });
  });

  it('gives null for what is no image, or a header cut short', () => {
    expect(imageHeaderSize(bytes('%PDF-1.7\n'))).toBeNull();
    expect(imageHeaderSize(bytes([0x89], 'PNG\r\n\x1a\n', be32(13)))).toBeNull();
    expect(imageHeaderSize(bytes([0xff, 0xd8, 0xff, 0xe0, 0, 16]))).toBeNull();
  });
});
