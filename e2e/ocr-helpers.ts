import { expect, type Page } from '@playwright/test';
import { SCAN_ANSWER } from '../scripts/fixtures/ocr-scans';
import { expectTopAnswer } from './helpers';
import { askQuestion, display, letters } from './documents-helpers';

/**
 * The oracle's answer from a scanned page of a PDF: found there (marked as OCR text), opened on its
 * page, and lit over the words text recognition read.
 */
export async function expectScanAnswerLit(page: Page, pageNumber: number, pageCount: number): Promise<void> {
  await askQuestion(page, 'What crossed the river?');
  await expectTopAnswer(page, SCAN_ANSWER);
  await expect(page.getByTestId('answer').first().getByTestId('answer-page')).toHaveText(`p. ${pageNumber} · recognised text (OCR)`);
  await page.getByTestId('answer').first().getByRole('link').click();
  await display(page, 'Page').click();
  await expect(page.getByTestId('page-number')).toHaveText(`Page ${pageNumber} of ${pageCount}`);
  await expect(page.locator('.pdf-page')).toHaveAttribute('data-ready', 'true');
  const boxes = page.locator('[data-testid="page-highlight"][data-rank="1"]');
  await expect(boxes.first()).toBeVisible();
  const lit = await boxes.evaluateAll((els) => els.map((el) => ({ text: el.dataset.text ?? '', ocr: el.dataset.ocr === 'true' })));
  expect(letters(lit.map((b) => b.text).join(''))).toBe(letters(SCAN_ANSWER));
  expect(lit.every((b) => b.ocr)).toBe(true);
}
