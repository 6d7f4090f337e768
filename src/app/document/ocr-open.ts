import type { PDFDocumentProxy } from 'pdfjs-dist';
import type { DocumentProgress, OpenedDocument } from '../../shared/documents';
import { QaError, throwIfAborted } from '../../shared/errors';
import { joinPages, mergePages, recognizePage, type OcrPageText } from './ocr-client';
import { openPdfForView } from './pdf-page-render';
import { checkImage } from './image-check';

/**
 * Opening scans by text recognition: an image-only PDF page by page, the scanned pages of a PDF
 * whose other pages have text, (each drawn by pdf.js at
 * ~300 dpi, recognised in the OCR worker, its bitmap released before the next), and a PNG, JPEG or
 * WebP file as a one-page document.
 */

export interface OcrOpenOptions {
  password?: string;
  /** Tesseract languages, '+'-joined ('eng', 'fra', 'eng+fra'). */
  languages?: string;
  signal?: AbortSignal;
  /** Stops at the page being recognised and opens the pages done (none done: ABORTED, as `signal`). */
  finishSignal?: AbortSignal;
  onProgress?: (p: DocumentProgress) => void;
  /** Pages with a text layer to recognise as well (their text layer looks broken, and the user asked). */
  alsoPages?: readonly number[];
}

/** Tesseract reads print best at about 300 dpi. */
const OCR_DPI = 300;
/** A page drawn for OCR never takes more than this many pixels (4 bytes each), whatever its size in points. */
const MAX_PAGE_PIXELS = 40_000_000;

export async function ocrPdf(file: Blob, name: string, options: OcrOpenOptions = {}): Promise<OpenedDocument> {
  const { pages, total } = await recognizePdf(file, name, null, options);
  const { text, layout } = await joinPages(
    Array.from({ length: total }, (_, i) => pages.get(i + 1) ?? null),
    options.languages ?? 'eng',
  );
  if (!hasWords(text)) throw noText(name, total);
  return { kind: 'pdf', name, text, pdf: layout };
}

/**
 * A PDF with a text layer on some pages: its scanned pages (`layout.imageOnlyPages`) are recognised
 * and put in among the others in page order. Text-layer pages are recognised only when asked
 * (`alsoPages`: their text is junk), and then replace that text; Stop, even before the first page
 * is read, opens the typed pages with the ones done so far.
 */
export async function ocrScannedPages(file: Blob, typed: OpenedDocument, options: OcrOpenOptions = {}): Promise<OpenedDocument> {
  const scans = [...new Set([...(typed.pdf?.imageOnlyPages ?? []), ...(options.alsoPages ?? [])])].sort((a, b) => a - b);
  if (!typed.pdf || !scans.length) return typed;
  const { pages } = await recognizePdf(file, typed.name, scans, options);
  const { text, layout } = await mergePages({ text: typed.text, layout: typed.pdf }, pages, options.languages ?? 'eng');
  return { ...typed, text, pdf: layout };
}

/**
 * Recognises `only` these pages (all, when null) in order. Finished early (`finishSignal`), the pages
 * done are kept and the rest are null; with none done, that is a cancel unless other pages have text.
 */
