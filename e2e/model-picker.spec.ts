import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './csp';
import { ask, expectTopAnswer, FIXTURES, ORACLE_ANSWER, ORACLE_DOC, screenshot } from './helpers';
import { modelError, ORACLE } from './reliability-helpers';

/**
 * The model picker, the folded panel and return visits. The hub cannot be reached from here, so a
 * curated hub id is served from the oracle fixture by routing huggingface.co; everything else uses
 * the fixtures the preview server serves. The service worker is not under test (offline.spec.ts).
 */

const DEFAULT_ID = 'Xenova/distilbert-base-cased-distilled-squad';
const WASM = 'backend=wasm&threads=1';

/**
 * Answers https://huggingface.co/<id>/resolve/main/<file> with a fixture's files (CORS, as the hub
 * does). layout 'root': the weights sit at the repo root, as Optimum exports them (onnx/ is a 404).
 */
async function serveHubFromFixture(page: Page, hubId: string, fixture = 'oracle', layout: 'onnx' | 'root' = 'onnx'): Promise<void> {
  const dir = resolve(FIXTURES, fixture);
  await page.route(`https://huggingface.co/${hubId}/resolve/main/**`, (route) => {
    const asked = new URL(route.request().url()).pathname.split('/resolve/main/')[1];
    const path = layout === 'onnx' ? asked : asked.startsWith('onnx/') ? '' : /\.onnx$/.test(asked) ? `onnx/${asked}` : asked;
    const file = resolve(dir, path);
    const headers = { 'access-control-allow-origin': '*' };
    if (!file.startsWith(dir) || !statSync(file, { throwIfNoEntry: false })?.isFile()) return route.fulfill({ status: 404, headers });
    return route.fulfill({ body: readFileSync(file), headers: { ...headers, 'content-type': 'application/octet-stream' } });
  });
}

const bar = (page: Page) => page.getByTestId('model-bar');
const loadButton = (page: Page) => page.getByRole('button', { name: 'Load model' });
const chooseButton = (page: Page) => page.getByRole('button', { name: 'Choose another model' });

test('a curated model loads from the hub; the panel folds into a bar, and Change opens it again', async ({ page }) => {
  await serveHubFromFixture(page, DEFAULT_ID);
  await page.goto(`./?${WASM}`);
  // The first screen names the default model, one click from loading, with the picker folded.
  const start = page.getByTestId('model-start');
  await expect(start).toContainText('DistilBERT base cased');
  await expect(start).toContainText('English · 65.8 MB');
  await expect(loadButton(page)).toBeInViewport();
  await expect(page.locator('.model-panel').getByRole('radio')).toHaveCount(0);
  await chooseButton(page).click();
  const cased = page.getByRole('radio', { name: /^DistilBERT base cased/ });
  await expect(cased).toBeChecked();
  await expect(cased).toBeFocused();
  // A model with no export the app can read is listed, and says so.
  await page.getByText('Not loadable yet').click(); // Folded until asked for.
  const later = page.getByRole('list', { name: 'Not loadable yet' });
  const large = later.locator('[data-hub-id="google-bert/bert-large-uncased-whole-word-masking-finetuned-squad"]');
  await expect(large).toContainText('BERT large');
  await expect(large).toContainText('No ONNX export');
  await expect(page.getByRole('radio', { name: /^BERT large/ })).toHaveCount(0); // Not offered as a choice.
  await expect(page.getByRole('radio', { name: /^DistilBERT base uncased/ })).toBeEnabled();
  await expect(page.locator(`[data-hub-id="${DEFAULT_ID}"]`)).toContainText('SQuAD v1.1 dev: F1 87.1, EM not stated');
  await screenshot(page, 'model-picker');

  await loadButton(page).click();
  await expect(bar(page)).toContainText('DistilBERT base cased', { timeout: 60_000 });
  await expect(page.getByTestId('backend-badge')).toContainText('WASM · 1 thread · q8');
  await expect(loadButton(page)).toHaveCount(0);
  await expect(page.locator('.model-panel').getByRole('radio')).toHaveCount(0);
  // The button that started the load is gone: focus lands on the bar's "Change", not on the page.
  const change = page.getByRole('button', { name: /^Change model/ });
  await expect(change).toBeFocused();
  await screenshot(page, 'model-bar');

  await change.click();
  await expect(cased).toBeChecked();
  await expect(cased).toBeFocused();
  await expect(loadButton(page)).toBeVisible();
  await page.getByRole('button', { name: 'Keep current model' }).click();
  await expect(bar(page)).toBeVisible();
  await expect(change).toBeFocused();

  await ask(page, 'Who ran far?', ORACLE_DOC);
  await expectTopAnswer(page, ORACLE_ANSWER);
});

test("a curated RoBERTa export in Optimum's layout (weights at the repo root) loads from the hub and answers", async ({ page }) => {
  const id = 'optimum/roberta-base-squad2';
  const asked: string[] = [];
  page.on('request', (r) => r.url().includes(id) && asked.push(new URL(r.url()).pathname.split('/resolve/main/')[1]));
  await serveHubFromFixture(page, id, 'roberta-oracle', 'root');
  await page.goto(`./?${WASM}`);
  await chooseButton(page).click();
  const roberta = page.getByRole('radio', { name: /^RoBERTa base/ });
  await expect(page.locator(`[data-hub-id="${id}"]`)).toContainText('ONNX export by Optimum');
  await roberta.check();
  await loadButton(page).click();
  await expect(bar(page)).toContainText('RoBERTa base', { timeout: 60_000 });
  await expect(page.getByTestId('backend-badge')).toContainText('model_quantized.onnx');
  // q8 in onnx/ first (404), then at the root: no fp32 download.
  expect(asked.filter((p) => p.endsWith('.onnx'))).toEqual(['onnx/model_quantized.onnx', 'model_quantized.onnx']);
  const doc = 'Die Fähre fährt stündlich. Danach kam alpha über die Straße nach München, zum Fußgänger omega; später mehr.';
  await ask(page, 'Wohin kam es?', doc);
  await expectTopAnswer(page, doc.slice(doc.indexOf('alpha'), doc.indexOf('omega') + 5));
});

