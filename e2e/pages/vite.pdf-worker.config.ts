import { resolve } from 'node:path';
import { defineConfig } from 'vite';

/**
 * Builds only e2e/pages/pdf-worker.html, outside dist/, for e2e/pdf-worker.spec.ts: the document
 * worker bundled as the app bundles it (base, worker format, target as in vite.config.ts).
 */
const ROOT = resolve(import.meta.dirname, '../..');
export const PDF_WORKER_OUT_DIR = resolve(ROOT, 'node_modules/.cache/pdf-worker-page');

export default defineConfig({
  root: ROOT,
  base: './',
  logLevel: 'warn',
  publicDir: false,
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    outDir: PDF_WORKER_OUT_DIR,
    emptyOutDir: true,
    chunkSizeWarningLimit: 4096,
    rolldownOptions: { input: { check: resolve(ROOT, 'e2e/pages/pdf-worker.html') } },
  },
});
