import type { PDFDocumentProxy, PDFWorker, RenderTask, TextLayer } from 'pdfjs-dist';
import type { TextContent } from 'pdfjs-dist/types/src/display/api';
import { PDF_TEXT_CONTENT_PARAMS } from '../../shared/documents';
import { QaError, throwIfAborted } from '../../shared/errors';

/**
 * Rendering PDF pages for the page view, on the main thread (canvas and text layer need the DOM).
 * pdf.js is imported only when a page is first shown, and parses in its own worker, bundled by Vite
 * from pdfjs-dist (so it is precached with the app and runs under the CSP's worker-src 'self').
 */

type PdfJs = typeof import('pdfjs-dist');
let pdfjsModule: Promise<PdfJs> | null = null;
let sharedWorker: Promise<PDFWorker> | null = null;

function pdfjs(): Promise<PdfJs> {
  pdfjsModule ??= import('pdfjs-dist');
  return pdfjsModule;
}

/** One pdf.js worker for every document the page view opens (a worker per file would cost ~2 MB of parsing each time). */
function pdfWorker(): Promise<PDFWorker> {
  sharedWorker ??= Promise.all([pdfjs(), import('pdfjs-dist/build/pdf.worker.mjs?worker')]).then(([lib, { default: WorkerScript }]) =>
    lib.PDFWorker.create({ port: new WorkerScript({ name: 'pdf-page-view' }) }),
  );
  return sharedWorker;
}

/** Opens a PDF for display. Rejects with DOCUMENT_PASSWORD (detail.wrong) or DOCUMENT_DAMAGED. */
export async function openPdfForView(file: Blob, password: string | undefined, signal: AbortSignal): Promise<PDFDocumentProxy> {
  const [lib, worker, data] = await Promise.all([pdfjs(), pdfWorker(), file.arrayBuffer()]);
  throwIfAborted(signal);
  const task = lib.getDocument({
    data: new Uint8Array(data),
    password,
    worker,
    // pdf.js 6 has no eval code path left (isEvalSupported is gone); XFA forms stay off for untrusted files.
    enableXfa: false,
  });
  const abort = () => void task.destroy();
  signal.addEventListener('abort', abort, { once: true });
  try {
    return await task.promise;
  } catch (e) {
    throwIfAborted(signal);
    const err = e as { name?: string; code?: number; message?: string };
    if (err.name === 'PasswordException') {
      const wrong = err.code === lib.PasswordResponses.INCORRECT_PASSWORD;
      throw new QaError('DOCUMENT_PASSWORD', wrong ? 'The password is not right.' : 'This PDF needs a password.', { wrong });
    }
    throw new QaError('DOCUMENT_DAMAGED', `The PDF could not be shown: ${err.message ?? String(e)}`);
  } finally {
    signal.removeEventListener('abort', abort);
  }
}

export interface RenderedPage {
  /** CSS pixel size of the page as drawn. */
  width: number;
  height: number;
  /** The text-layer element of text item `item` (index into getTextContent().items), if it has one. */
  itemElement(item: number): HTMLElement | null;
}

interface RenderTarget {
  canvas: HTMLCanvasElement;
  /** Emptied and refilled with pdf.js's text layer. */
  textLayer: HTMLDivElement;
  /** CSS pixels the page must fit. */
  width: number;
}

/**
 * Draws page `pageNumber` to fit `width` CSS pixels, crisp on high-density screens (the canvas has
 * devicePixelRatio device pixels per CSS pixel), with pdf.js's selectable text layer on top.
 */
