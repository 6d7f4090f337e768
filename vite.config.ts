import react from '@vitejs/plugin-react';
import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import { serveFixtures } from './scripts/vite/serve-fixtures';

// Cross-origin isolation gives the page SharedArrayBuffer, which WASM threads need.
const isolation = {
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Embedder-Policy': 'require-corp',
};

export default defineConfig({
  // Relative base: dist/ works from any sub-path of a static host.
  base: './',
  plugins: [react(), serveFixtures(resolve(import.meta.dirname, 'fixtures/models'))],
  server: { headers: isolation },
  preview: { headers: isolation, port: 4173, strictPort: true },
  worker: { format: 'es' },
  // onnxruntime-web finds its .wasm via import.meta.url; pre-bundling would break that in dev.
  optimizeDeps: { exclude: ['onnxruntime-web'] },
  build: { target: 'es2022', chunkSizeWarningLimit: 2048 },
});
