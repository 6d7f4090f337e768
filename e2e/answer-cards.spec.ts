import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Download, Locator, Page } from '@playwright/test';
import { expect, test } from './csp';
import { ask, openWithModel, screenshot } from './helpers';

/**
 * Answer cards (issue 21, item 8): the answer once, Copy and "Score details" right under it, the
 * variants under 3% counted behind their own fold, a confidence for "no answer", and exports that
 * name the model, its weights, the backend and the app's version.
 */
const ORACLE = { url: '/fixtures/models/oracle/', backend: 'wasm', threads: '1' };
// Two "omega"s: the oracle's spans to either are equally likely, so the longer one is a variant
// with a real share (~50%), and the dozen spans around them are each well under 1%.
const TWO_ENDS = 'Then zebra ran to the omega gate and on past the omega sign. The end.';
const ANSWER = 'zebra ran to the omega';
// Neither marker word: the oracle's [CLS] wins, i.e. "no answer".
const NO_MARKERS = 'The cat sat on the mat. Nothing else happens here.';

const history = (page: Page) => page.getByTestId('history');
const firstCard = (page: Page) => page.getByTestId('answer').first();
const percent = (s: string) => (s.includes('<1%') ? 0 : Number(s.match(/(\d+)%/)![1]) / 100);

/** Asks, waiting for the question to finish: it is in the history only then. */
async function askAndWait(page: Page, question: string, text: string, count: number): Promise<void> {
  if (count > 1) await page.getByRole('button', { name: 'Edit', exact: true }).click();
  await ask(page, question, text);
  await expect(history(page).locator('summary')).toHaveText(`History (${plural(count)})`);
}
const plural = (n: number) => `${n} question${n === 1 ? '' : 's'}`;

async function expectNoViolations(page: Page, state: string): Promise<void> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const found = result.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(found, `axe violations in state "${state}"`).toEqual([]);
}

async function saved(page: Page, button: string): Promise<string> {
  const [download]: [Download, void] = await Promise.all([
    page.waitForEvent('download'),
    history(page).getByRole('button', { name: button }).click(),
  ]);
  return readFile(await download.path(), 'utf8');
}

const top = async (l: Locator) => (await l.boundingBox())!.y;

