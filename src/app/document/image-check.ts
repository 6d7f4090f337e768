import { QaError } from '../../shared/errors';

/**
 * Image files opened for text recognition: which files are images (by their first bytes, then by
 * name or type), and a check before anything decodes them: the size in the file's header must be
 * one the browser can hold (a 20000 × 20000 image would take 1.6 GB as a bitmap), and the file must
 * decode (a truncated or corrupt one gets a clear message, not a crash in the OCR worker).
 */

type ImageFormat = 'png' | 'jpeg' | 'webp';

/** Biggest image recognised: 40 megapixels (a 300 dpi A3 scan is 17.4), 16384 px a side. */
const MAX_PIXELS = 40_000_000;
const MAX_SIDE = 16_384;
const MAX_IMAGE_BYTES = 100_000_000;

function formatOf(head: Uint8Array): ImageFormat | null {
  if (head[0] === 0x89 && head[1] === 0x50 && head[2] === 0x4e && head[3] === 0x47) return 'png';
  if (head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff) return 'jpeg';
  const ascii = (from: number, to: number) => String.fromCharCode(...head.subarray(from, to));
  if (ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WEBP') return 'webp';
  return null;
}

const IMAGE_NAME = /\.(png|jpe?g|webp)$/i;

/** An image to recognise: its bytes say so, or (for a damaged one, so it gets the right message) its name or type. */
export async function isImageFile(file: File): Promise<boolean> {
  const head = new Uint8Array(await file.slice(0, 16).arrayBuffer());
  return formatOf(head) !== null || IMAGE_NAME.test(file.name) || /^image\/(png|jpeg|webp)$/.test(file.type);
}

/** Width and height from a PNG, JPEG or WebP header (the file's first bytes), or null where it cannot be read. */
export function imageHeaderSize(bytes: Uint8Array): { width: number; height: number } | null {
  const format = formatOf(bytes);
  if (!format) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (format === 'png') return bytes.length >= 24 ? { width: view.getUint32(16), height: view.getUint32(20) } : null;
  if (format === 'webp') {
    const chunk = String.fromCharCode(...bytes.subarray(12, 16));
    const u24 = (at: number) => bytes[at] | (bytes[at + 1] << 8) | (bytes[at + 2] << 16);
    if (chunk === 'VP8X' && bytes.length >= 30) return { width: 1 + u24(24), height: 1 + u24(27) };
    if (chunk === 'VP8L' && bytes.length >= 25) {
      const b = view.getUint32(21, true);
      return { width: 1 + (b & 0x3fff), height: 1 + ((b >> 14) & 0x3fff) };
    }
    if (chunk === 'VP8 ' && bytes.length >= 30)
      return { width: view.getUint16(26, true) & 0x3fff, height: view.getUint16(28, true) & 0x3fff };
    return null;
  }
  // JPEG: walk the markers to the first start-of-frame.
  let at = 2;
  while (at + 9 < bytes.length) {
    if (bytes[at] !== 0xff) return null;
    const marker = bytes[at + 1];
    const length = view.getUint16(at + 2);
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc)
      return { width: view.getUint16(at + 7), height: view.getUint16(at + 5) };
    at += 2 + length;
  }
  return null;
}

/** Rejects with DOCUMENT_UNSUPPORTED (not an image we read, too large) or DOCUMENT_DAMAGED (does not decode). */
export async function checkImage(file: Blob, name: string): Promise<{ width: number; height: number }> {
  if (file.size > MAX_IMAGE_BYTES)
    throw new QaError(
      'DOCUMENT_UNSUPPORTED',
      `“${name}” is ${Math.round(file.size / 1e6)} MB; images up to ${MAX_IMAGE_BYTES / 1e6} MB can be read.`,
      { name },
    );
  // The header of a JPEG may sit after large metadata (EXIF thumbnails): 256 kB covers real files.
  const bytes = new Uint8Array(await file.slice(0, 262_144).arrayBuffer());
  const damaged = () =>
    new QaError(
      'DOCUMENT_DAMAGED',
      `“${name}” could not be read as an image: it is damaged, or not the PNG, JPEG or WebP file its name says.`,
      { name },
    );
  const size = imageHeaderSize(bytes);
  if (!size || size.width < 1 || size.height < 1) throw damaged();
  if (size.width > MAX_SIDE || size.height > MAX_SIDE || size.width * size.height > MAX_PIXELS)
    throw new QaError(
      'DOCUMENT_UNSUPPORTED',
      `“${name}” is ${size.width.toLocaleString('en-US')} × ${size.height.toLocaleString('en-US')} pixels; text recognition reads images up to ${MAX_PIXELS / 1e6} megapixels (${MAX_SIDE.toLocaleString('en-US')} a side). Scale it down and open it again.`,
      { name, ...size },
    );
  // Decoding it here, once, proves the whole file is readable before the OCR worker starts.
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(file);
  } catch {
    throw damaged();
  }
  const decoded = { width: bitmap.width, height: bitmap.height };
  bitmap.close();
  return decoded;
}
