import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { ARABIC_ANSWER, ensureRtlPdfs, HEBREW_ANSWER, RTL_PDFS } from '../scripts/fixtures/rtl-pdfs';
import { RTL_DOCX_ARABIC, RTL_DOCX_TEXT, rtlDocx } from '../test/helpers/make-rtl-docx';
import { expectNoViolations } from './axe';
import { expect, test, watchCsp } from './csp';
import { openWithModel, screenshot } from './helpers';
import { ORACLE } from './reliability-helpers';
import { askQuestion, display, expectBoxesOverText, expectOpened, letters, MIME, openFile, pageHighlights } from './documents-helpers';

/**
 * Right-to-left documents with the oracle model ("zebra" … "omega"): Chromium-printed Arabic and
 * Hebrew PDFs read in logical order with base letters, shown right to left (dir="auto"), the answer
 * across Arabic words lit on the page glyphs; a right-to-left .docx keeps its list and table
 * separators. One page, model loaded once.
 */
test.describe.configure({ mode: 'serial' });

let page: Page;
let csp: string[];

test.beforeAll(async ({ browser }) => {
  await ensureRtlPdfs();
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  csp = await watchCsp(context);
  page = await context.newPage();
  await openWithModel(page, { url: ORACLE, backend: 'wasm', threads: '2' });
});
test.afterAll(() => page.context().close());

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
const view = () => page.getByTestId('document-view');
/** The text-view block holding `text`. */
const blockWith = (text: string) => view().locator('.document-chunk', { hasText: text.split(' ')[0] });

test('an Arabic PDF reads in logical order, right to left, and its answer is lit on the glyphs', async () => {
  const pdf = RTL_PDFS.arabic;
  await openFile(page, 'arabic.pdf', readFileSync(pdf.file), MIME.pdf);
  await expectOpened(page, 'arabic.pdf');
  // Every paragraph as it was typed: logical order, base letters (no presentation forms).
  const shown = (await view().textContent()) ?? '';
  for (const p of pdf.paragraphs) expect(squash(shown)).toContain(p.text);
  expect(shown).not.toMatch(/[\ufb50-\ufdff\ufe70-\ufefc]/);
  const block = blockWith(pdf.paragraphs[1].text);
  await expect(block).toHaveAttribute('dir', 'auto');
  // Each paragraph in its own direction: the Arabic one starts at the right edge, the English one
  // (with an Arabic word inside) at the left.
  const edges = await block.evaluate(
    (el, words) => {
      const box = el.getBoundingClientRect();
      const at = (word: string) => {
        const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          const i = n.nodeValue!.indexOf(word);
          if (i < 0) continue;
          const range = document.createRange();
          range.setStart(n, i);
          range.setEnd(n, i + word.length);
          const r = range.getBoundingClientRect();
          return { fromLeft: r.left - box.left, fromRight: box.right - r.right };
        }
        return null;
      };
      return words.map(at);
    },
    ['ذهب', 'The word'],
  );
  expect(edges[0]!.fromRight).toBeLessThan(24);
  expect(edges[0]!.fromLeft).toBeGreaterThan(200);
  expect(edges[1]!.fromLeft).toBeLessThan(24);
  await screenshot(page, 'rtl-arabic-text-view');

  await askQuestion(page, 'What lives in Africa?');
  const answer = page.locator('mark[data-testid="answer-highlight"][data-rank="1"]');
  await expect(answer).toBeVisible();
  expect(squash((await answer.textContent()) ?? '')).toBe(ARABIC_ANSWER);
  const card = page.getByTestId('answer').first();
  expect(squash((await card.locator('.answer-main .answer-text').textContent()) ?? '')).toBe(ARABIC_ANSWER);
  await expect(card.locator('.answer-main .answer-text')).toHaveAttribute('dir', 'auto');
  await expect(card.getByTestId('answer-snippet')).toHaveAttribute('dir', 'auto');
  // History: the answer is isolated (bdi) from the share and time beside it.
  await page.getByTestId('history').locator('summary').click();
  await expect(page.getByTestId('history-entry').first().locator('.history-answer bdi')).toHaveText(ARABIC_ANSWER);
  await expectNoViolations(page, 'Arabic PDF answered, text view');
  await screenshot(page, 'rtl-arabic-answer');

  await display(page, 'Page').click();
  const boxes = await pageHighlights(page);
  expectBoxesOverText(boxes);
  // The boxes hold the page's own glyph characters (presentation forms): the same letters as the answer.
  expect(letters(boxes.map((b) => b.text).join('')).normalize('NFKC')).toBe(letters(ARABIC_ANSWER));
  await screenshot(page, 'rtl-arabic-page-view');
  await display(page, 'Text').click();
});

test('a Hebrew PDF keeps numbers and Latin words in place', async () => {
  const pdf = RTL_PDFS.hebrew;
  await openFile(page, 'hebrew.pdf', readFileSync(pdf.file), MIME.pdf);
  await expectOpened(page, 'hebrew.pdf');
  await expect(view()).toContainText('דוח רבעוני');
  const shown = squash((await view().textContent()) ?? '');
  expect(shown).toBe(squash([...pdf.paragraphs.map((p) => p.text), ...pdf.table.flat()].join(' ')));
  // Its table as the .docx path gives it: cells apart by a tab, a row a line.
  expect(await view().textContent()).toContain(pdf.table.map((r) => r.join('\t')).join('\n'));
  await expect(blockWith(pdf.paragraphs[1].text)).toHaveAttribute('dir', 'auto');

  // An answer inside Hebrew chunks, with brackets and a number: exact, and lit on the page.
  await askQuestion(page, 'Where does it live?');
  const answer = page.locator('mark[data-testid="answer-highlight"][data-rank="1"]');
  await expect(answer).toHaveText(HEBREW_ANSWER);
  await display(page, 'Page').click();
  const boxes = await pageHighlights(page);
  expectBoxesOverText(boxes);
  // The page's own characters: brackets as drawn (mirrored), so only the letters and digits are compared.
  const lettersOnly = (s: string) => letters(s).replace(/[()]/g, '');
  expect(lettersOnly(boxes.map((b) => b.text).join(''))).toBe(lettersOnly(HEBREW_ANSWER));
  await screenshot(page, 'rtl-hebrew-page-view');
  await display(page, 'Text').click();

  // A phone in dark mode: still right to left, nothing cut off, no axe violation.
  await page.setViewportSize({ width: 390, height: 844 });
  await page.emulateMedia({ colorScheme: 'dark' });
  await view().scrollIntoViewIfNeeded();
  const overflow = await view().evaluate((el) => el.scrollWidth - el.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await expectNoViolations(page, 'Hebrew PDF, phone, dark');
  await screenshot(page, 'rtl-hebrew-phone-dark');
  await page.emulateMedia({ colorScheme: 'light' });
  await page.setViewportSize({ width: 1280, height: 800 });
});

test('a right-to-left .docx keeps its list items and table cells apart, and is edited right to left', async () => {
  await openFile(page, 'rtl.docx', await rtlDocx(), MIME.docx);
  await expectOpened(page, 'rtl.docx');
  const box = page.getByLabel('Document', { exact: true });
  await expect(box).toHaveValue(RTL_DOCX_TEXT);
  await expect(box).toHaveAttribute('dir', 'auto');
  expect(RTL_DOCX_TEXT).toContain(RTL_DOCX_ARABIC);
  await expectNoViolations(page, 'right-to-left .docx in the editor');
  await screenshot(page, 'rtl-docx-editor');
  expect(csp).toEqual([]);
});
