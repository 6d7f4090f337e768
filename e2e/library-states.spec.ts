import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { OCR_SCANS, SCAN_ANSWER, ensureOcrScans } from '../scripts/fixtures/ocr-scans';
import { expectNoViolations } from './axe';
import { expect, test } from './csp';
import { letters } from './documents-helpers';
import { screenshot, SCREENSHOTS } from './helpers';
import { askLibrary, library, libraryRows } from './library-helpers';
import { ORACLE } from './reliability-helpers';
import { sharedModelPage } from './shared-page';

/**
 * The library's other states, as a user meets them: an answer from a scanned image (opened on its
 * page at the mark), "Read the rest" after an early stop, the failures banner and the removed
 * document's Undo, each reached by keyboard and clean under axe, light and dark, desktop and phone.
 */
const shared = sharedModelPage({ url: ORACLE, backend: 'wasm', threads: '2' });
let page: Page;
test.beforeAll(() => ensureOcrScans());
test.beforeEach(() => {
  page = shared();
});

const QUESTION = 'What crossed the river on Tuesday?';

/** Tabs forward from `from` until `target` has focus; fails after `max` presses. */
async function tabTo(from: Locator, target: Locator, max = 40): Promise<void> {
  await from.focus();
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  await expect(target).toBeFocused();
}

/** axe light and dark, and the page's width at 390 px: nothing wider than the phone. */
async function checkState(state: string, shot?: string): Promise<void> {
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await expectNoViolations(page, `${state}, ${scheme}`);
    if (shot) await screenshot(page, `${shot}-1280x800-${scheme}`);
  }
  await page.setViewportSize({ width: 390, height: 844 });
  expect(
    await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
    `${state}: page wider than 390 px`,
  ).toBeLessThanOrEqual(0);
  expect(await library(page).evaluate((el) => el.scrollWidth - el.clientWidth), `${state}: library cut off at 390 px`).toBeLessThanOrEqual(
    0,
  );
  await expectNoViolations(page, `${state}, phone, dark`);
  if (shot) await screenshot(page, `${shot}-390x844-dark`);
  // The library card alone too, at the phone's width: the full page makes its text too small to judge.
  if (shot) await library(page).screenshot({ path: resolve(SCREENSHOTS, `${shot}-390x844-dark-library.png`) });
  await page.emulateMedia({ colorScheme: 'light' });
  await page.setViewportSize({ width: 1280, height: 800 });
}

test('an answer from a scanned image in the library names its page and opens the page view at the mark', async () => {
  await page.getByTestId('library-file-input').setInputFiles([
    { name: 'scan-letter.png', mimeType: 'image/png', buffer: readFileSync(OCR_SCANS.png.file) },
    // Long, with no answer: many passages, so a confident stop leaves some unread.
    { name: 'diary.txt', mimeType: 'text/plain', buffer: Buffer.from('The keepers fed the animals and mended the fence. '.repeat(3000)) },
  ]);
  await expect(libraryRows(page)).toHaveCount(2, { timeout: 120_000 });
  // The scan's page is a page of an image, not of a PDF.
  await expect(page.getByTestId('library-usage')).toHaveText(/^2 documents · [\d.]+ kB/);
  await expect(page.getByTestId('library-usage')).not.toContainText('PDF page');
  await askLibrary(page, QUESTION);
  const top = page.getByTestId('library-answer').first();
  await expect(top.locator('.answer-text')).toHaveText(SCAN_ANSWER, { timeout: 60_000 });
  await expect(top.getByTestId('library-answer-source')).toContainText('scan-letter.png, p. 1');
  // A one-question grid beside the answers, for the screenshots of both.
  await page.getByLabel('Questions, one per line').fill(QUESTION);
  await page.getByRole('button', { name: 'Fill the grid (1 × 2)' }).click();
  await expect(page.getByTestId('grid-status')).toHaveText('2 of 2 cells', { timeout: 120_000 });
  await checkState('a library answer from a scanned image, and a grid', 'library-scan-answer');
  await top.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('document-source')).toContainText('scan-letter.png');
  // The page view, at the mark: the recognised words' boxes over the image, focus on the chosen one.
  await expect(page.getByTestId('page-view')).toBeVisible();
  await expect(page.locator('.image-page')).toHaveAttribute('data-ready', 'true');
  const marks = page.locator('[data-testid="page-highlight"][data-rank="1"]');
  expect(letters((await marks.evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.text))).join(''))).toBe(letters(SCAN_ANSWER));
  await expect(page.locator('[data-testid="page-highlight"][data-rank="1"]').first()).toBeFocused();
});

test('"Read the rest" after a confident stop in the library: reached by keyboard, reads the rest', async () => {
  const stop = page.getByTestId('stop-when-confident');
  await page.locator('.reading-options summary').click();
  await stop.check();
  await askLibrary(page, QUESTION);
  const readRest = library(page).getByRole('button', { name: /^Read the rest \(\d+ passages\)$/ });
  await expect(readRest).toBeVisible({ timeout: 60_000 });
  await expect(page.getByTestId('library-status')).toContainText('stopped when confident');
  await checkState('library stopped early, with Read the rest', 'library-read-rest');
  await tabTo(library(page).getByLabel('Ask the library'), readRest);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('library-status')).toHaveText(/^\d+ answers from 2 documents \((\d+) of \1 passages read\)\.$/, {
    timeout: 120_000,
  });
  await expect(readRest).toHaveCount(0);
  await stop.uncheck();
});

test('the failures banner and the removed document’s Undo: reached by keyboard, axe clean, Undo from the keyboard', async () => {
  await page.getByTestId('library-file-input').setInputFiles([
    { name: 'broken.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.7 not really a pdf') },
    { name: 'fine.txt', mimeType: 'text/plain', buffer: Buffer.from('A fine short text.', 'utf8') },
  ]);
  const failures = page.getByTestId('library-failures');
  await expect(failures).toContainText('broken.pdf');
  await expect(libraryRows(page)).toHaveCount(3);
  await checkState('library failures banner', 'library-failures');
  const dismissFailures = failures.getByRole('button', { name: 'Dismiss' });
  await tabTo(library(page).getByRole('button', { name: 'Paste as new document' }), dismissFailures);
  await page.keyboard.press('Enter');
  await expect(failures).toHaveCount(0);

  // Remove by keyboard: the row goes with its button, so focus moves to Undo, and Enter brings it back.
  const remove = library(page).getByRole('button', { name: 'Remove fine.txt' });
  await remove.focus();
  await page.keyboard.press('Enter');
  const removed = page.getByTestId('library-removed');
  await expect(removed).toContainText('fine.txt');
  await expect(removed.getByRole('button', { name: 'Undo' })).toBeFocused();
  await checkState('removed document with Undo', 'library-removed');
  await removed.getByRole('button', { name: 'Undo' }).focus();
  await page.keyboard.press('Enter');
  await expect(libraryRows(page)).toHaveCount(3);
  await expect(library(page).getByRole('list', { name: 'Documents in the library' })).toBeFocused();
});
