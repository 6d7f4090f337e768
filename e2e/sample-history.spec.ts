import { readFile } from 'node:fs/promises';
import type { Download, Page } from '@playwright/test';
import { expect, test } from './csp';
import { ask, ORACLE_ANSWER, ORACLE_DOC, openWithModel } from './helpers';
import { parseCsv } from './csv';

// The example's precache check needs the service worker (the config blocks it elsewhere).
test.use({ serviceWorkers: 'allow' });

/** "Try an example", the history of a document's questions, Copy and the JSON/CSV exports (issue 15, items 3 and 7). */
const ORACLE = { url: '/fixtures/models/oracle/', backend: 'wasm', threads: '1' };
const documentBox = (page: Page) => page.getByLabel('Document', { exact: true });
const questionBox = (page: Page) => page.getByLabel('Question', { exact: true });
const history = (page: Page) => page.getByTestId('history');

async function saved(page: Page, button: string): Promise<{ name: string; text: string }> {
  const [download]: [Download, void] = await Promise.all([
    page.waitForEvent('download'),
    history(page).getByRole('button', { name: button }).click(),
  ]);
  return { name: download.suggestedFilename(), text: await readFile(await download.path(), 'utf8') };
}

test('first run: "Try an example" fills the document with attribution and question chips; a chip asks once a model is ready', async ({
  page,
  context,
}) => {
  const requested: string[] = [];
  context.on('request', (r) => requested.push(r.url()));
  await page.goto('./');
  const offer = page.getByTestId('sample-offer');
  await expect(offer).toBeVisible();
  await offer.getByRole('button', { name: 'Try an example' }).click();

  await expect(documentBox(page)).toHaveValue(/^The Normans \(Norman: Nourmands/);
  // The next step is a question: focus is in the question box, with the example's questions by it.
  await expect(questionBox(page)).toBeFocused();
  const attribution = page.getByTestId('sample-attribution');
  await expect(attribution).toContainText('Wikipedia');
  await expect(attribution).toContainText('CC BY-SA 4.0');
  await expect(attribution.getByRole('link', { name: '“Normans”' })).toHaveAttribute('href', 'https://en.wikipedia.org/wiki/Normans');
  await expect(offer).toBeHidden(); // The document is no longer empty: nothing offers to replace it.
  const chips = page.getByTestId('sample-questions').getByRole('button');
  await expect(chips).toHaveCount(6);

  // No model yet: the chip fills the question and the blocked reason says what to do.
  await chips.filter({ hasText: 'Who was the Norse leader?' }).click();
  await expect(questionBox(page)).toHaveValue('Who was the Norse leader?');
  await expect(page.getByText('Load a model first (under Model), then ask.')).toBeVisible();

  // The example is saved like pasted text: it is still there, still the example, after loading a model (a reload).
  await openWithModel(page, ORACLE);
  await expect(documentBox(page)).toHaveValue(/^The Normans/);
  await expect(page.getByTestId('sample-attribution')).toContainText('CC BY-SA 4.0');
  // The oracle finds "no answer" in any text without its marker words; without that option it still ranks spans.
  await page.getByLabel(/Allow “no answer”/).uncheck();
  await chips.filter({ hasText: 'When was the Duchy of Normandy founded?' }).click();
  await expect(questionBox(page)).toHaveValue('When was the Duchy of Normandy founded?');
  await expect(page.getByTestId('answer').first()).toBeVisible();
  await expect(page.locator('mark[data-testid="answer-highlight"][data-rank="1"]')).toBeVisible();

  // The example is part of the precached shell, so it opens offline too.
  const precached = await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    const urls: string[] = [];
    for (const name of await caches.keys()) for (const r of await (await caches.open(name)).keys()) urls.push(r.url);
    return urls;
  });
  expect(precached.some((u) => /\/assets\/sample-document-[\w-]+\.js/.test(u))).toBe(true);
  // Nothing of the example comes from elsewhere: its links are only followed if the user clicks them.
  const origin = new URL(page.url()).origin;
  expect(requested.filter((u) => !u.startsWith(`${origin}/`) && !u.startsWith('blob:') && !u.startsWith('data:'))).toEqual([]);
  expect(requested.some((u) => /\/assets\/sample-document-[\w-]+\.js/.test(u))).toBe(true);
});