async function recognizePdf(
  file: Blob,
  name: string,
  only: number[] | null,
  options: OcrOpenOptions,
): Promise<{ pages: Map<number, OcrPageText | null>; total: number }> {
  const { signal, finishSignal, onProgress, languages = 'eng' } = options;
  const either = AbortSignal.any([signal, finishSignal].filter((s) => s !== undefined));
  const controller = new AbortController();
  const stop = () => controller.abort();
  signal?.addEventListener('abort', stop, { once: true });
  let doc: PDFDocumentProxy | null = null;
  try {
    doc = await openPdfForView(file, options.password, controller.signal);
    const total = doc.numPages;
    const todo = only ?? Array.from({ length: total }, (_, i) => i + 1);
    const scans = only ? { scans: only } : {};
    const pages = new Map<number, OcrPageText | null>(todo.map((p) => [p, null]));
    let done = 0;
    for (const p of todo) {
      try {
        throwIfAborted(either);
        onProgress?.({ phase: 'ocr', page: p, total, fraction: 0, ...scans });
        const { image, width, height, dpi } = await drawPage(doc, p, name);
        const onPage = (fraction: number) => onProgress?.({ phase: 'ocr', page: p, total, fraction, ...scans });
        pages.set(p, await recognizePage(image, { width, height }, { languages, dpi, signal: either, onProgress: onPage }));
        done++;
      } catch (e) {
        // Finished early: the pages done make the document, the rest stay empty (OcrNote says so).
        if (signal?.aborted || !finishSignal?.aborted || (done === 0 && !only)) throw e;
        break;
      }
    }
    return { pages, total };
  } catch (e) {
    throwIfAborted(signal);
    throw e;
  } finally {
    signal?.removeEventListener('abort', stop);
    void doc?.loadingTask.destroy();
  }
}

export async function ocrImage(file: Blob, name: string, options: OcrOpenOptions = {}): Promise<OpenedDocument> {
  const { signal, onProgress, languages = 'eng' } = options;
  const { width, height } = await checkImage(file, name);
  throwIfAborted(signal);
  onProgress?.({ phase: 'ocr', page: 1, total: 1, fraction: 0 });
  const page = await recognizePage(
    file,
    { width, height },
    {
      languages,
      signal,
      onProgress: (fraction) => onProgress?.({ phase: 'ocr', page: 1, total: 1, fraction }),
    },
  );
  const { text, layout } = await joinPages([page], languages);
  if (!hasWords(text)) throw noText(name, 1);
  return { kind: 'image', name, text, pdf: layout };
}

/** Rules and the edges of drawings come back as "————" or "|": a scan with no letter or digit has no text to ask about. */
const hasWords = (text: string) => /[\p{L}\p{N}]/u.test(text);

function noText(name: string, pages: number): QaError {
  return new QaError('DOCUMENT_NO_TEXT', `No text was recognised in “${name}”.`, { name, pages });
}

/** Page `p` as a PNG at OCR resolution; the canvas is emptied at once, so only the encoded image stays. */
async function drawPage(
  doc: PDFDocumentProxy,
  p: number,
  name: string,
): Promise<{ image: Blob; width: number; height: number; dpi: number }> {
  const page = await doc.getPage(p);
  try {
    const base = page.getViewport({ scale: 1 });
    if (!(base.width >= 1 && base.height >= 1))
      throw new QaError(
        'DOCUMENT_DAMAGED',
        `Page ${p} of “${name}” has no size (${Math.round(base.width)} × ${Math.round(base.height)} points), so there is nothing to recognise.`,
        { name, page: p },
      );
    const scale = Math.min(OCR_DPI / 72, Math.sqrt(MAX_PAGE_PIXELS / (base.width * base.height)));
    const viewport = page.getViewport({ scale });
    const canvas = document.createElement('canvas');
    canvas.width = Math.floor(viewport.width);
    canvas.height = Math.floor(viewport.height);
    const context = canvas.getContext('2d');
    if (!context) throw new QaError('OCR_FAILED', 'This browser could not draw the page for text recognition (no 2D canvas).');
    try {
      // A white sheet: a scan's transparent margins would otherwise read as black.
      context.fillStyle = '#fff';
      context.fillRect(0, 0, canvas.width, canvas.height);
      await page.render({ canvasContext: context, canvas, viewport }).promise;
      const image = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
      if (!image)
        throw new QaError('OCR_FAILED', `Page ${p} of “${name}” could not be drawn for text recognition (out of memory?).`, {
          name,
          page: p,
        });
      return { image, width: canvas.width, height: canvas.height, dpi: Math.round(scale * 72) };
    } finally {
      // Frees the bitmap now rather than when the garbage collector gets to it.
      canvas.width = 0;
      canvas.height = 0;
    }
  } finally {
    page.cleanup();
  }
}
