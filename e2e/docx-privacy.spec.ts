import type { Page } from '@playwright/test';
import { expect, swTest, test } from './csp';
import { BOLD_ANSWER, damagedDocx, paragraphsDocx } from '../test/helpers/make-docx';

/**
 * Opening Word and Markdown files stays on the device and under the app's strict CSP: both convert in
 * workers (docx.worker.ts with mammoth, markdown.worker.ts with micromark) whose scripts are app
 * assets, precached by the service worker. No model is needed to open a file.
 */
const SECRET = 'Quokka5d2e81';
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

async function openFiles(page: Page): Promise<void> {
  const input = page.getByTestId('doc-file-input');
  const doc = page.getByLabel('Document', { exact: true });
  const sentence = `Notes by ${SECRET}: the ${BOLD_ANSWER} camp.`;
  await input.setInputFiles({ name: 'secret.docx', mimeType: DOCX, buffer: Buffer.from(await paragraphsDocx(['Title', sentence])) });
  await expect(doc).toHaveValue(`Title\n\n${sentence}`);
  await input.setInputFiles({ name: 'secret.md', mimeType: 'text/markdown', buffer: Buffer.from(`# ${SECRET}\n\nzebra **bold** omega`) });
  await expect(doc).toHaveValue(`${SECRET}\n\nzebra bold omega`);
  await input.setInputFiles({ name: 'broken.docx', mimeType: DOCX, buffer: Buffer.from(await damagedDocx('no-document')) });
  await expect(page.getByTestId('error')).toContainText('"broken.docx" could not be read as a Word document: it has no document body');
  await expect(doc).toHaveValue(`${SECRET}\n\nzebra bold omega`);
}

// Offline, the converters' scripts come from the service worker's cache.
swTest('opening a .docx or .md file needs no network and sends nothing', async ({ page, context }) => {
  await page.goto('./');
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  if (!(await page.evaluate(() => !!navigator.serviceWorker.controller))) await page.reload();
  await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);

  const seen: Array<{ url: string; fromServiceWorker: boolean; text: string }> = [];
  const failed: string[] = [];
  let started = 0;
  context.on('request', () => started++);
  context.on('requestfinished', async (r) =>
    seen.push({ url: r.url(), fromServiceWorker: !!(await r.response())?.fromServiceWorker(), text: `${r.url()} ${r.postData() ?? ''}` }),
  );
  context.on('requestfailed', (r) => failed.push(r.url()));
  await context.setOffline(true);
  await openFiles(page);
  // Every request the conversions started has ended (and been recorded) before it is judged.
  await expect.poll(() => seen.length + failed.length).toBe(started);

  expect(failed).toEqual([]);
  // The only requests: the converters' scripts, answered by the service worker from its cache.
  expect(seen.map((r) => r.url).filter((u) => !/\/assets\/(docx|markdown)\.worker-[\w-]+\.js$/.test(u))).toEqual([]);
  expect(seen.some((r) => r.url.includes('docx.worker'))).toBe(true);
  expect(seen.filter((r) => !r.fromServiceWorker).map((r) => r.url)).toEqual([]);
  expect(seen.filter((r) => r.text.includes(SECRET)).map((r) => r.url)).toEqual([]);
});

// The preview server sends the policy as a header (vite.config.ts), which reaches the workers.
test('Word and Markdown convert without a CSP violation', async ({ page }) => {
  await page.goto('./');
  await openFiles(page); // The csp fixture fails the test on any violation, workers included.
});
