import { describe, expect, it } from 'vitest';
import { extractPdfText } from '../src/engine/documents/pdf-extract';
import { mergeOcrPages } from '../src/engine/documents/ocr-merge';
import { ocrPageText, type OcrBlocks } from '../src/engine/documents/ocr-text';
import type { PdfTextItem } from '../src/engine/documents/pdf-text';
import { PDF_TEXT_CONTENT_PARAMS, ocrBoxesInRange, pageAt, runsInRange, type OpenedDocument } from '../src/shared/documents';
import * as make from './helpers/make-pdf';
import { pdfjsForNode } from './helpers/pdfjs-node';

const pdfjs = await pdfjsForNode();
const bytes = await make.mixedPdf();
const base = await extractPdfText(pdfjs, bytes.slice(), 'mixed.pdf');
const TYPED = 'The typed first page says that the keepers counted twelve giraffes at dawn.\n\nThe last page is typed too.';

const items = await (async () => {
  const task = pdfjs.getDocument({ data: bytes.slice(), verbosity: 0 });
  const doc = await task.promise;
  const pages = [];
  for (let p = 1; p <= doc.numPages; p++) pages.push((await (await doc.getPage(p)).getTextContent(PDF_TEXT_CONTENT_PARAMS)).items);
  await task.destroy();
  return pages;
})();

const word = (text: string, x0: number, y0: number) => ({ text, confidence: 90, bbox: { x0, y0, x1: x0 + 80, y1: y0 + 30 } });
// What tesseract would read on the scanned page (1000 × 1400 pixels).
const SCAN: OcrBlocks = {
  blocks: [
    {
      paragraphs: [
        {
          lines: [{ words: [word('A', 100, 100), word('zebra', 200, 100), word('met', 300, 100)] }, { words: [word('omega.', 100, 150)] }],
        },
        { lines: [{ words: [word('Signed.', 100, 300)] }] },
      ],
    },
  ],
};
const scan = ocrPageText(SCAN, 1000, 1400);

/** Every run is its item's characters, every OCR word its own text, and nothing else is a letter. */
function expectExactMaps(doc: OpenedDocument): void {
  const layout = doc.pdf!;
  for (const run of layout.runs) {
    const { str } = items[run.page - 1][run.item] as PdfTextItem;
    expect(doc.text.slice(run.start, run.end)).toBe(str.slice(run.itemStart, run.itemStart + run.end - run.start));
    expect(pageAt(layout, run.start)).toBe(run.page);
  }
  for (const w of layout.ocr?.words ?? []) expect(pageAt(layout, w.start)).toBe(w.page);
  const covered = [...layout.runs, ...(layout.ocr?.words ?? [])].sort((a, b) => a.start - b.start);
  let prev = 0;
  for (const span of covered) {
    expect(doc.text.slice(prev, span.start)).toMatch(/^[ \t\n]*$/);
    prev = span.end;
  }
  expect(doc.text.slice(prev)).toBe('');
}

describe('a PDF of typed and scanned pages', () => {
  it('extracts the typed pages and names the page that is only an image (not the blank one)', () => {
    expect(base.text).toBe(TYPED);
    expect(base.pdf!.imageOnlyPages).toEqual([2]);
    expect(base.pdf!.pageCount).toBe(4);
  });

  it('leaves imageOnlyPages out for a PDF whose pages all have text', async () => {
    const doc = await extractPdfText(pdfjs, await make.multiPagePdf(), 'typed.pdf');
    expect(doc.pdf!.imageOnlyPages).toBeUndefined();
  });

  it('puts the recognised page in page order, its own paragraph, every map exact', () => {
    const merged = mergeOcrPages({ text: base.text, layout: base.pdf! }, new Map([[2, scan]]), 'eng');
    const doc = { ...base, ...merged, pdf: merged.layout };
    expect(doc.text).toBe(
      'The typed first page says that the keepers counted\n\nA zebra met\nomega.\n\nSigned.\n\ntwelve giraffes at dawn.\n\nThe last page is typed too.',
    );
    expectExactMaps(doc);
    const layout = merged.layout;
    expect(layout.ocr).toMatchObject({ pages: [2], languages: 'eng' });
    expect(layout.imageOnlyPages).toEqual([2]);
    // Page 3 is blank: it starts where page 4 does.
    const p2 = doc.text.indexOf('A zebra');
    const p4 = doc.text.indexOf('twelve');
    expect(layout.pageStarts).toEqual([0, p2, p4, p4]);

    // An answer on the scan is lit by its word boxes there; one on page 4 by that page's text items.
    const start = doc.text.indexOf('zebra');
    const end = doc.text.indexOf('omega') + 'omega'.length;
    expect(runsInRange(layout, start, end)).toEqual([]);
    const boxes = ocrBoxesInRange(layout.ocr!, start, end);
    expect(boxes.map((b) => [b.page, doc.text.slice(b.start, b.end)])).toEqual([
      [2, 'zebra'],
      [2, 'met'],
      [2, 'omega'],
    ]);
    expect(boxes[2].box[2]).toBeCloseTo(0.1 + (0.08 * 5) / 6);
    const giraffes = doc.text.indexOf('giraffes');
    const lit = runsInRange(layout, giraffes, giraffes + 'giraffes'.length);
    expect(lit).toHaveLength(1);
    expect(lit[0].page).toBe(4);
    expect((items[3][lit[0].item] as PdfTextItem).str.slice(lit[0].itemStart, lit[0].itemStart + 8)).toBe('giraffes');
  });

  it('keeps the typed text as it was when the scan was not reached (Stop), and says none was read', () => {
    const merged = mergeOcrPages({ text: base.text, layout: base.pdf! }, new Map([[2, null]]), 'eng');
    expect(merged.text).toBe(base.text);
    expect(merged.layout.runs).toEqual(base.pdf!.runs);
    expect(merged.layout.pageStarts).toEqual(base.pdf!.pageStarts);
    expect(merged.layout.ocr).toEqual({ words: [], pages: [], languages: 'eng' });
  });
});