test('the answer reads once; Copy and Score details sit under it; variants under 3% are only counted until asked for', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await openWithModel(page, ORACLE);
  await askAndWait(page, 'Who ran?', TWO_ENDS, 1);
  const card = firstCard(page);
  const link = card.getByRole('link');

  // Once: the title holds the answer, the snippet around it marks where it was without repeating it.
  await expect(card.locator('.answer-text').first()).toHaveText(ANSWER);
  const snippet = card.getByTestId('answer-snippet');
  await expect(snippet).toHaveText('Then answer gate and on past the omega sign. The end.', { ignoreCase: true });
  await expect(snippet).not.toContainText(ANSWER);
  await expect(link).toHaveAccessibleName(new RegExp(`^[^]*${ANSWER}(?![^]*${ANSWER})[^]*Confidence 100%$`));
  // No information lives in a mouse-only tooltip.
  await expect(page.locator('.answers-card [title]')).toHaveCount(0);

  // Copy and Score details come right after the answer, before its variants.
  const copy = card.getByRole('button', { name: /^Copy/ });
  const toggle = card.getByRole('button', { name: 'Score details for answer 1' });
  const linkBox = (await link.boundingBox())!;
  expect((await top(copy)) - (linkBox.y + linkBox.height)).toBeLessThan(24);
  const variants = card.getByTestId('answer-alternatives');
  expect(await top(variants)).toBeGreaterThan(await top(copy));
  // Relative to the answer's link: focusing scrolls the page.
  const copyAt = (await top(copy)) - (await top(link));

  // Score details by keyboard: Copy → Score details; Enter opens it, Space closes it.
  await copy.focus();
  await page.keyboard.press('Tab');
  await expect(toggle).toBeFocused();
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  const details = card.getByTestId('score-details');
  await expect(details).toBeHidden();
  await page.keyboard.press('Enter');
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  await expect(details).toBeVisible();
  await expect(details).toContainText('Confidence: 100%');
  await expect(details).toContainText(/Score in its passage: \d+%/);
  await expect(details).toContainText(/Start and end logits: -?\d+\.\d\d and -?\d+\.\d\d/);
  await expect(details).toContainText('its overlapping variants included');
  await page.keyboard.press('Space');
  await expect(details).toBeHidden();
  await page.keyboard.press('Enter');

  // Variants: those at 3% or more are listed, the rest counted behind "N more, each under 3%".
  const summary = variants.locator(':scope > summary');
  const total = Number((await summary.innerText()).match(/^(\d+) overlapping variants \(included in 100%\)$/)![1]);
  // Then the flags (issue 25): Right, Wrong, and on to the variants.
  await page.keyboard.press('Tab');
  await expect(card.getByRole('button', { name: 'Right', exact: true })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(card.getByRole('button', { name: 'Wrong — mark the right span' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(summary).toBeFocused();
  await page.keyboard.press('Enter');
  const listed = variants.locator(':scope > ul > li');
  await expect(listed.first()).toBeVisible();
  const listedShares = (await listed.allInnerTexts()).map(percent);
  expect(listedShares.length).toBeGreaterThan(0);
  for (const s of listedShares) expect(s).toBeGreaterThanOrEqual(0.03);
  const weak = variants.getByTestId('weak-variants');
  const weakSummary = weak.locator('summary');
  const weakCount = Number((await weakSummary.innerText()).match(/^(\d+) more, each under 3%$/)![1]);
  expect(listedShares.length + weakCount).toBe(total);
  await expect(weak.locator('li').first()).toBeHidden();
  await page.keyboard.press('Tab');
  await expect(weakSummary).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(weak.locator('li')).toHaveCount(weakCount);
  await expect(weak.locator('li').last()).toBeVisible();
  for (const s of (await weak.locator('li').allInnerTexts()).map(percent)) expect(s).toBeLessThan(0.03);
  // Opening the variants moves nothing above them: Copy stays where it was.
  expect((await top(copy)) - (await top(link))).toBe(copyAt);

  await expectNoViolations(page, 'answer with score details and every variant open');
  await screenshot(page, 'answer-cards-open');
});

test('"no answer" shows its confidence and score details; the exports name the model, weights, backend and app version', async ({
  page,
}) => {
  await openWithModel(page, ORACLE);
  const badgeSource = (await page.locator('.badge-source').innerText()).trim();
  expect(badgeSource).toContain('fixtures/models/oracle');
  await askAndWait(page, 'Who ran?', TWO_ENDS, 1);
  await askAndWait(page, 'Who sat?', NO_MARKERS, 2);

  const none = page.getByTestId('no-answer');
  const confidence = none.getByTestId('confidence').first();
  await expect(confidence).toHaveText(/^Confidence \d+%$/);
  const shown = percent(await confidence.innerText());
  const toggle = none.getByRole('button', { name: 'Score details for “no answer”' });
  await toggle.focus();
  await page.keyboard.press('Enter');
  const details = none.getByTestId('score-details').first();
  await expect(details).toContainText(`Confidence: ${Math.round(shown * 100)}%`);
  await expect(details).toContainText(/“No answer” score: \d+%/);
  await expect(details).toContainText(/Null odds: -?\d+\.\d\d/);
  await expectNoViolations(page, '"no answer" with its score details open');

  const model = { source: badgeSource, modelType: 'bert', weights: 'onnx/model_quantized.onnx', dtype: 'q8', backend: 'wasm' };
  const { version } = JSON.parse(await readFile(resolve(import.meta.dirname, '../package.json'), 'utf8')) as { version: string };
  await history(page).locator('summary').click();
  const json = JSON.parse(await saved(page, 'Export JSON'));
  expect(json.app).toEqual({ version });
  expect(json.entries.map((e: { question: string; model: unknown }) => [e.question, e.model])).toEqual([
    ['Who ran?', model],
    ['Who sat?', model],
  ]);
  // The export's "no answer" confidence is the one the card shows.
  expect(Math.round(json.entries[1].noAnswerConfidence * 100)).toBe(Math.round(shown * 100));

  const csv = (await saved(page, 'Export CSV')).replace(/^\uFEFF/, '').split('\r\n');
  const columns = ['model', 'model_type', 'weights', 'dtype', 'backend', 'app_version'];
  expect(csv[0].split(',').slice(-6)).toEqual(columns);
  // The source has no comma or quote, so a plain split reads its fields.
  const rows = csv.slice(1, -1).map((r) => r.split(',').slice(-6));
  expect(rows.length).toBeGreaterThan(1);
  for (const r of rows) expect(r).toEqual([model.source, 'bert', 'onnx/model_quantized.onnx', 'q8', 'wasm', version]);

  // Shown again from the history after a reload (its text is the current one), the figures were kept.
  await page.reload();
  await expect(page.getByTestId('backend-badge')).toBeVisible({ timeout: 90_000 });
  await history(page).locator('summary').click();
  await history(page).getByTestId('history-entry').filter({ hasText: 'Who sat?' }).click();
  await expect(none.getByTestId('confidence').first()).toHaveText(`Confidence ${Math.round(shown * 100)}%`);
  await none.getByRole('button', { name: 'Score details for “no answer”' }).click();
  await expect(details).toContainText(/Null odds: -?\d+\.\d\d/);
  await none.getByText('Show low-confidence guesses').click();
  const guess = page.getByTestId('answer-guess').first();
  await guess.getByRole('button', { name: 'Score details for answer 1' }).click();
  await expect(guess.getByTestId('score-details')).toContainText(/Start and end logits: -?\d+\.\d\d and -?\d+\.\d\d/);
});

test('screenshots and axe: answer cards at 1280×800 and 390×844 (touch), light and dark', async ({ browser }) => {
  const variants = [
    { name: 'wide', viewport: { width: 1280, height: 800 }, touch: false },
    { name: 'phone', viewport: { width: 390, height: 844 }, touch: true },
  ];
  for (const v of variants)
    for (const colorScheme of ['light', 'dark'] as const) {
      const context = await browser.newContext({
        viewport: v.viewport,
        colorScheme,
        hasTouch: v.touch,
        isMobile: v.touch,
        baseURL: test.info().project.use.baseURL,
      });
      const page = await context.newPage();
      const name = `answer-cards-${v.name}-${colorScheme}`;
      await openWithModel(page, ORACLE);
      await askAndWait(page, 'Who ran?', TWO_ENDS, 1);
      const card = firstCard(page);
      const toggle = card.getByRole('button', { name: 'Score details for answer 1' });
      // On the phone by touch: a tooltip could never be reached this way.
      await (v.touch ? toggle.tap() : toggle.click());
      await expect(toggle).toHaveAttribute('aria-expanded', 'true');
      await card.getByTestId('answer-alternatives').locator(':scope > summary').click();
      await card.getByTestId('weak-variants').locator('summary').click();
      await card.scrollIntoViewIfNeeded();
      await expectNoViolations(page, `${name}: answer cards open`);
      await screenshot(page, name);
      await card.screenshot({ path: resolve(import.meta.dirname, `../test-results/screenshots/${name}-card.png`) });

      await askAndWait(page, 'Who sat?', NO_MARKERS, 2);
      const none = page.getByTestId('no-answer');
      await (v.touch
        ? none.getByRole('button', { name: /^Score details/ }).tap()
        : none.getByRole('button', { name: /^Score details/ }).click());
      await expectNoViolations(page, `${name}: no answer`);
      await none.screenshot({ path: resolve(import.meta.dirname, `../test-results/screenshots/${name}-no-answer.png`) });
      await context.close();
    }
});
