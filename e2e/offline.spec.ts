import { expect, test } from './csp';
import { resolve } from 'node:path';
import { ask, expectTopAnswer, FIXTURES, ORACLE_ANSWER, ORACLE_DOC, screenshot } from './helpers';
import { startStaticServer, type StaticServer } from '../scripts/static-server';

/**
 * Static hosting + offline PWA: dist/ served under a sub-path by a plain server that sends no
 * COOP/COEP headers. The service worker must make the page cross-origin isolated (threads), cache
 * the app shell and let a cached model answer with the network off.
 */
test.use({ serviceWorkers: 'allow' }); // The service worker is what this spec tests.

let site: StaticServer;
test.beforeAll(async () => {
  site = await startStaticServer({ '/sub/app/': resolve(import.meta.dirname, '../dist'), '/models/': FIXTURES });
});
test.afterAll(() => site.close());

test('installable, isolated through the service worker, and answers offline on a return visit', async ({ page, context }) => {
  const app = `${site.url}/sub/app/`;
  await page.goto(`${app}?url=/models/oracle/&backend=wasm&threads=2&autoload=1`);

  // First visit: no isolation headers from the host; the service worker reloads the page into isolation.
  // The evaluate can land mid-reload ("execution context was destroyed"): that counts as "not yet".
  await expect.poll(() => page.evaluate(() => crossOriginIsolated).catch(() => false), { timeout: 60_000 }).toBe(true);
  await expect(page.getByTestId('backend-badge')).toContainText('2 threads', { timeout: 90_000 });
  await expect(page.getByTestId('isolation-mode')).toContainText(/service worker/i);

  // Installability facts (what Lighthouse checks): manifest fields, icons, a controlling worker.
  const facts = await page.evaluate(async () => {
    const link = document.querySelector<HTMLLinkElement>('link[rel="manifest"]');
    const manifest = link ? await (await fetch(link.href)).json() : null;
    const reg = await navigator.serviceWorker.ready;
    return { manifest, controlled: !!navigator.serviceWorker.controller, scope: reg.scope };
  });
  expect(facts.controlled).toBe(true);
  expect(facts.scope).toBe(app);
  expect(facts.manifest).toMatchObject({
    name: expect.any(String),
    short_name: expect.any(String),
    display: 'standalone',
    start_url: './',
  });
  const sizes = (facts.manifest.icons as Array<{ sizes: string; type: string }>).map((i) => i.sizes);
  expect(sizes).toEqual(expect.arrayContaining(['192x192', '512x512']));

  // Offline start needs the WASM-only onnxruntime build precached; the 27 MB WebGPU build
  // (onnxruntime-web/webgpu's .asyncify.wasm) is not precached (a WASM-only visitor never downloads
  // it) and, on backend=wasm, never fetched at all. The deprecated JSEP build is not in the app.
  const cached = await page.evaluate(async () => {
    const out: string[] = [];
    for (const name of await caches.keys()) for (const req of await (await caches.open(name)).keys()) out.push(`${name} ${req.url}`);
    return out;
  });
  expect(cached.some((e) => /ort-wasm-simd-threaded-[^./]+\.wasm/.test(e))).toBe(true);
  expect(cached.filter((e) => /\.(asyncify|jsep)/.test(e))).toEqual([]);

  await ask(page, 'Who ran far?', ORACLE_DOC);
  await expectTopAnswer(page, ORACLE_ANSWER);

  await context.setOffline(true);
  // A return visit, offline and without the link's parameters: the remembered model loads from the
  // cache by itself, no click.
  await page.goto(app);
  await expect(page.getByTestId('backend-badge')).toBeVisible({ timeout: 90_000 });
  expect(await page.evaluate(() => crossOriginIsolated)).toBe(true);
  await ask(page, 'Who ran far?', ORACLE_DOC);
  await expectTopAnswer(page, ORACLE_ANSWER);
  await screenshot(page, 'offline-answer');
});

test('the WebGPU build is cached on first use, and WebGPU starts offline', async ({ page, context }) => {
  test.setTimeout(240_000); // two WebGPU loads on SwiftShader: 45 s in CI, 80 s for the first alone on a loaded machine
  const app = `${site.url}/sub/app/`;
  // Auto weights: a WebGPU adapter without shader-f16 (SwiftShader) asks for q4 first, which the
  // fixture lacks (404 online), then fp32. Offline the q4 request fails as a network error; the load
  // must still reach the fp32 copy cached on the first visit.
  await page.goto(`${app}?url=/models/oracle/&backend=webgpu&autoload=1`);
  await expect.poll(() => page.evaluate(() => crossOriginIsolated).catch(() => false), { timeout: 60_000 }).toBe(true);
  await expect(page.getByTestId('backend-badge')).toContainText('WebGPU', { timeout: 90_000 });
  const runtime = await page.evaluate(async () => (await (await caches.open('ort-webgpu-runtime')).keys()).map((r) => r.url));
  expect(runtime).toEqual([expect.stringMatching(/\/ort-wasm-simd-threaded\.asyncify-[\w-]+\.wasm$/)]);

  // "WebGPU · fp32" (the badge's first line; the second says how long the load took).
  const format = page.getByTestId('backend-badge').locator('p').first();
  const online = await format.textContent();

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByTestId('backend-badge')).toContainText('WebGPU', { timeout: 90_000 });
  await expect(format).toHaveText(online ?? '');
  await expect(page.getByTestId('notice')).toHaveCount(0);
  await ask(page, 'Who ran far?', ORACLE_DOC);
  await expectTopAnswer(page, ORACLE_ANSWER);
});

test.describe('where a service worker cannot run', () => {
  test.use({ serviceWorkers: 'block' });

  test('falls back cleanly to one WASM thread and says so', async ({ page }) => {
    await page.goto(`${site.url}/sub/app/?url=/models/oracle/&backend=wasm&autoload=1`);
    await expect(page.getByTestId('backend-badge')).toContainText('1 thread', { timeout: 90_000 });
    await expect(page.getByTestId('isolation-mode')).toContainText('no');
    expect(await page.evaluate(() => crossOriginIsolated)).toBe(false);
    await ask(page, 'Who ran far?', ORACLE_DOC);
    await expectTopAnswer(page, ORACLE_ANSWER);
  });
});
