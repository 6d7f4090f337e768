import { expect, test } from './csp';
import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { SQUAD_SAMPLE } from '../scripts/fixtures/data-paths';
import { expectNoViolations } from './axe';
import { openWithModel, screenshot, SCREENSHOTS } from './helpers';

const SQUAD = process.env.SQUAD_SAMPLE ?? SQUAD_SAMPLE;
const MODEL = { url: '/fixtures/models/tiny-random/', backend: 'wasm' };
const panel = (page: Page) => page.getByRole('region', { name: 'Evaluate on SQuAD' });
const score = /^\d+\.\d%$/;

/** Every distinct text the panel's live region takes from now on, in order. */
async function recordAnnouncements(page: Page): Promise<() => Promise<string[]>> {
  await page.evaluate(() => {
    const region = document.querySelector('[data-testid="eval-announcer"]')!;
    const said: string[] = [];
    (window as unknown as { evalSaid: string[] }).evalSaid = said;
    new MutationObserver(() => {
      const text = region.textContent ?? '';
      if (text && text !== said.at(-1)) said.push(text);
    }).observe(region, { childList: true, characterData: true, subtree: true });
  });
  return () => page.evaluate(() => (window as unknown as { evalSaid: string[] }).evalSaid);
}

async function runFirst(page: Page, questions: number): Promise<void> {
  await page.getByLabel('Question limit').fill(String(questions));
  await panel(page).getByRole('button', { name: 'Evaluate' }).click();
  await expect(page.getByTestId('eval-metrics')).toBeVisible({ timeout: 60_000 });
}

