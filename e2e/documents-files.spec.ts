import type { Page } from '@playwright/test';
import { BOLD_ANSWER, damagedDocx, SAMPLE_DOCX_TEXT, sampleDocx } from '../test/helpers/make-docx';
import { expect, test, watchCsp } from './csp';
import { expectTopAnswer, openWithModel, screenshot } from './helpers';
import { ORACLE } from './reliability-helpers';
import { askQuestion, expectOpened, MIME, openFile } from './documents-helpers';

/**
 * Word, Markdown, HTML and rich paste with the oracle model ("zebra" … "omega"): each becomes text
 * without its markup, and the answer is exactly the words. One page, model loaded once.
 */
test.describe.configure({ mode: 'serial' });

let page: Page;
let csp: string[];

test.beforeAll(async ({ browser }) => {
  const context = await browser.newContext();
  csp = await watchCsp(context);
  page = await context.newPage();
  await openWithModel(page, { url: ORACLE, backend: 'wasm', threads: '2' });
});
test.afterAll(() => page.context().close());

const documentBox = () => page.getByLabel('Document', { exact: true });
const banner = () => page.locator('.document-pane').getByTestId('error');

test('.docx: headings, lists and a table as text; the marker across a bold run is exact', async () => {
  await openFile(page, 'report.docx', await sampleDocx(), MIME.docx);
  await expectOpened(page, 'report.docx');
  await expect(page.getByTestId('document-source')).toContainText('Word document');
  await expect(documentBox()).toHaveValue(SAMPLE_DOCX_TEXT);
  await askQuestion(page, 'What crossed the river?');
  await expectTopAnswer(page, BOLD_ANSWER);
  await screenshot(page, 'docx-answer');
});

test('a damaged .docx gets a clear message and the document stays', async () => {
  const before = await page.getByTestId('document-counts').textContent();
  await openFile(page, 'broken.docx', await damagedDocx('truncated'), MIME.docx);
  await expect(banner()).toContainText('This file is damaged.');
  await expect(banner()).toBeFocused(); // It answers the file just opened: read where it is.
  await expect(page.getByTestId('document-counts')).toHaveText(before!);
  await expect(page.getByTestId('document-source')).toContainText('report.docx');
});

test('.md: the answer never contains Markdown syntax', async () => {
  const md = [
    '# Field notes',
    '',
    'At dawn the **zebra** crossed [the ford](https://example.com/ford) to reach _omega_ camp.',
    '',
    '- one item',
    '- `code` item',
  ].join('\n');
  await openFile(page, 'notes.md', md, MIME.md);
  await expectOpened(page, 'notes.md');
  await expect(documentBox()).not.toHaveValue(/\*\*|\]\(|^#/m);
  await askQuestion(page, 'What crossed?');
  await expectTopAnswer(page, 'zebra crossed the ford to reach omega');
});

test('.html: text only, never markup', async () => {
  const html =
    '<!doctype html><html><head><title>T</title><style>p{color:red}</style></head><body><h1>Trip</h1>' +
    '<p>The <b>zebra</b> went <a href="https://example.com">past the</a> <i>omega</i> sign.</p><script>window.__x=1</script></body></html>';
  await openFile(page, 'trip.html', html, MIME.html);
  await expectOpened(page, 'trip.html');
  await expect(documentBox()).toHaveValue('Trip\n\nThe zebra went past the omega sign.');
  await askQuestion(page, 'Who went?');
  await expectTopAnswer(page, 'zebra went past the omega');
  expect(await page.evaluate(() => (window as unknown as { __x?: number }).__x)).toBeUndefined();
});

test('rich paste: clipboard HTML goes through the same extraction; plain text stays plain', async () => {
  await page.getByRole('button', { name: 'Clear', exact: true }).click();
  await documentBox().focus();
  const pasted = await documentBox().evaluate((el) => {
    const clipboardData = new DataTransfer();
    clipboardData.setData(
      'text/html',
      '<meta charset="utf-8"><h2>Copied</h2><p>Then the <strong>zebra</strong> ran <em>to</em> omega.</p>',
    );
    clipboardData.setData('text/plain', 'PLAIN VERSION');
    return !el.dispatchEvent(new ClipboardEvent('paste', { clipboardData, bubbles: true, cancelable: true }));
  });
  expect(pasted).toBe(true);
  await expect(documentBox()).toHaveValue('Copied\n\nThen the zebra ran to omega.');
  // It went in as an edit, not a value swap: Undo and Redo work as after any paste.
  await page.keyboard.press('ControlOrMeta+z');
  await expect(documentBox()).toHaveValue('');
  await page.keyboard.press('ControlOrMeta+Shift+z');
  await expect(documentBox()).toHaveValue('Copied\n\nThen the zebra ran to omega.');
  await askQuestion(page, 'Who ran?');
  await expectTopAnswer(page, 'zebra ran to omega');
});

test('where IndexedDB refuses, the document still works and the pane says it will not survive a reload', async ({ browser }) => {
  const context = await browser.newContext();
  await context.addInitScript(() => {
    Object.defineProperty(window, 'indexedDB', {
      get: () => {
        throw new DOMException('The user denied permission to access the database.', 'SecurityError');
      },
    });
  });
  const p = await context.newPage();
  await p.goto('./');
  await p.getByLabel('Document', { exact: true }).fill('Only in memory.');
  await expect(p.getByTestId('not-stored')).toContainText('it will not be here after a reload');
  await expect(p.getByLabel('Document', { exact: true })).toHaveValue('Only in memory.');
  await context.close();
});

test('no Content Security Policy violation while opening Word, Markdown and HTML files', () => {
  expect(csp).toEqual([]);
});
