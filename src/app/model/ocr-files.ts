import { OCR_ASSET_DIR, OCR_LANGUAGES } from '../../shared/ocr';

declare global {
  interface ImportMetaEnv {
    /** Bytes of each text-recognition file by its path under OCR_ASSET_DIR, put in by vite.config.ts at build time. */
    readonly OCR_FILE_SIZES?: Record<string, number>;
  }
}

/** What tesseract.js's getCore asks of the browser (its wasm-feature-detect checks) to pick a core build. */
export interface WasmFeatures {
  simd: boolean;
  relaxedSimd: boolean;
}

export interface OcrFile {
  /** Absolute URL, exactly as tesseract.js fetches it (and so as the service worker's cache keys it). */
  url: string;
  bytes: number;
}

/**
 * The core build tesseract.js 7 loads from a core folder, chosen as its getCore does: relaxed SIMD,
 * else SIMD, else plain; always the LSTM-only build, since the worker asks for OEM.LSTM_ONLY.
 */
export function ocrCoreFile({ simd, relaxedSimd }: WasmFeatures): string {
  const variant = relaxedSimd ? 'relaxedsimd-' : simd ? 'simd-' : '';
  return `tesseract-core-${variant}lstm.wasm.js`;
}

/**
 * The files this browser would fetch for text recognition in every language the app offers:
 * tesseract's worker script, the one core build it picks, and each language's data. A file the
 * build did not measure counts 0 bytes (the dev server's unit tests have no sizes).
 */
export function ocrFilesFor(features: WasmFeatures, base: string, sizes: Record<string, number> = {}): OcrFile[] {
  const dir = new URL(OCR_ASSET_DIR, base).href;
  const paths = ['worker.min.js', `core/${ocrCoreFile(features)}`, ...OCR_LANGUAGES.map((l) => `lang/${l}.traineddata.gz`)];
  return paths.map((p) => ({ url: `${dir}${p}`, bytes: sizes[p] ?? 0 }));
}

export type OcrSaved = 'none' | 'partly' | 'all';

export interface OcrCacheSummary {
  saved: OcrSaved;
  /** Bytes of the needed files already in the cache. */
  savedBytes: number;
  /** Bytes of all the needed files. */
  totalBytes: number;
}

/** How much of `files` the cache (its keys' URLs) holds; files it holds that are not needed are ignored. */
export function summariseOcrCache(files: readonly OcrFile[], cachedUrls: readonly string[]): OcrCacheSummary {
  const cached = new Set(cachedUrls);
  const have = files.filter((f) => cached.has(f.url));
  const sum = (list: readonly OcrFile[]) => list.reduce((n, f) => n + f.bytes, 0);
  const saved: OcrSaved = have.length === 0 ? 'none' : have.length === files.length ? 'all' : 'partly';
  return { saved, savedBytes: sum(have), totalBytes: sum(files) };
}
