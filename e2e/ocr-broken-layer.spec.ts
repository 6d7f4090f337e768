import { readFileSync } from 'node:fs';
import { BROKEN_LAYER_SCAN, ensureBrokenLayerScan } from '../scripts/fixtures/ocr-broken-layer';
import { ensureOcrScans } from '../scripts/fixtures/ocr-scans';
import { expectNoViolations } from './axe';
import { expect, test, watchCsp } from './csp';
import { openWithModel } from './helpers';
import { ORACLE } from './reliability-helpers';
import { display, MIME, openFile } from './documents-helpers';
import { expectScanAnswerLit } from './ocr-helpers';

/**
 * A scan with a junk invisible text layer (page 1, the "zebra … omega" letter) and a typed page 2:
 * the app offers to recognise page 1 instead; once it has, the oracle's answer is found there and
 * lit on the page image, and page 2 keeps its own text.
 */
test('a page whose text layer is junk is offered to OCR, and its answer is then lit on the image', async ({ browser }) => {
  await ensureOcrScans();
  await ensureBrokenLayerScan();
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const csp = await watchCsp(context);
  const page = await context.newPage();
  await openWithModel(page, { url: ORACLE, backend: 'wasm', threads: '2' });

  await openFile(page, 'broken-layer-letter.pdf', readFileSync(BROKEN_LAYER_SCAN.file), MIME.pdf);
  await expect(page.getByTestId('document-source')).toContainText('broken-layer-letter.pdf', { timeout: 60_000 });
  const notice = page.getByTestId('broken-text-notice');
  await expect(notice).toContainText("Page 1's text looks broken");
  await expect(page.getByTestId('ocr-note')).toHaveCount(0);
  await expectNoViolations(page, 'broken text layer notice');

  await notice.getByRole('button', { name: 'Recognise it instead (OCR)' }).click();
  await expect(page.getByTestId('ocr-note')).toContainText('Text of page 1 of 2 read by text recognition (OCR, English)', {
    timeout: 90_000,
  });
  await expect(notice).toHaveCount(0);
  await expect(page.getByTestId('undo-notice')).toContainText('Read “broken-layer-letter.pdf” again.');
  await display(page, 'Text').click();
  const body = await page.getByTestId('document-view').innerText();
  expect(body.indexOf('zebra')).toBeGreaterThanOrEqual(0);
  expect(body.indexOf(BROKEN_LAYER_SCAN.typed)).toBeGreaterThan(body.indexOf('zebra'));

  await expectScanAnswerLit(page, 1, 2);
  expect(csp, 'Content Security Policy violations').toEqual([]);
  await context.close();
});
