import { describe, expect, it } from 'vitest';
import { extractPdfText, type PdfExtractOptions } from '../src/engine/documents/pdf-extract';
import type { PdfPageItem, PdfTextItem } from '../src/engine/documents/pdf-text';
import { PDF_TEXT_CONTENT_PARAMS, pageAt, runsInRange, type OpenedDocument } from '../src/shared/documents';
import { QaError } from '../src/shared/errors';
import * as make from './helpers/make-pdf';
import { pdfjsForNode } from './helpers/pdfjs-node';

const pdfjs = await pdfjsForNode();

/** pdf.js detaches the bytes it is given: every call gets its own copy. */
function open(bytes: Uint8Array, options?: PdfExtractOptions): Promise<OpenedDocument> {
  return extractPdfText(pdfjs, bytes.slice(), 'test.pdf', options);
}

async function failure(promise: Promise<unknown>): Promise<QaError> {
  const e = await promise.then(
    () => null,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(QaError);
  return e as QaError;
}

/** Every page's raw items, read the way the page view will read them. */
async function rawItems(bytes: Uint8Array): Promise<PdfPageItem[][]> {
  const task = pdfjs.getDocument({ data: bytes.slice(), verbosity: 0 });
  const doc = await task.promise;
  const pages = [];
  for (let p = 1; p <= doc.numPages; p++) pages.push((await (await doc.getPage(p)).getTextContent(PDF_TEXT_CONTENT_PARAMS)).items);
  await task.destroy();
  return pages;
}

/** Opens a generated PDF and checks that every run points at exactly its item's characters. */
async function openChecked(bytes: Uint8Array): Promise<OpenedDocument> {
  const doc = await open(bytes);
  const pages = await rawItems(bytes);
  expect(doc.kind).toBe('pdf');
  expect(doc.pdf!.pageCount).toBe(pages.length);
  let prevEnd = 0;
  for (const run of doc.pdf!.runs) {
    const { str } = pages[run.page - 1][run.item] as PdfTextItem;
    expect(doc.text.slice(run.start, run.end)).toBe(str.slice(run.itemStart, run.itemStart + run.end - run.start));
    expect(doc.text.slice(prevEnd, run.start)).toMatch(/^[ \t\n]*$/);
    prevEnd = run.end;
  }
  expect(doc.text.slice(prevEnd)).toBe('');
  return doc;
}

describe('PDF text extraction (pdf.js legacy build in Node)', () => {
  it('reads a multi-page PDF with a standard font: paragraphs, page breaks, page starts', async () => {
    const doc = await openChecked(await make.multiPagePdf());
    const pages = [
      'Annual report\n\nThe committee met in March. It reviewed the budget.\n\nA second paragraph follows here.',
      'Page two has one paragraph over two lines.',
      'The end.',
    ];
    expect(doc.text).toBe(pages.join('\n\n'));
    expect(doc.pdf!.pageStarts).toEqual([0, pages[0].length + 2, pages[0].length + pages[1].length + 4]);
    expect(pageAt(doc.pdf, doc.text.indexOf('over two'))).toBe(2);
  });

  it('reads a two-column page left column first, and leaves out its page number', async () => {
    const doc = await openChecked(await make.twoColumnPdf());
    expect(doc.text).toBe(
      [
        'Landforms: a short two-column overview of rivers and mountains',
        make.TWO_COLUMN_LEFT.join(' '),
        make.TWO_COLUMN_RIGHT.join(' '),
      ].join('\n\n'),
    );
  });

  it('joins a word hyphenated at a line end and keeps real compounds', async () => {
    const doc = await openChecked(await make.hyphenatedPdf());
    expect(doc.text).toBe('The bridge was built by Engineers from an Anglo-Saxon firm during COVID-19 lockdowns.');
  });

  it('keeps table rows readable: one line each, cells separated by tabs', async () => {
    const doc = await openChecked(await make.tablePdf());
    expect(doc.text).toBe('Largest cities\n\n' + make.TABLE_ROWS.map((r) => r.join('\t')).join('\n'));
  });

  it('reads accented, Greek and Cyrillic text exactly (embedded DejaVu Sans)', async () => {
    const doc = await openChecked(await make.nonLatinPdf());
    expect(doc.text).toBe(make.NON_LATIN_LINES.join(' '));
  });

  it.each(['line', 'page', 'hyphen'] as const)('maps the marker span across a %s break back to its pages and items', async (placement) => {
    const doc = await openChecked(await make.markerPdf(placement));
    const answer = make.MARKER_ANSWERS[placement];
    const start = doc.text.indexOf('zebra');
    expect(doc.text.slice(start, start + answer.length)).toBe(answer);
    const pieces = runsInRange(doc.pdf!, start, start + answer.length);
    expect(pieces.map((r) => doc.text.slice(r.start, r.end)).join('|')).toBe(
      {
        line: 'zebra crossed the old stone bridge|near the omega',
        page: 'zebra walked slowly|towards the omega',
        hyphen: 'zebra passed the ome|ga',
      }[placement],
    );
    expect(pieces.map((r) => r.page)).toEqual(placement === 'page' ? [1, 2] : [1, 1]);
    expect(pageAt(doc.pdf, start)).toBe(1);
    expect(pageAt(doc.pdf, start + answer.length - 1)).toBe(placement === 'page' ? 2 : 1);
  });

  it('asks for a password, says when it is wrong, and opens with the right one', async () => {
    const bytes = await make.encryptedPdf('secret');
    const none = await failure(open(bytes));
    expect([none.code, none.detail?.wrong]).toEqual(['DOCUMENT_PASSWORD', false]);
    const wrong = await failure(open(bytes, { password: 'guess' }));
    expect([wrong.code, wrong.detail?.wrong]).toEqual(['DOCUMENT_PASSWORD', true]);
    expect((await open(bytes, { password: 'secret' })).text).toBe(make.ENCRYPTED_TEXT);
  });

  it.each([
    ['garbage after a PDF header', make.damagedPdf],
    ['a truncated file', make.truncatedPdf],
    ['a text file named .pdf', make.notPdf],
  ])('reports %s as damaged', async (_, build) => {
    expect((await failure(open(await build()))).code).toBe('DOCUMENT_DAMAGED');
  });

  it('opens a file with one unreadable page and says which', async () => {
    const doc = await open(await make.brokenPagePdf());
    expect(doc.text).toContain('first page');
    expect(doc.pdf!.unreadablePages).toContain(2);
  });

  it('reports an image-only PDF as having no text', async () => {
    const err = await failure(open(await make.imageOnlyPdf()));
    expect(err.code).toBe('DOCUMENT_NO_TEXT');
    expect(err.message).toContain('no text layer (a scan?)');
  });

  it('reports progress per page and stops between pages when aborted', async () => {
    const bytes = await make.longPdf(6);
    const seen: number[] = [];
    await open(bytes, { onProgress: (p) => p.phase === 'pages' && seen.push(p.done) });
    expect(seen).toEqual([0, 1, 2, 3, 4, 5, 6]);

    const controller = new AbortController();
    const done: number[] = [];
    const onProgress = (p: { phase: string; done?: number }) => {
      if (p.phase !== 'pages') return;
      done.push(p.done!);
      if (p.done === 3) controller.abort();
    };
    expect((await failure(open(bytes, { signal: controller.signal, onProgress }))).code).toBe('ABORTED');
    expect(Math.max(...done)).toBe(3);
    expect((await failure(open(bytes, { signal: controller.signal }))).code).toBe('ABORTED');
  });
});
