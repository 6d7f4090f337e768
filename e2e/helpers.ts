import { expect, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';

export const FIXTURES = resolve(import.meta.dirname, '../fixtures/models');
export const SCREENSHOTS = resolve(import.meta.dirname, '../test-results/screenshots');

export const ORACLE_DOC = 'The cat sat on the mat. Then Zébra ran far, past the river — omega! More words follow here.';
export const ORACLE_ANSWER = 'Zébra ran far, past the river — omega';

/** Opens the app with a fixture model and waits until it is ready. */
export async function openWithModel(page: Page, params: Record<string, string>): Promise<void> {
  const query = new URLSearchParams({ autoload: '1', ...params });
  await page.goto(`./?${query}`);
  await expect(page.getByTestId('backend-badge')).toBeVisible({ timeout: 90_000 });
}

export async function ask(page: Page, question: string, document?: string): Promise<void> {
  if (document !== undefined) await page.getByLabel('Document', { exact: true }).fill(document);
  await page.getByLabel('Question', { exact: true }).fill(question);
  await page.getByLabel('Question', { exact: true }).press('Enter');
}

export async function expectTopAnswer(page: Page, text: string): Promise<void> {
  await expect(page.getByTestId('answer').first()).toContainText(text);
  await expect(page.locator('mark[data-testid="answer-highlight"][data-rank="1"]')).toHaveText(text);
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: resolve(SCREENSHOTS, `${name}.png`), fullPage: true });
}