export async function renderPage(
  doc: PDFDocumentProxy,
  pageNumber: number,
  target: RenderTarget,
  signal: AbortSignal,
): Promise<RenderedPage> {
  const lib = await pdfjs();
  const page = await doc.getPage(pageNumber);
  throwIfAborted(signal);
  const scale = target.width / page.getViewport({ scale: 1 }).width;
  const viewport = page.getViewport({ scale });
  const ratio = window.devicePixelRatio || 1;
  const { canvas, textLayer: container } = target;
  canvas.width = Math.floor(viewport.width * ratio);
  canvas.height = Math.floor(viewport.height * ratio);
  canvas.style.width = `${Math.floor(viewport.width)}px`;
  canvas.style.height = `${Math.floor(viewport.height)}px`;

  const context = canvas.getContext('2d');
  if (!context) throw new QaError('UNKNOWN', 'This browser could not draw the page (no 2D canvas).');
  const task: RenderTask = page.render({
    canvasContext: context,
    canvas,
    viewport,
    transform: ratio === 1 ? undefined : [ratio, 0, 0, ratio, 0, 0],
  });
  let layer: TextLayer | null = null;
  const abort = () => {
    task.cancel();
    layer?.cancel();
  };
  signal.addEventListener('abort', abort, { once: true });
  try {
    const [, content] = await Promise.all([task.promise, page.getTextContent(PDF_TEXT_CONTENT_PARAMS)]);
    throwIfAborted(signal);
    container.replaceChildren();
    // What pdf_viewer.css derives from its page container; the text layer sizes itself from these.
    container.style.setProperty('--total-scale-factor', String(scale));
    container.style.setProperty('--scale-round-x', '1px');
    container.style.setProperty('--scale-round-y', '1px');
    // Laid out detached, then moved in at once: spans added slice by slice to the live page made the
    // browser lay the whole growing layer out again every frame.
    const detached = document.createElement('div');
    layer = new lib.TextLayer({ textContentSource: inSlices(content), container: detached, viewport });
    await layer.render();
    throwIfAborted(signal);
    for (const name of ['width', 'height', '--min-font-size']) container.style.setProperty(name, detached.style.getPropertyValue(name));
    container.setAttribute('data-main-rotation', detached.getAttribute('data-main-rotation') ?? '0');
    container.replaceChildren(...detached.childNodes);
    const elements = itemElements(content, layer.textDivs);
    return { width: Math.floor(viewport.width), height: Math.floor(viewport.height), itemElement: (i) => elements[i] ?? null };
  } catch (e) {
    throwIfAborted(signal);
    throw e;
  } finally {
    signal.removeEventListener('abort', abort);
  }
}

// pdf.js lays out the text layer item by item, measuring each one's text: a whole page of 10,000
// items in one go froze the tab for seconds. Fed in slices, one task each, it lays out between frames.
const ITEMS_PER_SLICE = 150;

function inSlices(content: TextContent): ReadableStream<TextContent> {
  let at = 0;
  return new ReadableStream<TextContent>({
    async pull(controller) {
      if (at > 0) await new Promise((resolve) => setTimeout(resolve, 0));
      controller.enqueue({ ...content, items: content.items.slice(at, at + ITEMS_PER_SLICE) });
      at += ITEMS_PER_SLICE;
      if (at >= content.items.length) controller.close();
    },
  });
}

/**
 * The text layer makes one element per item with a `str` (marked-content markers get none), in
 * order; this lines them up with the item indices the layout's runs use.
 */
function itemElements(content: TextContent, divs: readonly HTMLElement[]): (HTMLElement | null)[] {
  const out: (HTMLElement | null)[] = [];
  let k = 0;
  for (const item of content.items) out.push('str' in item ? (divs[k++] ?? null) : null);
  return out;
}

/** Boxes (relative to `origin`) covering characters [from, to) of a text-layer element's text. */
export function charBoxes(element: HTMLElement, from: number, to: number, origin: DOMRect): DOMRect[] {
  const node = element.firstChild;
  if (!node || node.nodeType !== Node.TEXT_NODE) return [];
  const length = node.textContent?.length ?? 0;
  const range = document.createRange();
  range.setStart(node, Math.min(from, length));
  range.setEnd(node, Math.min(to, length));
  return Array.from(range.getClientRects(), (r) => new DOMRect(r.left - origin.left, r.top - origin.top, r.width, r.height)).filter(
    (r) => r.width > 0 && r.height > 0,
  );
}
