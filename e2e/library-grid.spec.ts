import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './csp';
import { sharedModelPage } from './shared-page';
import { ORACLE } from './reliability-helpers';
import { parseCsv } from './csv';
import { expectNoViolations } from './axe';
import { screenshot } from './helpers';
import { addFiveDocuments, askLibrary, library, LIBRARY_ANSWER, storedTexts } from './library-helpers';

/**
 * The question grid with the oracle model: 3 questions × 5 documents fill cell by cell, a reload in
 * the middle keeps the filled cells and resumes, and the CSV export holds each answer's exact offsets.
 */
const shared = sharedModelPage({ url: ORACLE, backend: 'wasm', threads: '2' });
let page: Page;
test.beforeEach(() => {
  page = shared();
});

const QUESTIONS = ['What did the lighthouse keeper see?', 'Who planted tulips?', 'When does the courier arrive?'];
const cells = () => page.getByTestId('grid-cell');
const filledCells = () => page.locator('[data-testid="grid-cell"] .grid-cell');

test('a 3 × 5 grid fills, survives a reload mid-way, and exports CSV with exact offsets', async () => {
  await addFiveDocuments(page, true);
  // One question typed, two from a CSV file with a header: the file's go after the typed one.
  const box = page.getByLabel('Questions, one per line');
  await box.fill(QUESTIONS[0]);
  const questionsCsv = `id,question\n1,"${QUESTIONS[1]}"\n2,${QUESTIONS[2]}\n`;
  await page
    .getByTestId('grid-questions-file')
    .setInputFiles({ name: 'questions.csv', mimeType: 'text/csv', buffer: Buffer.from(questionsCsv) });
  await expect(box).toHaveValue(QUESTIONS.join('\n'));
  await page.getByRole('button', { name: 'Fill the grid (3 × 5)' }).click();
  await expect(cells()).toHaveCount(15);
  await expect(filledCells().first()).toBeVisible();
  const before = await filledCells().count();
  expect(before).toBeLessThan(15); // The long letter takes a while: the reload lands mid-way.
  const firstCell = await cells().first().textContent();
  await page.reload();
  await expect(page.getByTestId('backend-badge')).toBeVisible({ timeout: 90_000 });
  await expect(cells()).toHaveCount(15);
  expect(await cells().first().textContent()).toBe(firstCell); // Kept, not asked again.
  await expect(page.getByTestId('grid-status')).toHaveText('15 of 15 cells', { timeout: 60_000 });

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export CSV' }).click()]);
  const csv = readFileSync((await download.path())!, 'utf8');
  const [header, ...records] = parseCsv(csv);
  expect(header).toEqual(['question', 'document', 'page', 'start', 'end', 'answer', 'confidence']);
  expect(records).toHaveLength(15);
  const texts = await storedTexts(page);
  for (const [question, document, , start, end, answer] of records) {
    expect(QUESTIONS).toContain(question);
    if (answer) expect(texts[document].slice(Number(start), Number(end))).toBe(answer);
  }
  const pdf = records.find((r) => r[0] === QUESTIONS[0] && r[1] === 'harbour.pdf')!;
  expect([pdf[2], pdf[5]]).toEqual(['2', LIBRARY_ANSWER]);
});

test('one click asks a cell again, and a row; a cell opens its document at the answer', async () => {
  const row = page.getByTestId('grid-row').first();
  await row.getByRole('button', { name: `Ask again: ${QUESTIONS[0]}` }).click();
  await expect(page.getByTestId('grid-status')).toHaveText('15 of 15 cells', { timeout: 60_000 });
  await cells().nth(1).getByRole('button', { name: 'Ask again' }).click();
  await expect(page.getByTestId('grid-status')).toHaveText('15 of 15 cells', { timeout: 60_000 });
  await row.getByRole('button', { name: new RegExp(LIBRARY_ANSWER) }).click();
  await expect(page.getByTestId('document-source')).toContainText('harbour.pdf');
  await expect(page.getByTestId('page-number')).toHaveText('Page 2 of 3');
});

test('keyboard, phone and dark mode: library, answers and grid reachable by Tab, nothing cut off, axe clean', async () => {
  await askLibrary(page, QUESTIONS[0]);
  await expect(page.getByTestId('library-answer').first()).toBeVisible();
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await expectNoViolations(page, `library with answers and a grid, ${scheme}`);
  }
  await page.setViewportSize({ width: 390, height: 844 });
  const overflow = await library(page).evaluate((el) => el.scrollWidth - el.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  const pageOverflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(pageOverflow).toBeLessThanOrEqual(0);
  await expectNoViolations(page, 'library on a phone, dark');
  await screenshot(page, 'library-phone-dark');
  // The top library answer opens its document from the keyboard alone, focus on its mark.
  await page.getByTestId('library-answer').first().focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('page-number')).toHaveText('Page 2 of 3');
  await expect(page.locator('[data-testid="page-highlight"][data-rank="1"]').first()).toBeFocused();
  // The grid's scroll region and its cells are tab stops.
  await page.getByRole('region', { name: 'Question grid answers' }).focus();
  await page.keyboard.press('Tab');
  await expect(page.getByTestId('grid-row').first().getByRole('button').first()).toBeFocused();
  await page.emulateMedia({ colorScheme: 'light' });
  await page.setViewportSize({ width: 1280, height: 800 });
});

test('removing a document takes its history and its grid column with it; Undo brings them back; dismissed, gone after a reload', async () => {
  // harbour.pdf is open in the viewer (the last test chose its library answer, which its history keeps).
  await expect(page.getByTestId('document-source')).toContainText('harbour.pdf');
  const history = page.getByTestId('history').locator('summary');
  await expect(history).not.toHaveText('History (0 questions)');
  const asked = await history.textContent();
  const headers = page.getByRole('region', { name: 'Question grid answers' }).getByRole('columnheader');
  await expect(headers.filter({ hasText: 'harbour.pdf' })).toHaveCount(1);
  const remove = () => library(page).getByRole('button', { name: 'Remove harbour.pdf' }).click();
  await remove();
  await expect(page.getByTestId('library-removed')).toContainText('harbour.pdf');
  await expect(cells()).toHaveCount(12);
  await expect(headers.filter({ hasText: 'harbour.pdf' })).toHaveCount(0);
  await expect(history).toHaveText('History (0 questions)');
  await page.getByTestId('library-removed').getByRole('button', { name: 'Undo' }).click();
  await expect(cells()).toHaveCount(15);
  await expect(headers.nth(1)).toHaveText('harbour.pdf'); // Back where it was, with its answers.
  await expect(
    page
      .getByTestId('grid-row')
      .first()
      .getByRole('button', { name: new RegExp(LIBRARY_ANSWER) }),
  ).toBeVisible();
  await expect(history).toHaveText(asked!);

  await remove();
  await page.getByTestId('library-removed').getByRole('button', { name: 'Dismiss' }).click();
  await expect(page.getByTestId('library-removed')).toHaveCount(0);
  await page.reload();
  await expect(page.getByTestId('backend-badge')).toBeVisible({ timeout: 90_000 });
  await expect(cells()).toHaveCount(12);
  await expect(headers.filter({ hasText: 'harbour.pdf' })).toHaveCount(0);
  // The viewer still shows its own copy of the document; the questions asked about it are gone.
  await expect(page.getByTestId('document-source')).toContainText('harbour.pdf');
  await expect(history).toHaveText('History (0 questions)');
  expect(Object.keys(await storedTexts(page))).not.toContain('harbour.pdf');
});