test('the last model is remembered: loaded on return from the cache without a click, by ?autoload=1, or one click', async ({ page }) => {
  await page.goto(`./?url=${ORACLE}&${WASM}&autoload=1`);
  await expect(bar(page)).toContainText('oracle', { timeout: 60_000 });
  const absolute = new URL(ORACLE, page.url()).href;

  // Back without the link: the URL model, all of it in the cache, loads again by itself.
  await page.goto(`./?${WASM}`);
  await expect(bar(page)).toContainText('oracle', { timeout: 60_000 });
  await expect(page.getByTestId('backend-badge')).toContainText(absolute);
  // The picker still has it selected, not the default hub model.
  await page.getByRole('button', { name: /^Change model/ }).click();
  await expect(page.getByRole('radio', { name: /^Another model/ })).toBeChecked();
  await expect(page.getByRole('radio', { name: 'Web address' })).toBeChecked();
  await expect(page.getByLabel('Model base URL')).toHaveValue(absolute);
  await loadButton(page).click();
  await expect(bar(page)).toContainText('oracle', { timeout: 60_000 });

  // Not cached (the cache emptied): the remembered model is named on the first screen, one click away.
  await page.evaluate(async () => Promise.all((await caches.keys()).map((k) => caches.delete(k))));
  await page.goto(`./?${WASM}`);
  await expect(page.getByTestId('model-start')).toContainText('oracle');
  await expect(page.getByTestId('model-bar')).toHaveCount(0);
  await loadButton(page).click();
  await expect(bar(page)).toContainText('oracle', { timeout: 60_000 });

  await page.goto(`./?autoload=1&${WASM}`);
  await expect(bar(page)).toContainText('oracle', { timeout: 60_000 });
  await expect(page.getByTestId('backend-badge')).toContainText(absolute);

  // A folder is remembered by name: the next visit selects it and asks for it again.
  await page.getByRole('button', { name: /^Change model/ }).click();
  await page.getByRole('radio', { name: /^Another model/ }).check();
  await page.getByTestId('model-folder-input').setInputFiles(resolve(FIXTURES, 'oracle'));
  await loadButton(page).click();
  await expect(bar(page)).toContainText('oracle', { timeout: 60_000 });
  await expect(page.getByTestId('backend-badge')).not.toContainText('http'); // Named by the folder, not a URL.
  await page.goto(`./?${WASM}`);
  await expect(page.getByRole('radio', { name: 'Files on this device' })).toBeChecked();
  await expect(page.getByTestId('remembered-folder')).toContainText('oracle');
  await expect(page.getByTestId('remembered-folder')).toContainText('choose it again');
});

test('offline: a hub load names the saved models, and each loads with one click from the cache', async ({ page, context }) => {
  await page.goto(`./?url=${ORACLE}&${WASM}&autoload=1`);
  await expect(bar(page)).toContainText('oracle', { timeout: 60_000 });

  await context.setOffline(true);
  const tryHub = async () => {
    await page.getByRole('button', { name: /^Change model/ }).click();
    await page.getByRole('radio', { name: /^DistilBERT base cased/ }).check();
    await loadButton(page).click();
    await expect(modelError(page)).toContainText("The model couldn't be downloaded.", { timeout: 30_000 });
  };
  await tryHub();
  // Next to the Load button, in focus, saying each thing once: what failed, then the next step.
  await expect(modelError(page)).toBeFocused();
  expect((await modelError(page).innerText()).match(/connection/g)).toHaveLength(1);
  const help = page.getByTestId('offline-help');
  await expect(help).toContainText('You are offline');
  await expect(help.getByTestId('stored-model')).toHaveCount(1);
  await expect(help.getByTestId('stored-model')).toContainText('oracle');
  await expect(help.getByTestId('offline-folder-input')).toBeAttached();
  await screenshot(page, 'offline-hub-error');

  await help.getByRole('button', { name: 'Load saved model oracle' }).click();
  await expect(bar(page)).toContainText('oracle', { timeout: 60_000 });
  await expect(page.getByTestId('backend-badge')).toContainText('q8');
  await ask(page, 'Who ran far?', ORACLE_DOC);
  await expectTopAnswer(page, ORACLE_ANSWER);

  // The same from the "Offline models" list (with the picker), which marks the model in use.
  await tryHub();
  await chooseButton(page).click();
  const storage = page.getByTestId('storage-panel');
  await storage.locator('summary').click();
  await storage.getByRole('button', { name: 'Load saved model oracle' }).click();
  await expect(bar(page)).toContainText('oracle', { timeout: 60_000 });
  await page.getByRole('button', { name: /^Change model/ }).click();
  await page.getByTestId('storage-panel').locator('summary').click();
  await expect(page.getByTestId('storage-panel').getByTestId('stored-model')).toContainText('In use');
});
