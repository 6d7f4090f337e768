import react from '@vitejs/plugin-react';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { headerPolicy } from './scripts/vite/csp-header.ts';
import { serveFixtures } from './scripts/vite/serve-fixtures.ts';
import { tesseractAssets, tesseractAssetSizes } from './scripts/vite/tesseract-assets.ts';

// Cross-origin isolation gives the page SharedArrayBuffer, which WASM threads need. Static hosts that
// cannot send these headers get them from the service worker instead (src/sw.ts).
const isolation = {
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Embedder-Policy': 'require-corp',
};

const { version } = JSON.parse(readFileSync(resolve(import.meta.dirname, 'package.json'), 'utf8')) as { version: string };

export default defineConfig({
  // Relative base: dist/ works from any sub-path of a static host.
  base: './',
  // The exports name the app's version (src/app/history/app-version.ts); the storage panel shows
  // the text-recognition files' sizes (src/app/model/ocr-files.ts).
  define: {
    'import.meta.env.APP_VERSION': JSON.stringify(version),
    'import.meta.env.OCR_FILE_SIZES': JSON.stringify(tesseractAssetSizes()),
  },
  plugins: [
    react(),
    serveFixtures(resolve(import.meta.dirname, 'fixtures/models')),
    tesseractAssets(),
    VitePWA({
      strategies: 'injectManifest',
      srcDir: 'src',
      filename: 'sw.ts',
      registerType: 'prompt',
      injectRegister: false,
      manifest: {
        name: 'Ask your document — private question answering',
        short_name: 'Ask your doc',
        description: 'Ask questions about your own documents; a BERT model answers in your browser, offline.',
        start_url: './',
        scope: './',
        display: 'standalone',
        background_color: '#ffffff',
        theme_color: '#1f4e8c',
        icons: [
          { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: 'icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      injectManifest: {
        globPatterns: ['**/*.{js,css,html,svg,png,wasm,webmanifest}'],
        // The WebGPU onnxruntime build (onnxruntime-web/webgpu: ort-wasm-simd-threaded.asyncify.wasm,
        // 27 MB) is cached by the service worker when first used (src/sw.ts), so WASM-only visitors
        // never download it; the WASM build is precached.
        // Text recognition's files (ocr/: ~25 MB of core variants, of which a browser uses one) are
        // cached by the service worker when first used (src/sw.ts), not precached.
        globIgnores: ['**/*.asyncify-*.wasm', 'e2e/**', '**/pdf-worker-check-*.js', 'ocr/**'],
        // The WASM-only onnxruntime build is ~14 MB; Workbox's 2 MB default would leave it out.
        maximumFileSizeToCacheInBytes: 40 * 1024 * 1024,
      },
      devOptions: { enabled: false },
    }),
  ],
  server: { headers: isolation },
  // The built app is previewed (and tested) with its policy as a header too, so it covers the workers.
  // The dev server sends none: its HMR client and React refresh preamble are not the built app.
  preview: {
    headers: { ...isolation, 'Content-Security-Policy': headerPolicy(resolve(import.meta.dirname, 'index.html')) },
    port: 4173,
    strictPort: true,
  },
  worker: { format: 'es' },
  resolve: {
    alias: [
      // micromark (Markdown, parsed in markdown.worker.ts) decodes entities with this package, whose
      // "browser" export needs `document`, which workers lack; its plain build works everywhere.
      {
        find: /^decode-named-character-reference$/,
        replacement: resolve(import.meta.dirname, 'node_modules/decode-named-character-reference/index.js'),
      },
    ],
  },
  // onnxruntime-web finds its .wasm via import.meta.url; pre-bundling would break that in dev.
  optimizeDeps: { exclude: ['onnxruntime-web'] },
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 2048,
    rolldownOptions: {
      // The second page is e2e's check of the document worker client as this build bundles it
      // (e2e/documents-pdf.spec.ts); built here so the suite runs no build of its own. The service
      // worker never precaches it (globIgnores).
      input: {
        index: resolve(import.meta.dirname, 'index.html'),
        'pdf-worker-check': resolve(import.meta.dirname, 'e2e/pages/pdf-worker.html'),
      },
    },
  },
});
