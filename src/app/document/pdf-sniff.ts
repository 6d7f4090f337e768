/** Telling PDFs apart from the other formats: by name, by type, or by the "%PDF-" header in the content. */

const PDF_NAME = /\.pdf$/i;
/** The header may follow up to 1 KB of junk; PDF readers accept that, so do we. */
const MAGIC_WINDOW = 1024;
const MAGIC = [0x25, 0x50, 0x44, 0x46, 0x2d]; // "%PDF-"

export async function isPdf(file: File): Promise<boolean> {
  if (PDF_NAME.test(file.name) || file.type === 'application/pdf') return true;
  try {
    return hasPdfMagic(new Uint8Array(await file.slice(0, MAGIC_WINDOW).arrayBuffer()));
  } catch {
    return false; // Unreadable: the format's own reader reports it, with the file's name.
  }
}

export function hasPdfMagic(bytes: Uint8Array): boolean {
  outer: for (let i = 0; i + MAGIC.length <= bytes.length; i++) {
    for (let j = 0; j < MAGIC.length; j++) if (bytes[i + j] !== MAGIC[j]) continue outer;
    return true;
  }
  return false;
}
