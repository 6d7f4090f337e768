import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { OCR_SCANS, SCAN_ANSWER, ensureOcrScans } from '../scripts/fixtures/ocr-scans';
import { startStaticServer, type StaticServer } from '../scripts/static-server';
import { expect, test } from './csp';
import { askQuestion, MIME, openFile } from './documents-helpers';
import { expectTopAnswer, FIXTURES } from './helpers';

/**
 * Text recognition offline: on a plain static host (no COOP/COEP headers; the service worker adds
 * them), the first scan fetches tesseract's files from the app's own folder and the service worker
 * keeps them; with the network off, a reload still opens and answers a scanned PDF.
 */
test.use({ serviceWorkers: 'allow' });

let site: StaticServer;
test.beforeAll(async () => {
  await ensureOcrScans();
  site = await startStaticServer({ '/sub/app/': resolve(import.meta.dirname, '../dist'), '/models/': FIXTURES });
});
test.afterAll(() => site.close());

test('after a first scan, scans open and are answered offline', async ({ page, context }) => {
  const app = `${site.url}/sub/app/`;
  const requests: string[] = [];
  context.on('request', (r) => requests.push(r.url()));
  await page.goto(`${app}?url=/models/oracle/&backend=wasm&threads=2&autoload=1`);
  await expect.poll(() => page.evaluate(() => crossOriginIsolated).catch(() => false), { timeout: 60_000 }).toBe(true);
  await expect(page.getByTestId('backend-badge')).toBeVisible({ timeout: 90_000 });

  await openFile(page, 'scan-letter.png', readFileSync(OCR_SCANS.png.file), 'image/png');
  await expect(page.getByTestId('document-source')).toContainText('scan-letter.png', { timeout: 60_000 });
  const cached = await page.evaluate(async () => (await (await caches.open('ocr-runtime')).keys()).map((r) => new URL(r.url).pathname));
  // tesseract's worker, one core variant (of the six served), and the English data.
  expect(cached).toEqual(
    expect.arrayContaining([
      '/sub/app/ocr/tesseract-7/worker.min.js',
      expect.stringMatching(/^\/sub\/app\/ocr\/tesseract-7\/core\/tesseract-core[\w-]*\.wasm\.js$/),
      '/sub/app/ocr/tesseract-7/lang/eng.traineddata.gz',
    ]),
  );
  expect(cached.filter((p) => p.includes('/core/'))).toHaveLength(1);

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByTestId('backend-badge')).toBeVisible({ timeout: 90_000 });
  await openFile(page, 'scan-letter.pdf', readFileSync(OCR_SCANS.pdf.file), MIME.pdf);
  await expect(page.getByTestId('document-source')).toContainText('scan-letter.pdf', { timeout: 90_000 });
  await askQuestion(page, 'What crossed the river?');
  await expectTopAnswer(page, SCAN_ANSWER);
  expect(requests.filter((u) => !u.startsWith(site.url) && !/^(blob|data):/.test(u))).toEqual([]);
});

test('"Save for offline" in the storage panel keeps the text-recognition files before any scan', async ({ page, context }) => {
  await page.goto(`${site.url}/sub/app/?url=/models/oracle/&backend=wasm&threads=2&autoload=1`);
  await expect.poll(() => page.evaluate(() => crossOriginIsolated).catch(() => false), { timeout: 60_000 }).toBe(true);
  await expect(page.getByTestId('backend-badge')).toBeVisible({ timeout: 90_000 });

  await page.getByRole('button', { name: /^Change model/ }).click();
  await page.getByTestId('storage-panel').locator('summary').click();
  const row = page.getByTestId('ocr-storage');
  await expect(row.getByTestId('ocr-storage-status')).toContainText('Not saved');
  await row.getByRole('button', { name: 'Save for offline' }).click();
  await expect(row.getByTestId('ocr-storage-status')).toContainText('Saved for offline use', { timeout: 60_000 });
  await expect(row.getByRole('button', { name: 'Delete saved text recognition files' })).toBeVisible();
  const cached = await page.evaluate(async () => (await (await caches.open('ocr-runtime')).keys()).map((r) => new URL(r.url).pathname));
  expect(cached.filter((p) => p.includes('/core/'))).toHaveLength(1);
  expect(cached).toEqual(
    expect.arrayContaining(['/sub/app/ocr/tesseract-7/lang/eng.traineddata.gz', '/sub/app/ocr/tesseract-7/lang/fra.traineddata.gz']),
  );

  // No scan was opened online: what recognises this one offline is only what the button saved.
  await page.getByRole('button', { name: 'Keep current model' }).click();
  await context.setOffline(true);
  await openFile(page, 'scan-letter.pdf', readFileSync(OCR_SCANS.pdf.file), MIME.pdf);
  await expect(page.getByTestId('document-source')).toContainText('scan-letter.pdf', { timeout: 90_000 });
  await askQuestion(page, 'What crossed the river?');
  await expectTopAnswer(page, SCAN_ANSWER);

  // Delete empties the cache (offline too: nothing is fetched for it).
  await page.getByRole('button', { name: /^Change model/ }).click();
  await page.getByTestId('storage-panel').locator('summary').click();
  await row.getByRole('button', { name: 'Delete saved text recognition files' }).click();
  await expect(row.getByTestId('ocr-storage-status')).toContainText('Not saved');
  expect(await page.evaluate(async () => (await caches.keys()).includes('ocr-runtime'))).toBe(false);
});
