import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { OCR_SCANS, SCAN_ANSWER, ensureOcrScans } from '../scripts/fixtures/ocr-scans';
import { expect, test, watchCsp } from './csp';
import { expectTopAnswer, openWithModel, screenshot } from './helpers';
import { ORACLE } from './reliability-helpers';
import { headerPolicy } from '../scripts/vite/csp-header';
import { askQuestion, display, letters, MIME, openFile } from './documents-helpers';

/**
 * Scans through text recognition (tesseract.js from our own origin), with the oracle model (it
 * answers from "zebra" to "omega"): an image-only PDF of three pages generated from a page holding
 * the answer, and a PNG of that page. The answer is exact in the text view and lit on the page image
 * over the words OCR read; no request leaves the origin; the CSP is never broken. One page, model loaded once.
 */
test.describe.configure({ mode: 'serial' });

let page: Page;
let csp: string[];
const offOrigin: string[] = [];
const carryingText: string[] = [];

test.beforeAll(async ({ browser, baseURL }) => {
  await ensureOcrScans();
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  csp = await watchCsp(context);
  context.on('request', (r) => {
    if (!r.url().startsWith(baseURL!) && !r.url().startsWith('blob:') && !r.url().startsWith('data:')) offOrigin.push(r.url());
    // Not even our own origin is sent what was read from a scan.
    if (`${r.url()} ${r.postData() ?? ''}`.includes('zebra')) carryingText.push(r.url());
  });
  page = await context.newPage();
  await openWithModel(page, { url: ORACLE, backend: 'wasm', threads: '2' });
});
test.afterAll(() => page.context().close());
test.afterEach(() => {
  expect(csp, 'Content Security Policy violations').toEqual([]);
  expect(offOrigin, 'requests off the origin').toEqual([]);
  expect(carryingText, 'requests carrying recognised text').toEqual([]);
});

/** Rank-1 boxes over the page image: their text, and whether each lies on the drawn page. */
async function ocrHighlights(page: Page, surface: 'canvas' | 'img') {
  await expect(page.locator('.pdf-page')).toHaveAttribute('data-ready', 'true');
  await expect(page.locator('[data-testid="page-highlight"][data-rank="1"]').first()).toBeVisible();
  return page.evaluate((surface) => {
    const under = document.querySelector(`.pdf-page ${surface}`)!.getBoundingClientRect();
    return Array.from(document.querySelectorAll<HTMLElement>('[data-testid="page-highlight"][data-rank="1"]'), (el) => {
      const b = el.getBoundingClientRect();
      return {
        text: el.dataset.text ?? '',
        ocr: el.dataset.ocr === 'true',
        onPage: b.left >= under.left - 1 && b.right <= under.right + 1 && b.top >= under.top - 1 && b.bottom <= under.bottom + 1,
        width: b.width,
        height: b.height,
        // Where on the page, as a share of its size: the answer is in the upper half of the letter.
        y: (b.top - under.top) / under.height,
      };
    });
  }, surface);
}

function expectAnswerBoxes(boxes: Awaited<ReturnType<typeof ocrHighlights>>): void {
  expect(letters(boxes.map((b) => b.text).join(''))).toBe(letters(SCAN_ANSWER));
  for (const b of boxes) {
    expect(b.ocr).toBe(true);
    expect(b.onPage, `box "${b.text}" lies on the page`).toBe(true);
    expect(b.width).toBeGreaterThan(4);
    expect(b.height).toBeGreaterThan(4);
    expect(b.y).toBeGreaterThan(0.1);
    expect(b.y).toBeLessThan(0.6);
  }
}

test('an image-only PDF is recognised page by page; the answer is exact and lit on the page image', async () => {
  await openFile(page, 'scan-letter.pdf', readFileSync(OCR_SCANS.pdf.file), MIME.pdf);
  await expect(page.getByTestId('open-progress')).toContainText(/Recognising text on page \d of 3/);
  await expect(page.getByTestId('document-source')).toContainText('scan-letter.pdf', { timeout: 90_000 });
  await expect(page.getByTestId('open-progress')).toBeHidden();
  await expect(page.getByTestId('document-counts')).toContainText('3 pages');
  await expect(page.getByTestId('ocr-note')).toContainText('Text read by text recognition (OCR, English) from pages 1–3 of 3.');
  await askQuestion(page, 'What crossed the river?');
  await expectTopAnswer(page, SCAN_ANSWER);
  await expect(page.getByTestId('answer').first().getByTestId('answer-page')).toHaveText('p. 1 · recognised text (OCR)');

  await display(page, 'Page').click();
  await expect(page.getByTestId('page-number')).toHaveText('Page 1 of 3');
  expectAnswerBoxes(await ocrHighlights(page, 'canvas'));
  await screenshot(page, 'ocr-pdf-page-view');
});

