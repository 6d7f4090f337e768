/**
 * Where the text-recognition files live on our origin, and what the OCR worker is told about them.
 * scripts/vite/tesseract-assets.ts copies them there from npm at build time (never a CDN), the
 * page turns the folder into absolute URLs for the worker, and the service worker keeps them for
 * offline use once they are first fetched.
 */

/** Folder (relative to the app's base) holding worker.min.js, core/ and lang/. Versioned, so a new tesseract.js never meets old cached files. */
export const OCR_ASSET_DIR = 'ocr/tesseract-7/';

/** The service worker's cache of those files (src/sw.ts), which the storage panel measures and fills. */
export const OCR_CACHE = 'ocr-runtime';

/** Tesseract language codes the app ships. */
// Each one's data comes from its npm package @tesseract.js-data/<code> (read by path only, so knip.json names them).
export const OCR_LANGUAGES = ['eng', 'fra'] as const;

/** Absolute URLs (a worker cannot resolve relative ones): tesseract's worker script, its core folder, its language folder. */
export interface OcrAssets {
  workerPath: string;
  corePath: string;
  langPath: string;
}

export function ocrAssets(base: string): OcrAssets {
  const dir = new URL(OCR_ASSET_DIR, base).href;
  return { workerPath: `${dir}worker.min.js`, corePath: `${dir}core/`, langPath: `${dir}lang/` };
}
