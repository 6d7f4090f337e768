import { readFileSync } from 'node:fs';
import { MIXED_SCAN, ensureOcrScans } from '../scripts/fixtures/ocr-scans';
import { expect, test, watchCsp } from './csp';
import { openWithModel } from './helpers';
import { ORACLE } from './reliability-helpers';
import { display, MIME, openFile } from './documents-helpers';
import { expectScanAnswerLit } from './ocr-helpers';

/**
 * A PDF of typed and scanned pages (page 1 and 3 with a text layer, page 2 a scan holding the oracle's
 * "zebra … omega" answer): only the scan is recognised; the text has all three pages in order; the
 * answer is found on the scan and lit there over the words OCR read.
 */
test('a PDF with a scanned page among typed ones: only the scan is recognised, its answer lit on it', async ({ browser }) => {
  await ensureOcrScans();
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const csp = await watchCsp(context);
  const page = await context.newPage();
  await openWithModel(page, { url: ORACLE, backend: 'wasm', threads: '2' });

  await openFile(page, 'mixed-letter.pdf', readFileSync(MIXED_SCAN.file), MIME.pdf);
  await expect(page.getByTestId('open-progress')).toContainText('Recognising text on page 2 of 3 (scanned page 1 of 1)');
  await expect(page.getByTestId('document-source')).toContainText('mixed-letter.pdf', { timeout: 90_000 });
  await expect(page.getByTestId('ocr-note')).toContainText(
    'Text of scanned page 2 of 3 read by text recognition (OCR, English); the other pages have their own text.',
  );
  await display(page, 'Text').click();
  const body = await page.getByTestId('document-view').innerText();
  const [cover, last] = MIXED_SCAN.typed.map((t) => body.indexOf(t));
  const scanned = body.indexOf('zebra');
  expect(cover).toBeGreaterThanOrEqual(0);
  expect(scanned).toBeGreaterThan(cover);
  expect(last).toBeGreaterThan(scanned);

  await expectScanAnswerLit(page, 2, 3);
  expect(csp, 'Content Security Policy violations').toEqual([]);
  await context.close();
});
