import { expect, test } from './csp';
import { readFileSync } from 'node:fs';
import { SQUAD_SAMPLE } from '../scripts/fixtures/data-paths';
import { openWithModel, screenshot } from './helpers';

const SQUAD = process.env.SQUAD_SAMPLE ?? SQUAD_SAMPLE;

test('evaluates SQuAD in the browser: metrics, misses that open the paragraph, predictions.json', async ({ page }) => {
  await openWithModel(page, { url: '/fixtures/models/tiny-random/', backend: 'wasm' });
  await page.getByTestId('eval-file-input').setInputFiles(SQUAD);
  await page.getByLabel('Question limit').fill('20');
  await page.getByRole('button', { name: 'Evaluate' }).click();

  const metrics = page.getByTestId('eval-metrics');
  await expect(metrics).toBeVisible({ timeout: 60_000 });
  await expect(metrics).toContainText('EM');
  await expect(metrics).toContainText('F1');
  await expect(metrics).toContainText('HasAns');

  const miss = page
    .getByTestId('eval-miss')
    .filter({ hasNot: page.locator('em') })
    .first();
  await expect(miss).toBeVisible();
  const predicted = (await miss.locator('td').nth(2).innerText()).trim();
  await miss.getByRole('button', { name: /Show the paragraph/ }).click();
  await expect(page.getByTestId('document-view').locator('mark[data-rank="1"]')).toHaveText(predicted);
  await screenshot(page, 'evaluate');

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download predictions.json' }).click();
  const predictions = JSON.parse(readFileSync(await (await download).path(), 'utf8'));
  const ids = JSON.parse(readFileSync(SQUAD, 'utf8')).data[0].paragraphs.flatMap((p: { qas: Array<{ id: string }> }) =>
    p.qas.map((q) => q.id),
  );
  expect(Object.keys(predictions)).toEqual(ids.slice(0, 20));
});
