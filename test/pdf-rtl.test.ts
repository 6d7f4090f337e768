import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { ensureRtlPdfs, RTL_PDFS, ARABIC_ANSWER, type RtlPdf } from '../scripts/fixtures/rtl-pdfs';
import { extractPdfText } from '../src/engine/documents/pdf-extract';
import type { PdfTextItem } from '../src/engine/documents/pdf-text';
import { baseLetters, mirroredBracket } from '../src/engine/documents/presentation-forms';
import { PDF_TEXT_CONTENT_PARAMS, runItemEnd, runsInRange, type OpenedDocument } from '../src/shared/documents';
import { RTL_DOCX_TEXT } from './helpers/make-rtl-docx';
import { pdfjsForNode } from './helpers/pdfjs-node';

/**
 * Right-to-left pages printed by Chromium (scripts/fixtures/rtl-pdfs.ts): Arabic shaped into
 * presentation forms one glyph per item, Hebrew in chunks, numbers and Latin words inside them, and
 * a left-to-right line holding an Arabic word. The text must come out as the source was typed:
 * logical order, base letters, every run pointing at its glyphs.
 */
const pdfjs = await pdfjsForNode();

beforeAll(() => ensureRtlPdfs(), 60_000);

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

async function open(pdf: RtlPdf): Promise<{ doc: OpenedDocument; items: PdfTextItem[] }> {
  const bytes = new Uint8Array(readFileSync(pdf.file));
  const doc = await extractPdfText(pdfjs, bytes.slice(), 'rtl.pdf');
  const task = pdfjs.getDocument({ data: bytes.slice(), verbosity: 0 });
  const content = await (await (await task.promise).getPage(1)).getTextContent(PDF_TEXT_CONTENT_PARAMS);
  await task.destroy();
  return { doc, items: content.items as PdfTextItem[] };
}

describe.each(Object.entries(RTL_PDFS))('a right-to-left PDF printed by Chromium (%s)', (_name, pdf) => {
  it('reads every paragraph in logical order, as base letters', async () => {
    const { doc } = await open(pdf);
    const table: string[][] = 'table' in pdf ? pdf.table : [];
    expect(squash(doc.text)).toBe(squash([...pdf.paragraphs.map((p) => p.text), ...table.flat()].join(' ')));
    expect(doc.text).not.toMatch(/[\ufb50-\ufdff\ufe70-\ufefc]/);
    // Paragraphs stay apart.
    const paragraphs = doc.text.split(/\n\n/).map(squash);
    for (const p of pdf.paragraphs) expect(paragraphs).toContain(p.text);
  });

  it('points every run at its glyphs: the item characters, as base letters', async () => {
    const { doc, items } = await open(pdf);
    let prevEnd = 0;
    for (const run of doc.pdf!.runs) {
      const source = items[run.item].str.slice(run.itemStart, runItemEnd(run));
      // Brackets in right-to-left text come back as the one typed (the page draws its mirror image).
      const shown = doc.text.slice(run.start, run.end);
      expect([[...source].map(baseLetters).join(''), [...source].map((c) => baseLetters(mirroredBracket(c))).join('')]).toContain(shown);
      expect(doc.text.slice(prevEnd, run.start)).toMatch(/^[ \t\n]*$/);
      prevEnd = run.end;
    }
  });
});

describe('the Hebrew page', () => {
  it('reads its right-to-left table as the Word path does: cells in logical order apart by a tab, a row a line', async () => {
    const { doc } = await open(RTL_PDFS.hebrew);
    const rows = RTL_PDFS.hebrew.table.map((r) => r.join('\t'));
    expect(doc.text).toContain(rows.join('\n'));
    expect(RTL_DOCX_TEXT).toContain(rows.join('\n'));
  });
});

describe('the Arabic page', () => {
  it('was shaped: its items hold presentation forms and lam-alef ligatures, in visual order', async () => {
    const { items } = await open(RTL_PDFS.arabic);
    const text = items.map((i) => i.str ?? '').join('');
    expect(text).toMatch(/[\ufe70-\ufefc]/);
    expect(text).toMatch(/[\ufef5-\ufefc]/);
  });

  it('maps a span across Arabic words and Latin markers to the glyphs, each lam-alef lit whole', async () => {
    const { doc, items } = await open(RTL_PDFS.arabic);
    const at = squash(doc.text).indexOf(ARABIC_ANSWER);
    expect(at).toBeGreaterThan(0);
    const start = doc.text.indexOf('zebra');
    const end = doc.text.indexOf('omega') + 'omega'.length;
    expect(squash(doc.text.slice(start, end))).toBe(ARABIC_ANSWER);
    // Its lam-alef ligatures are two letters in the text, one glyph on the page.
    expect(runsInRange(doc.pdf!, start, end).filter((r) => r.itemLength === 1 && r.end - r.start === 2)).toHaveLength(2);
    const lit = runsInRange(doc.pdf!, start, end)
      .map((r) => [...items[r.item].str.slice(r.itemStart, runItemEnd(r))].map(baseLetters).join(''))
      .join('');
    // Item characters, so the spaces inside an item are there too: only the letters are compared.
    expect(lit.replace(/\s+/g, '')).toBe(ARABIC_ANSWER.replace(/\s+/g, ''));
  });
});
