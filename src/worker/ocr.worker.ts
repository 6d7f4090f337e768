/// <reference lib="webworker" />
import * as Comlink from 'comlink';
import { createWorker, PSM, type Worker as Tesseract } from 'tesseract.js';
import '../shared/comlink-errors';
import { QaError } from '../shared/errors';
import type { OcrAssets } from '../shared/ocr';
import { mergeOcrPages, type LaidOutText } from '../engine/documents/ocr-merge';
import { joinOcrPages, ocrPageText, type OcrPageText } from '../engine/documents/ocr-text';

/**
 * Text recognition (tesseract.js) off the main thread. tesseract.js runs its own classic worker,
 * nested in this one, loaded from our origin (`workerBlobURL: false`: no blob: worker, so the CSP's
 * worker-src 'self' holds); its core and language files come from our origin too (OcrAssets,
 * absolute URLs: a worker has no document to resolve relative ones against). One tesseract worker
 * is kept per language choice. Cancelling a page ends this whole worker (the page side does that):
 * tesseract cannot stop a recognition half-way.
 */

let engine: { languages: string; worker: Promise<Tesseract> } | null = null;
let onPageProgress: ((fraction: number) => void) | null = null;

function tesseract(languages: string, assets: OcrAssets): Promise<Tesseract> {
  if (engine?.languages === languages) return engine.worker;
  const old = engine;
  void old?.worker.then((w) => w.terminate()).catch(() => {});
  const worker = createWorker(languages.split('+'), 1 /* OEM.LSTM_ONLY: the traineddata we ship is LSTM ("best_int") */, {
    workerPath: assets.workerPath,
    corePath: assets.corePath,
    langPath: assets.langPath,
    workerBlobURL: false,
    gzip: true,
    // The service worker keeps these files for offline use; a second copy in IndexedDB would only take space.
    cacheMethod: 'none',
    logger: (m) => {
      if (m.status === 'recognizing text') onPageProgress?.(m.progress);
    },
    errorHandler: () => {},
  }).catch((e: unknown) => {
    engine = null;
    throw new QaError('OCR_FAILED', `Text recognition could not start: ${(e as Error)?.message ?? String(e)}`);
  });
  engine = { languages, worker };
  return worker;
}

const api = {
  /** Recognises one page image (`width` × `height` pixels; any format tesseract decodes: PNG, JPEG, WebP, BMP). */
  async recognize(
    image: Blob,
    size: { width: number; height: number; dpi?: number },
    languages: string,
    assets: OcrAssets,
    onProgress: (fraction: number) => void,
  ): Promise<OcrPageText> {
    const worker = await tesseract(languages, assets);
    onPageProgress = onProgress;
    try {
      // Tesseract guesses the resolution from the image otherwise, and guesses small text wrong.
      // Automatic page segmentation (PSM 3), as the tesseract CLI does: columns, headings and
      // speckles are told apart from the text blocks.
      await worker.setParameters({ user_defined_dpi: String(size.dpi ?? 0), tessedit_pageseg_mode: PSM.AUTO });
      const { data } = await worker.recognize(image, {}, { blocks: true, text: false });
      return ocrPageText(data, size.width, size.height);
    } catch (e) {
      if (e instanceof QaError) throw e;
      throw new QaError('OCR_FAILED', `Text recognition failed on this page: ${(e as Error)?.message ?? String(e)}`);
    } finally {
      onPageProgress = null;
    }
  },

  /** Recognised pages in order (null: not recognised) as one document's text and layout. */
  join: (pages: (OcrPageText | null)[], languages: string) => joinOcrPages(pages, languages),

  /** Recognised pages (by page number; null: not reached) merged in page order with a PDF's text-layer pages. */
  merge: (base: LaidOutText, pages: Map<number, OcrPageText | null>, languages: string) => mergeOcrPages(base, pages, languages),
};

export type OcrWorkerApi = typeof api;

Comlink.expose(api);