test('a PNG of the page opens as a one-page document, its answer lit on the picture', async () => {
  await display(page, 'Text').click();
  await openFile(page, 'scan-letter.png', readFileSync(OCR_SCANS.png.file), 'image/png');
  await expect(page.getByTestId('document-source')).toContainText('scan-letter.png', { timeout: 60_000 });
  await expect(page.getByTestId('document-source')).toContainText('text recognition');
  await askQuestion(page, 'What crossed the river?');
  await expectTopAnswer(page, SCAN_ANSWER);
  await display(page, 'Page').click();
  expectAnswerBoxes(await ocrHighlights(page, 'img'));
  await screenshot(page, 'ocr-png-page-view');
});

test('Stop during recognition keeps the pages read; the language chosen is the one used', async () => {
  await display(page, 'Text').click();
  await page.getByTestId('ocr-language').selectOption({ label: 'English + French' });
  await openFile(page, 'scan-stop.pdf', readFileSync(OCR_SCANS.pdf.file), MIME.pdf);
  const progress = page.getByTestId('open-progress');
  await expect(progress).toContainText('Recognising text on page 2 of 3', { timeout: 60_000 });
  await progress.getByRole('button', { name: /^Stop, keep page/ }).click();
  await expect(page.getByTestId('document-source')).toContainText('scan-stop.pdf');
  await expect(progress).toBeHidden();
  const note = page.getByTestId('ocr-note');
  await expect(note).toContainText('(OCR, English + French)');
  await expect(note).toContainText(/from (page 1 of 3; stopped before the last 2 pages|pages 1–2 of 3; stopped before the last page)/);
  await expect(page.getByTestId('document-counts')).toContainText('3 pages');
  await askQuestion(page, 'What crossed the river?');
  await expectTopAnswer(page, SCAN_ANSWER);
  await page.getByTestId('ocr-language').selectOption({ label: 'English' });
});

test('tesseract runs under the same policy: its worker script is sent with the CSP header (no blob: worker, no eval)', async () => {
  const response = await page.request.get('./ocr/tesseract-7/worker.min.js');
  expect(response.status()).toBe(200);
  expect(response.headers()['content-security-policy']).toBe(headerPolicy(resolve(import.meta.dirname, '../index.html')));
  expect(response.headers()['content-security-policy']).not.toMatch(/'unsafe-eval'|worker-src[^;]*blob:/);
});

/** A valid grey PNG of `width` × `height` white pixels, deflated row by row (a 20000 × 20000 one is ~0.4 MB). */
async function blankPng(width: number, height: number): Promise<Buffer> {
  const { crc32, createDeflate } = await import('node:zlib');
  const chunk = (type: string, data: Buffer) => {
    const head = Buffer.alloc(8);
    head.writeUInt32BE(data.length, 0);
    head.write(type, 4, 'latin1');
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
    return Buffer.concat([head, data, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 0, 0, 0, 0], 8); // 8-bit greyscale
  const deflate = createDeflate({ level: 1 });
  const parts: Buffer[] = [];
  deflate.on('data', (d: Buffer) => parts.push(d));
  const done = new Promise((resolve) => deflate.on('end', resolve));
  const row = Buffer.alloc(width + 1, 0xff);
  row[0] = 0; // filter: none
  for (let y = 0; y < height; y++) if (!deflate.write(row)) await new Promise((r) => deflate.once('drain', r));
  deflate.end();
  await done;
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([signature, chunk('IHDR', ihdr), chunk('IDAT', Buffer.concat(parts)), chunk('IEND', Buffer.alloc(0))]);
}

test('a corrupt image, a 20000 × 20000 image and a PDF of 0 × 0 pages each get a clear message; the document stays', async () => {
  await display(page, 'Text').click();
  const kept = await page.getByTestId('document-source').textContent();
  const banner = page.locator('.document-pane').getByTestId('error');

  const png = readFileSync(OCR_SCANS.png.file);
  await openFile(page, 'torn.png', png.subarray(0, 4000), 'image/png');
  await expect(banner).toContainText('This file is damaged.');
  await expect(banner).toContainText('“torn.png” could not be read as an image');

  await openFile(page, 'huge.png', await blankPng(20_000, 20_000), 'image/png');
  await expect(banner).toContainText('“huge.png” is 20,000 × 20,000 pixels; text recognition reads images up to 40 megapixels');

  const { PDFDocument } = await import('pdf-lib');
  const doc = await PDFDocument.create();
  const image = await doc.embedPng(png);
  doc.addPage([0, 0]).drawImage(image, { x: 0, y: 0, width: 0, height: 0 });
  await openFile(page, 'flat.pdf', await doc.save(), MIME.pdf);
  await expect(banner).toBeVisible({ timeout: 60_000 });
  await expect(banner).toContainText(/has no size|No text was recognised/);
  await expect(page.getByTestId('document-source')).toHaveText(kept ?? '');
  await screenshot(page, 'ocr-bad-input');
});
