/**
 * The app's service worker (built by vite-plugin-pwa in injectManifest mode, with Workbox):
 * - precaches the app shell and the onnxruntime WASM so the app starts offline (the WebGPU build
 *   is kept when first used);
 * - adds Cross-Origin-Opener/Embedder-Policy headers to every response it serves — the
 *   coi-serviceworker technique — so static hosts that cannot send headers still get a
 *   cross-origin isolated page, hence SharedArrayBuffer and multi-threaded WASM;
 * - waits for the page's "reload" click before activating an update (never mid-question).
 * Model files are cached by the app itself (Cache Storage "qa-models-v1"), not here.
 */
import { clientsClaim } from 'workbox-core';
import { addPlugins, cleanupOutdatedCaches, precacheAndRoute } from 'workbox-precaching';
import { ExpirationPlugin } from 'workbox-expiration';
import { registerRoute } from 'workbox-routing';
import { CacheFirst, NetworkOnly } from 'workbox-strategies';
import { OCR_ASSET_DIR, OCR_CACHE } from './shared/ocr';

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: Array<{ url: string; revision: string | null }> };

function withIsolationHeaders(response: Response): Response {
  // Opaque (no-cors) responses cannot be rewritten; they are passed through untouched.
  if (response.status === 0) return response;
  const headers = new Headers(response.headers);
  headers.set('Cross-Origin-Opener-Policy', 'same-origin');
  headers.set('Cross-Origin-Embedder-Policy', 'require-corp');
  headers.set('Cross-Origin-Resource-Policy', 'same-origin');
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
}

const isolation = { handlerWillRespond: async ({ response }: { response: Response }) => withIsolationHeaders(response) };

// Install-time downloads skip the HTTP cache: on a first visit the model worker fetches the same
// 14 MB WASM-build .wasm at the same moment, and two concurrent writes of one HTTP-cache entry make Chromium fail
// one of them (ERR_CACHE_WRITE_FAILURE) — which, when it is ours, silently aborts the install.
const bypassHttpCache = { requestWillFetch: async ({ request }: { request: Request }) => new Request(request, { cache: 'no-store' }) };

addPlugins([isolation, bypassHttpCache]);
precacheAndRoute(self.__WB_MANIFEST, { ignoreURLParametersMatching: [/.*/] });
cleanupOutdatedCaches();

// The WebGPU onnxruntime build (ort-wasm-simd-threaded.asyncify-<hash>.wasm) is not precached (see
// vite.config.ts): kept once fetched, so WebGPU works offline after its first use. Its file name
// carries a content hash, so it never goes stale; an update's new build replaces the old one.
registerRoute(
  ({ url }) => url.origin === self.location.origin && /\.asyncify-[^/]*\.wasm$/.test(url.pathname),
  new CacheFirst({ cacheName: 'ort-webgpu-runtime', plugins: [isolation, new ExpirationPlugin({ maxEntries: 1 })] }),
);

// Text recognition's files (tesseract's worker, the one core variant this browser picks, the
// language data used) are not precached (vite.config.ts): kept once fetched, so scans open offline
// after the first one. Their folder names tesseract.js's major version, so they never go stale.
registerRoute(
  ({ url }) => url.origin === self.location.origin && url.pathname.includes(`/${OCR_ASSET_DIR}`),
  new CacheFirst({ cacheName: OCR_CACHE, plugins: [isolation] }),
);

// Everything else from our origin (model files, the eval page's data) goes to the network, but
// still gets the isolation headers so the page stays cross-origin isolated.
registerRoute(({ url }) => url.origin === self.location.origin, new NetworkOnly({ plugins: [isolation] }));

self.addEventListener('message', (event) => {
  if (event.data?.type === 'SKIP_WAITING') void self.skipWaiting();
});

// The first install takes control at once so the page can reload into isolation; updates wait.
clientsClaim();
