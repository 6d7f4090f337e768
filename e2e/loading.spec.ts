import { expect, test } from './csp';
import { resolve } from 'node:path';
import { ask, expectTopAnswer, FIXTURES, ORACLE_ANSWER, ORACLE_DOC, screenshot } from './helpers';

test('shows per-file download progress and load phases', async ({ page }) => {
  // Hold the weights back until the in-between states have been seen.
  let release!: () => void;
  const held = new Promise<void>((r) => (release = r));
  await page.route('**/onnx/*.onnx', async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('./?url=/fixtures/models/oracle/&backend=wasm&autoload=1');
  await expect(page.getByTestId('load-phase')).toBeVisible();
  await expect(page.locator('[data-testid="download-progress"][data-file="tokenizer.json"]')).toBeVisible();
  await screenshot(page, 'loading');
  release();
  await expect(page.getByTestId('backend-badge')).toBeVisible({ timeout: 60_000 });
});

test('loads a model folder picked with the file picker', async ({ page }) => {
  await page.goto('./');
  await page.getByRole('button', { name: 'Choose another model' }).click(); // The picker is folded on the first screen.
  await page.getByTestId('model-folder-input').setInputFiles(resolve(FIXTURES, 'oracle'));
  await page.locator('summary', { hasText: 'Advanced' }).click(); // Backend is behind a disclosure.
  await page.getByLabel('Backend').selectOption('wasm');
  await page.getByRole('button', { name: 'Load model' }).click();
  await expect(page.getByTestId('backend-badge')).toBeVisible({ timeout: 60_000 });
  await ask(page, 'Who ran far?', ORACLE_DOC);
  await expectTopAnswer(page, ORACLE_ANSWER);
});

for (const [name, message] of [
  ['classifier', /start_logits/],
  ['no-tokenizer', /tokenizer\.json/],
  ['wrong-type', /gpt2/],
  ['truncated', /could not be loaded/],
] as const) {
  test(`a broken model folder (${name}) shows a specific error`, async ({ page }) => {
    await page.goto('./');
    await page.getByRole('button', { name: 'Choose another model' }).click();
    await page.getByTestId('model-folder-input').setInputFiles(resolve(FIXTURES, 'broken', name));
    await page.locator('summary', { hasText: 'Advanced' }).click(); // Backend is behind a disclosure.
    await page.getByLabel('Backend').selectOption('wasm');
    await page.getByRole('button', { name: 'Load model' }).click();
    const error = page.getByTestId('error');
    await expect(error).toBeVisible({ timeout: 60_000 });
    await expect(error).toContainText(message);
    await expect(error).toBeFocused(); // Where the eye is: under the Load button, and read from there.
    if (name === 'classifier') await screenshot(page, 'broken-model-error');
  });
}
