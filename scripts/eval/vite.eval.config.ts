import { resolve } from 'node:path';
import { defineConfig } from 'vite';

/**
 * Builds only the SQuAD runner page (src/eval/index.html), outside dist/, so `npm run eval` never
 * clobbers or depends on the app build. It repeats the app config's settings that shape the worker
 * and onnxruntime bundle (base, worker format, target) but not the app's plugins (React, PWA).
 */
const ROOT = resolve(import.meta.dirname, '../..');
export const EVAL_OUT_DIR = resolve(ROOT, 'node_modules/.cache/squad-eval');
export const EVAL_PAGE = 'src/eval/index.html';

export default defineConfig({
  root: ROOT,
  base: './',
  logLevel: 'warn',
  publicDir: false,
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    outDir: EVAL_OUT_DIR,
    emptyOutDir: true,
    chunkSizeWarningLimit: 2048,
    rolldownOptions: { input: { eval: resolve(ROOT, EVAL_PAGE) } },
  },
});
