import * as Comlink from 'comlink';
import '../../shared/comlink-errors';
import { QaError, toQaError } from '../../shared/errors';
import { ocrAssets } from '../../shared/ocr';
import type { OcrWorkerApi } from '../../worker/ocr.worker';
import { endWorker, ownWorker, type OwnedWorker } from './owned-worker';

/**
 * Owns the OCR worker's lifetime: started on the first page that needs recognition (so tesseract.js
 * is downloaded only then), ended after a minute idle, and ended at once when a recognition is
 * cancelled (tesseract cannot stop half-way; the next page starts a fresh worker). A worker that
 * dies fails the page in flight.
 */

type OcrPageText = Awaited<ReturnType<OcrWorkerApi['recognize']>>;
type JoinedText = Awaited<ReturnType<OcrWorkerApi['join']>>;
type MergeBase = Parameters<OcrWorkerApi['merge']>[0];

const IDLE_MS = 60_000;

type Remote = OwnedWorker<OcrWorkerApi>;

let current: Remote | null = null;
let idleTimer: ReturnType<typeof setTimeout> | undefined;

function remote(): Remote {
  clearTimeout(idleTimer);
  if (current) return current;
  const worker = new Worker(new URL('../../worker/ocr.worker.ts', import.meta.url), { type: 'module', name: 'ocr' });
  const crashed = (why: string) =>
    current === r &&
    stop(new QaError('OCR_FAILED', `Text recognition stopped (${why}): the page may be too large for this browser's memory.`));
  const r: Remote = ownWorker<OcrWorkerApi>(worker, crashed);
  current = r;
  return r;
}

function stop(reason: QaError): void {
  const r = current;
  current = null;
  clearTimeout(idleTimer);
  if (r) endWorker(r, reason);
}

/** A call to the worker that rejects with ABORTED at once on `signal`, ending the worker. */
function call<T>(run: (api: Comlink.Remote<OcrWorkerApi>) => Promise<T>, signal?: AbortSignal): Promise<T> {
  if (signal?.aborted) return Promise.reject(new QaError('ABORTED', 'Cancelled.'));
  const r = remote();
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => stop(new QaError('ABORTED', 'Cancelled.'));
    signal?.addEventListener('abort', onAbort, { once: true });
    r.fail.add(reject);
    run(r.api)
      .then(resolve, (e: unknown) => reject(toQaError(e, 'OCR_FAILED')))
      .finally(() => {
        r.fail.delete(reject);
        signal?.removeEventListener('abort', onAbort);
        if (current === r && r.fail.size === 0)
          idleTimer = setTimeout(() => current === r && r.fail.size === 0 && stop(new QaError('ABORTED', 'Idle.')), IDLE_MS);
      });
  });
}

export interface RecognizeOptions {
  languages: string;
  dpi?: number;
  signal?: AbortSignal;
  onProgress?: (fraction: number) => void;
}

/** Recognises one page image of `width` × `height` pixels. Rejects with OCR_FAILED or ABORTED. */
export function recognizePage(image: Blob, size: { width: number; height: number }, options: RecognizeOptions): Promise<OcrPageText> {
  const { languages, dpi, signal, onProgress = () => {} } = options;
  const assets = ocrAssets(document.baseURI);
  return call((api) => api.recognize(image, { ...size, dpi }, languages, assets, Comlink.proxy(onProgress)), signal);
}

/** Pages in order (null: not recognised) as one document's text and layout. */
export function joinPages(pages: (OcrPageText | null)[], languages: string): Promise<JoinedText> {
  return call((api) => api.join(pages, languages));
}

/** Recognised pages (by page number; null: not reached) put in among a PDF's text-layer pages. */
export function mergePages(base: MergeBase, pages: Map<number, OcrPageText | null>, languages: string): Promise<JoinedText> {
  return call((api) => api.merge(base, pages, languages));
}

export type { OcrPageText };