test('evaluates SQuAD in the browser: metrics, misses that open the paragraph, predictions.json', async ({ page }) => {
  await openWithModel(page, MODEL);
  await page.getByTestId('eval-file-input').setInputFiles(SQUAD);
  await expect(page.getByTestId('eval-file-info')).toContainText('squad-v2-dev-sample.json');
  const said = await recordAnnouncements(page);
  await runFirst(page, 20);

  const metrics = page.getByTestId('eval-metrics');
  await expect(metrics).toContainText('EM');
  await expect(metrics).toContainText('F1');
  await expect(metrics).toContainText('HasAns');
  // A report: each score a percentage with one decimal, each with its one-line explanation.
  const em = page.getByTestId('eval-metric-em');
  const f1 = page.getByTestId('eval-metric-f1');
  await expect(em.locator('.eval-metric-value')).toHaveText(score);
  await expect(em.locator('.eval-metric-note')).toContainText('SQuAD normalisation');
  await expect(f1.locator('.eval-metric-note')).toContainText('Word overlap');
  await expect(page.getByTestId('eval-metric-has-ans')).toContainText('questions whose paragraph holds an answer');
  await expect(page.getByTestId('eval-metric-no-ans')).toContainText('rightly said “no answer”');
  await expect(page.getByTestId('eval-metric-best')).toContainText(/“no answer”/);
  await expect(page.getByTestId('eval-summary')).toHaveText(/^SQuAD 2\.0 · 20 questions · \d+ miss(es)? · /);
  // The run ended where it started: focus moves from the disabled Evaluate button to the results.
  await expect(panel(page).getByRole('heading', { name: 'Results' })).toBeFocused();

  // Spoken: the start, a few milestones (not every question), and the scores at the end.
  const emText = await em.locator('.eval-metric-value').innerText();
  const f1Text = await f1.locator('.eval-metric-value').innerText();
  await expect(page.getByTestId('eval-announcer')).toHaveText(`Evaluation done: EM ${emText}, F1 ${f1Text} on 20 questions.`);
  const spoken = await said();
  expect(spoken[0]).toMatch(/^Evaluation started: reading squad-v2-dev-sample\.json/);
  expect(spoken.at(-1)).toBe(`Evaluation done: EM ${emText}, F1 ${f1Text} on 20 questions.`);
  expect(spoken.length, spoken.join(' / ')).toBeLessThanOrEqual(7);

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

/** The sample five times over (ids made unique): a run long enough to still be going while axe looks at it. */
function longSquad(): { file: { name: string; mimeType: string; buffer: Buffer }; questions: number } {
  const sample = JSON.parse(readFileSync(SQUAD, 'utf8')) as { data: Array<{ paragraphs: Array<{ qas: Array<{ id: string }> }> }> };
  const data = [1, 2, 3, 4, 5].flatMap((copy) =>
    sample.data.map((a) => ({
      ...a,
      paragraphs: a.paragraphs.map((p) => ({ ...p, qas: p.qas.map((q) => ({ ...q, id: `${q.id}-${copy}` })) })),
    })),
  );
  const questions = data.reduce((n, a) => n + a.paragraphs.reduce((m, p) => m + p.qas.length, 0), 0);
  const buffer = Buffer.from(JSON.stringify({ ...sample, data }));
  return { file: { name: 'squad-long.json', mimeType: 'application/json', buffer }, questions };
}

test('a running and a cancelled evaluation: announced, focus kept in the panel, no axe violations', async ({ page }) => {
  await openWithModel(page, MODEL);
  const long = longSquad();
  await page.getByTestId('eval-file-input').setInputFiles(long.file);
  await panel(page).getByRole('button', { name: 'Evaluate' }).click();
  const cancel = panel(page).getByRole('button', { name: 'Cancel' });
  await expect(cancel).toBeFocused();
  const n = long.questions.toLocaleString('en-US');
  await expect(page.getByTestId('eval-announcer')).toHaveText(new RegExp(`^(Evaluating ${n} questions…|.* of ${n} questions evaluated…)$`));
  await expect(page.getByTestId('eval-progress')).toContainText(new RegExp(`[\\d,]+ / ${n} questions`));
  await expectNoViolations(page, 'evaluate running');
  await screenshot(page, 'evaluate-running');
  await expect(cancel).toBeVisible(); // Still running: the scan and the picture above saw the running state.
  await cancel.click();
  await expect(page.getByTestId('eval-announcer')).toHaveText('Evaluation cancelled.');
  await expect(panel(page).getByRole('button', { name: 'Evaluate' })).toBeFocused();
  await expectNoViolations(page, 'evaluate cancelled');
});

test('the report at 1280×800 and 390×844, light and dark: fits the phone, Show stays reachable, no axe violations', async ({ page }) => {
  await openWithModel(page, MODEL);
  await page.getByTestId('eval-file-input').setInputFiles(SQUAD);
  await runFirst(page, 20);
  const sizes = [
    { name: 'wide', width: 1280, height: 800 },
    { name: 'phone', width: 390, height: 844 },
  ];
  for (const size of sizes) {
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.setViewportSize(size);
      await page.emulateMedia({ colorScheme });
      const state = `evaluate report, ${size.name}, ${colorScheme}`;
      expect(await page.evaluate(() => document.documentElement.scrollWidth), `${state}: no sideways scroll`).toBeLessThanOrEqual(
        size.width,
      );
      await expectNoViolations(page, state);
      await screenshot(page, `evaluate-${size.name}-${colorScheme}`);
      await panel(page).screenshot({ path: resolve(SCREENSHOTS, `evaluate-panel-${size.name}-${colorScheme}.png`) });
    }
  }

  // Still on the phone: every Show button lies whole within the 390 px width, is on screen once
  // scrolled to (the check allows a sub-pixel sliver at the top or bottom edge), and works.
  const shows = panel(page).getByRole('button', { name: /^Show the paragraph/ });
  const count = await shows.count();
  expect(count).toBeGreaterThan(0);
  for (let i = 0; i < count; i++) {
    const what = `Show button ${i + 1} of ${count}`;
    await shows.nth(i).scrollIntoViewIfNeeded();
    await expect(shows.nth(i), what).toBeInViewport({ ratio: 0.9 });
    const box = (await shows.nth(i).boundingBox())!;
    expect(box.x, `${what}: left edge`).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width, `${what}: right edge`).toBeLessThanOrEqual(390);
  }
  const miss = page
    .getByTestId('eval-miss')
    .filter({ hasNot: page.locator('em') })
    .first();
  const predicted = (await miss.locator('td').nth(2).innerText()).replace(/^Predicted:\s*/, '').trim();
  await miss.getByRole('button', { name: /Show the paragraph/ }).click();
  await expect(page.getByTestId('document-view').locator('mark[data-rank="1"]')).toHaveText(predicted);
});
