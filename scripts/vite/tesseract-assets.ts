import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Connect, Plugin } from 'vite';
import { OCR_ASSET_DIR, OCR_LANGUAGES } from '../../src/shared/ocr.ts';

/**
 * Serves tesseract.js's files from the app's own origin (src/shared/ocr.ts says where): its worker
 * script, every core variant it may pick (plain, SIMD, relaxed SIMD, each also LSTM-only: 7.0
 * chooses by what the browser supports) and the LSTM language data of @tesseract.js-data. Copied
 * into dist/ at build time and served from node_modules by the dev server, so no CDN is ever asked.
 */

const require = createRequire(import.meta.url);
const packageDir = (name: string) => dirname(require.resolve(`${name}/package.json`));

/** Output path under the app's base → file on disk. */
export function tesseractAssetFiles(): Map<string, string> {
  const files = new Map<string, string>();
  files.set(`${OCR_ASSET_DIR}worker.min.js`, join(packageDir('tesseract.js'), 'dist/worker.min.js'));
  const core = packageDir('tesseract.js-core');
  // The .wasm.js builds carry their WASM inline; they are what tesseract.js loads from a core folder.
  for (const f of readdirSync(core).filter((n) => n.endsWith('.wasm.js'))) files.set(`${OCR_ASSET_DIR}core/${f}`, join(core, f));
  for (const lang of OCR_LANGUAGES)
    files.set(
      `${OCR_ASSET_DIR}lang/${lang}.traineddata.gz`,
      join(packageDir(`@tesseract.js-data/${lang}`), `4.0.0_best_int/${lang}.traineddata.gz`),
    );
  return files;
}

/** Bytes of each file, by its path under OCR_ASSET_DIR: the storage panel's sizes (src/app/model/ocr-files.ts). */
export function tesseractAssetSizes(): Record<string, number> {
  const sizes: Record<string, number> = {};
  for (const [path, file] of tesseractAssetFiles()) sizes[path.slice(OCR_ASSET_DIR.length)] = statSync(file).size;
  return sizes;
}

const TYPES: Record<string, string> = { '.js': 'text/javascript', '.gz': 'application/gzip' };

export function tesseractAssets(): Plugin {
  const files = tesseractAssetFiles();
  const middleware: Connect.NextHandleFunction = (req, res, next) => {
    const path = decodeURIComponent((req.url ?? '').split('?')[0]).replace(/^\/+/, '');
    const file = files.get(path);
    if (!file) return next();
    res.setHeader('Content-Type', TYPES[path.slice(path.lastIndexOf('.'))] ?? 'application/octet-stream');
    res.setHeader('Cross-Origin-Resource-Policy', 'same-origin');
    res.end(readFileSync(file));
  };
  return {
    name: 'tesseract-assets',
    configureServer: (server) => void server.middlewares.use(middleware),
    generateBundle() {
      for (const [fileName, file] of files) this.emitFile({ type: 'asset', fileName, source: readFileSync(file) });
    },
  };
}
