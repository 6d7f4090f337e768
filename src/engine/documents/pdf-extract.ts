/**
 * A PDF's text, page by page, through pdf.js (injected: the worker passes the modern build, Node
 * tests the legacy one). pdf.js only parses here: no fonts are loaded into the page, no scripts,
 * forms (XFA) or annotations are run or read, nothing is fetched (no cMapUrl, standard font data or
 * WASM decoders: text extraction of embedded fonts and ToUnicode CMaps needs none of them; a CJK
 * font that names a predefined, non-embedded CMap would need cMapUrl, which we do not give, so its
 * text comes out empty or wrong). pdf.js 6 no longer has an `isEvalSupported` option: it never
 * compiles fonts with `new Function` any more, so the app's CSP without 'unsafe-eval' holds.
 */
import type * as PdfJs from 'pdfjs-dist';
import { PDF_TEXT_CONTENT_PARAMS, type DocumentProgress, type OpenedDocument } from '../../shared/documents';
import { QaError, isQaError, throwIfAborted, toQaError } from '../../shared/errors';
import { nextTaskQueue } from '../next-task';
import { looksBroken } from './broken-text';
import { createPdfTextBuilder } from './pdf-text';

export type PdfJsModule = Pick<typeof PdfJs, 'getDocument' | 'PasswordResponses' | 'OPS'>;

export interface PdfExtractOptions {
  password?: string;
  signal?: AbortSignal;
  onProgress?: (p: DocumentProgress) => void;
}

/** pdf.js errors that mean the bytes are not a readable PDF (they cross its worker boundary by name). */
const DAMAGED = new Set(['InvalidPDFException', 'UnknownErrorException', 'FormatError', 'XRefParseException']);

// The page side then reads the pages by text recognition (src/app/document/ocr-open.ts).
const NO_TEXT_MESSAGE = 'This PDF has no text layer (a scan?).';

let nextTask: (() => Promise<void>) | null = null;

/**
 * Reads every page's text. `bytes` is handed to pdf.js, which transfers (detaches) its buffer:
 * pass a copy if you still need it. Cancelling destroys the loading task and rejects with ABORTED.
 */
export async function extractPdfText(
  pdfjs: PdfJsModule,
  bytes: Uint8Array,
  name: string,
  options: PdfExtractOptions = {},
): Promise<OpenedDocument> {
  const { password, signal, onProgress } = options;
  throwIfAborted(signal);
  const task = pdfjs.getDocument({
    data: bytes,
    password,
    disableFontFace: true,
    useSystemFonts: false,
    enableXfa: false,
    stopAtErrors: false,
    useWasm: false,
    isOffscreenCanvasSupported: false,
    isImageDecoderSupported: false,
    disableWorkerRendering: true,
    verbosity: 0, // errors only: pdf.js warns on every quirk of a real-world file
  });
  const destroy = () => void task.destroy();
  signal?.addEventListener('abort', destroy, { once: true });
  try {
    const doc = await task.promise;
    const total = doc.numPages;
    const builder = createPdfTextBuilder();
    const unreadable: number[] = [];
    const textless: number[] = [];
    const broken: number[] = [];
    onProgress?.({ phase: 'pages', done: 0, total });
    // pdf.js's in-thread worker answers in microtasks: without a real task boundary per page, a
    // cancel message (and comlink's progress calls) would wait for the whole document.
    nextTask ??= nextTaskQueue();
    for (let p = 1; p <= total; p++) {
      await nextTask();
      throwIfAborted(signal);
      const items = await pageItems(doc, p, unreadable);
      if (!unreadable.includes(p) && !items.some((item) => 'str' in item && item.str.trim() !== '')) textless.push(p);
      else if (looksBroken(items.map((item) => ('str' in item ? item.str : '')).join(' '))) broken.push(p);
      builder.addPage(items);
      onProgress?.({ phase: 'pages', done: p, total });
    }
    const { text, layout } = builder.finish();
    if (unreadable.length > 0) layout.unreadablePages = unreadable;
    if (broken.length > 0) layout.brokenTextPages = broken;
    if (layout.runs.length === 0) {
      if (unreadable.length === total) throw new QaError('DOCUMENT_DAMAGED', `No page of ${name} could be read.`, { name });
      throw new QaError('DOCUMENT_NO_TEXT', NO_TEXT_MESSAGE, { name, pages: total });
    }
    const scans = await imageOnly(pdfjs, doc, textless, signal);
    if (scans.length > 0) layout.imageOnlyPages = scans;
    return { kind: 'pdf', name, text, pdf: layout };
  } catch (e) {
    if (signal?.aborted) throw new QaError('ABORTED', 'Cancelled.');
    throw toDocumentError(pdfjs, e, name);
  } finally {
    signal?.removeEventListener('abort', destroy);
    await task.destroy();
  }
}

/**
 * Of the pages without text, those that draw an image: scans among typed pages, which the page side
 * reads by text recognition. A page with no text and no image (a blank separator sheet, a drawing)
 * is left alone, so an ordinary PDF never starts OCR for it. A page whose text layer holds only a
 * page number over a scan keeps that text and is not recognised: only a page with no text at all
 * counts, so no text-layer character is ever replaced.
 */
async function imageOnly(pdfjs: PdfJsModule, doc: PdfJs.PDFDocumentProxy, pages: number[], signal?: AbortSignal): Promise<number[]> {
  const { OPS } = pdfjs;
  const paints = new Set<number>([
    OPS.paintImageXObject,
    OPS.paintInlineImageXObject,
    OPS.paintImageMaskXObject,
    OPS.paintImageXObjectRepeat,
    OPS.paintImageMaskXObjectRepeat,
    OPS.paintImageMaskXObjectGroup,
    OPS.paintInlineImageXObjectGroup,
    OPS.paintSolidColorImageMask,
  ]);
  const out: number[] = [];
  for (const p of pages) {
    await nextTask!();
    throwIfAborted(signal);
    const page = await doc.getPage(p);
    const { fnArray } = await page.getOperatorList();
    page.cleanup();
    if (fnArray.some((fn) => paints.has(fn))) out.push(p);
  }
  return out;
}

/** A page pdf.js cannot read (a broken content stream) counts as empty; the rest of the file still opens. */
async function pageItems(doc: PdfJs.PDFDocumentProxy, p: number, unreadable: number[]) {
  try {
    const page = await doc.getPage(p);
    const content = await page.getTextContent(PDF_TEXT_CONTENT_PARAMS);
    page.cleanup();
    return content.items;
  } catch (e) {
    if (!DAMAGED.has((e as { name?: string }).name ?? '')) throw e;
    unreadable.push(p);
    return [];
  }
}

function toDocumentError(pdfjs: PdfJsModule, e: unknown, name: string): QaError {
  if (isQaError(e)) return toQaError(e);
  const err = e as { name?: string; code?: number; message?: string };
  if (err.name === 'PasswordException') {
    const wrong = err.code === pdfjs.PasswordResponses.INCORRECT_PASSWORD;
    return new QaError('DOCUMENT_PASSWORD', wrong ? 'That password is not right.' : 'This PDF is protected by a password.', {
      name,
      wrong,
    });
  }
  if (DAMAGED.has(err.name ?? ''))
    return new QaError('DOCUMENT_DAMAGED', `${name} is not a readable PDF: ${(err.message ?? 'unknown error').replace(/\.$/, '')}.`, {
      name,
    });
  return toQaError(e);
}
