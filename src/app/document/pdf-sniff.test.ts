import { describe, expect, it } from 'vitest';
import { hasPdfMagic, isPdf } from './pdf-sniff';

const bytes = (s: string) => new TextEncoder().encode(s);

describe('isPdf', () => {
  it('goes by name or type first', async () => {
    expect(await isPdf(new File(['not really'], 'Report.PDF'))).toBe(true);
    expect(await isPdf(new File(['x'], 'blob', { type: 'application/pdf' }))).toBe(true);
  });

  it('recognises PDF content under another name, also after leading junk', async () => {
    expect(await isPdf(new File([bytes('%PDF-1.7\n...')], 'download.bin'))).toBe(true);
    expect(await isPdf(new File([bytes(`${'\0'.repeat(500)}%PDF-1.4`)], 'mail-attachment'))).toBe(true);
  });

  it('leaves other files to the other readers', async () => {
    expect(await isPdf(new File([bytes('PK\x03\x04 a docx')], 'letter.docx'))).toBe(false);
    expect(await isPdf(new File([bytes('%PDF is how PDFs start')], 'notes.txt'))).toBe(false);
    // Past the first kilobyte a "%PDF-" is just text.
    expect(await isPdf(new File([bytes(`${'a'.repeat(2000)}%PDF-1.4`)], 'notes.txt'))).toBe(false);
  });

  it('hasPdfMagic needs the whole header', () => {
    expect(hasPdfMagic(bytes('%PDF'))).toBe(false);
    expect(hasPdfMagic(bytes('%PDF-'))).toBe(true);
    expect(hasPdfMagic(new Uint8Array())).toBe(false);
  });
});
