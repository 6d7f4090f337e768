import type { BrowserContext, Page } from '@playwright/test';
import * as make from '../test/helpers/make-pdf';
import { expect, test } from './csp';
import type { PdfCheckResult } from './pages/pdf-worker-page';

/**
 * The document worker as the build bundles it, in Chromium, under the app's policy sent as a header
 * (a worker takes its policy from its own response, not from index.html's <meta>; csp-header.spec.ts
 * shows the header does reach workers): pdf.js parses inside that one worker (no nested worker),
 * which is fetched only when a PDF is opened, and opening files makes no other request, even for
 * a file with a script and a link. The app's UI is not involved: e2e/pages/pdf-worker.html, a second
 * page of the app's build (vite.config.ts), calls pdf-client.ts. The UI's side is documents-pdf.spec.ts.
 */
async function openPage(page: Page, context: BrowserContext, requests: string[]): Promise<void> {
  context.on('request', (r) => requests.push(r.url()));
  await page.goto('./e2e/pages/pdf-worker.html');
  await page.waitForFunction(() => 'pdfCheck' in window);
}

function check(page: Page, bytes: Uint8Array, options: { password?: string; abortAtPage?: number } = {}): Promise<PdfCheckResult> {
  const base64 = Buffer.from(bytes).toString('base64');
  return page.evaluate(
    ([b, o]) => (window as unknown as { pdfCheck: { check: (b: string, o: object) => Promise<PdfCheckResult> } }).pdfCheck.check(b, o),
    [base64, options] as const,
  );
}

test('pdf.js runs in the one document worker, loaded on the first PDF, with no other request', async ({ page, context }) => {
  const requests: string[] = [];
  await openPage(page, context, requests);
  expect(requests.filter((u) => u.includes('document.worker'))).toEqual([]);
  const before = requests.length;

  const multi = await check(page, await make.multiPagePdf());
  expect(multi.text).toBe(
    'Annual report\n\nThe committee met in March. It reviewed the budget.\n\nA second paragraph follows here.\n\nPage two has one paragraph over two lines.\n\nThe end.',
  );
  expect(multi.pagesDone).toEqual([0, 1, 2, 3]);
  expect((await check(page, await make.nonLatinPdf())).text).toBe(make.NON_LATIN_LINES.join(' '));
  expect((await check(page, await make.markerPdf('hyphen'))).text).toContain(make.MARKER_ANSWERS.hyphen);
  expect((await check(page, await make.scriptedPdf('https://example.com/pdf-link'))).text).toBe(
    'Scripts and links in this file must never run.',
  );

  expect(page.workers()).toHaveLength(1);
  const after = requests.slice(before).map((u) => new URL(u).pathname);
  expect(after).toHaveLength(1);
  expect(after[0]).toMatch(/^\/assets\/document\.worker-[\w-]+\.js$/);
});

test('password, scan and damage come back as their error codes', async ({ page, context }) => {
  await openPage(page, context, []);
  const locked = await make.encryptedPdf('secret');
  expect(await check(page, locked)).toMatchObject({ ok: false, code: 'DOCUMENT_PASSWORD', wrong: false });
  expect(await check(page, locked, { password: 'guess' })).toMatchObject({ ok: false, code: 'DOCUMENT_PASSWORD', wrong: true });
  expect(await check(page, locked, { password: 'secret' })).toMatchObject({ ok: true, text: make.ENCRYPTED_TEXT });
  expect(await check(page, await make.imageOnlyPdf())).toMatchObject({ ok: false, code: 'DOCUMENT_NO_TEXT' });
  expect(await check(page, make.damagedPdf())).toMatchObject({ ok: false, code: 'DOCUMENT_DAMAGED' });
});

test('a long PDF reports every page without blocking the page, cancels at once, and the worker reads on', async ({ page, context }) => {
  await openPage(page, context, []);
  const long = await make.longPdf(40);
  const whole = await check(page, long);
  expect(whole.pages).toBe(40);
  expect(whole.pagesDone).toEqual(Array.from({ length: 41 }, (_, i) => i));
  expect(
    await page.evaluate(() => (window as unknown as { pdfCheck: { longTasks: number[] } }).pdfCheck.longTasks.filter((ms) => ms > 200)),
  ).toEqual([]);

  const cancelled = await check(page, long, { abortAtPage: 5 });
  expect(cancelled).toMatchObject({ ok: false, code: 'ABORTED' });
  expect(cancelled.rejectMs).toBeLessThan(50);
  expect((await check(page, await make.hyphenatedPdf())).text).toBe(
    'The bridge was built by Engineers from an Anglo-Saxon firm during COVID-19 lockdowns.',
  );
  // The worker stopped reading the cancelled file: its progress ended before the last page.
  const progress = await page.evaluate(() => (window as unknown as { pdfCheck: { progress: number[][] } }).pdfCheck.progress[1]);
  expect(Math.max(...progress)).toBeLessThan(40);
});