test('history survives a reload and re-shows answers; Copy writes the answer with its sentence; the exports parse', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openWithModel(page, ORACLE);
  const first = 'Who ran, "far"?';
  await ask(page, first, ORACLE_DOC);
  await expect(page.getByTestId('answer').first()).toContainText(ORACLE_ANSWER);
  // Edited, the document keeps its history; the first question is then about an earlier version of the text.
  const edited = `${ORACLE_DOC} Added later.`;
  await page.getByRole('button', { name: 'Edit', exact: true }).click();
  await ask(page, 'Who ran?', edited);
  await expect(page.getByTestId('answer').first()).toContainText(ORACLE_ANSWER);
  await expect(history(page).locator('summary')).toHaveText('History (2 questions)');

  await page.reload();
  await expect(page.getByTestId('backend-badge')).toBeVisible({ timeout: 90_000 });
  await history(page).locator('summary').click();
  const entries = history(page).getByTestId('history-entry');
  await expect(entries).toHaveCount(2);
  await expect(entries.nth(0)).toContainText('Who ran?');
  await expect(entries.nth(0)).not.toContainText('earlier version');
  await expect(entries.nth(1)).toContainText(first);
  await expect(entries.nth(1)).toContainText(ORACLE_ANSWER);
  await expect(entries.nth(1)).toContainText('earlier version of the text');

  // The text is unchanged: its answers come back as they were, highlighted, without asking again.
  await entries.nth(0).click();
  await expect(questionBox(page)).toHaveValue('Who ran?');
  await expect(page.locator('mark[data-testid="answer-highlight"][data-rank="1"]')).toHaveText(ORACLE_ANSWER);
  await expect(entries).toHaveCount(2);

  await page.getByTestId('answer').first().getByRole('button', { name: /^Copy/ }).click();
  await expect(page.getByTestId('answer').first().getByTestId('copy-status')).toContainText('Copied');
  const clip = await page.evaluate(() => navigator.clipboard.readText());
  expect(clip).toBe(`Q: Who ran?\nA: ${ORACLE_ANSWER} (${clip.match(/\((\d+%)\)/)?.[1]})\n“Then ${ORACLE_ANSWER}!”\n— Pasted text`);

  const json = await saved(page, 'Export JSON');
  expect(json.name).toMatch(/^Pasted-text-questions-\d{4}-\d\d-\d\d\.json$/);
  const data = JSON.parse(json.text);
  expect(data.document).toEqual({ title: 'Pasted text', kind: 'text', characters: edited.length });
  expect(data.entries.map((e: { question: string; textChanged: boolean }) => [e.question, e.textChanged])).toEqual([
    [first, true],
    ['Who ran?', false],
  ]);
  const top = data.entries[0].answers[0];
  expect(ORACLE_DOC.slice(top.start, top.end)).toBe(ORACLE_ANSWER);
  expect(top).toMatchObject({ rank: 1, text: ORACLE_ANSWER, context: `Then ${ORACLE_ANSWER}!` });

  const csv = await saved(page, 'Export CSV');
  expect(csv.name).toMatch(/\.csv$/);
  const rows = parseCsv(csv.text.replace(/^\uFEFF/, ''));
  expect(rows[0]).toEqual([
    ...['asked_at', 'question', 'rank', 'answer', 'confidence', 'score', 'start', 'end', 'context', 'no_answer'],
    ...['model', 'model_type', 'weights', 'dtype', 'backend', 'app_version'],
  ]);
  const row = rows.find((r) => r[1] === first && r[2] === '1');
  expect(row?.slice(3, 4)).toEqual([ORACLE_ANSWER]); // A comma and a quote, in quoted fields, read back intact.
  expect(Number(row?.[6])).toBe(top.start);
  expect(csv.text).toContain('"Who ran, ""far""?"');

  // A refused clipboard is said, not swallowed.
  await page.evaluate(() => {
    Object.defineProperty(navigator, 'clipboard', {
      value: { writeText: () => Promise.reject(new DOMException('Denied', 'NotAllowedError')) },
    });
  });
  await page.getByTestId('answer').first().getByRole('button', { name: /^Copy/ }).click();
  await expect(page.getByTestId('answer').first().getByTestId('copy-status')).toContainText("The browser didn't allow copying.");

  // The text changed since the first question: picked, it is asked again about the text as it is.
  await entries.nth(1).click();
  await expect(history(page).getByText('The text changed since this question was asked, so it was asked again.')).toBeVisible();
  await expect(entries).toHaveCount(3);
  await expect(entries.nth(0)).toContainText(first);
  await expect(entries.nth(0)).not.toContainText('earlier version');

  // Clear forgets the document and its history, for good.
  await page.getByRole('button', { name: 'Clear' }).click();
  await expect(history(page).locator('summary')).toHaveText('History (0 questions)');
  await page.reload();
  await expect(page.getByTestId('sample-offer')).toBeVisible();
  await expect(history(page).locator('summary')).toHaveText('History (0 questions)');
});
