import { describe, expect, it } from 'vitest';
import { extractPdfText } from '../src/engine/documents/pdf-extract';
import { mergeOcrPages } from '../src/engine/documents/ocr-merge';
import { ocrPageText } from '../src/engine/documents/ocr-text';
import { column, NON_LATIN_LINES, pdfFromLines } from './helpers/make-pdf';
import { pdfjsForNode } from './helpers/pdfjs-node';

const pdfjs = await pdfjsForNode();

// What a broken glyph map leaves as the text layer of a scan: symbols and jumbled letters.
const JUNK = ['¤¦§ ¨©ª« ¬®¯° ±²³µ ¶·¸¹', 'º»¼½ ¾¿×÷ #$%& ()*+ <=>?', '@[]^ _{|}~ ¤¦§¨ ©ª«¬ ®¯°±'];
const ENGLISH = ['The keepers wrote down what they saw', 'each morning, and most days were quiet.'];
const OTHERS = [...NON_LATIN_LINES, "L'été dernier, nous sommes allés à Besançon.", 'Die Größe der Straße überrascht die Bürger.'];

describe('a PDF page whose text layer is junk', () => {
  it('is listed in brokenTextPages; pages of real text in any script are not', async () => {
    const bytes = await pdfFromLines([column(JUNK), column(ENGLISH), column(OTHERS)]);
    const doc = await extractPdfText(pdfjs, bytes, 'broken.pdf');
    expect(doc.pdf?.brokenTextPages).toEqual([1]);
    expect(doc.pdf?.imageOnlyPages).toBeUndefined();
  });

  it('is absent from an ordinary PDF', async () => {
    const doc = await extractPdfText(pdfjs, await pdfFromLines([column(ENGLISH), column(OTHERS)]), 'fine.pdf');
    expect(doc.pdf?.brokenTextPages).toBeUndefined();
  });

  it('once recognised, replaces the junk in place, keeping the other pages', async () => {
    const doc = await extractPdfText(pdfjs, await pdfFromLines([column(JUNK), column(ENGLISH)]), 'broken.pdf');
    const word = (text: string, x0: number) => ({ text, confidence: 90, bbox: { x0, y0: 100, x1: x0 + 80, y1: 130 } });
    const scan = ocrPageText({ blocks: [{ paragraphs: [{ lines: [{ words: [word('Dear', 100), word('friends', 200)] }] }] }] }, 1000, 1400);
    const merged = mergeOcrPages({ text: doc.text, layout: doc.pdf! }, new Map([[1, scan]]), 'eng');
    expect(merged.text).toBe(`Dear friends\n\n${ENGLISH.join(' ')}`);
    expect(merged.layout.runs.every((r) => r.page === 2)).toBe(true);
    expect(merged.layout.ocr?.pages).toEqual([1]);
  });
});
