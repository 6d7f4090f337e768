import { expect, test } from './csp';
import { ask, expectTopAnswer, screenshot } from './helpers';
import { sharedModelPage } from './shared-page';

/** ~12k words with the oracle's markers deep inside: many windows, so progress and cancel are visible. */
function longDocument(): { text: string; answer: string } {
  const words = ['alpha', 'river', 'stone', 'green', 'market', 'north', 'paper', 'silver'];
  const filler = (n: number, seed: number) => Array.from({ length: n }, (_, i) => words[(i * 7 + seed) % words.length]).join(' ');
  const answer = 'Zebra crossed the old bridge at omega';
  return { text: `${filler(9000, 1)}. ${answer}. ${filler(3000, 3)}.`, answer };
}

// One page, the model loaded once; each test starts from an empty document with no answers.
const sharedPage = sharedModelPage({ url: '/fixtures/models/oracle/', backend: 'wasm', threads: '1' });

test.beforeEach(async () => {
  const page = sharedPage();
  // The last test's question has settled (its answer may show before the last passage is read).
  await expect(page.getByTestId('infer-progress')).toBeHidden();
  const clear = page.getByRole('button', { name: 'Clear', exact: true });
  if (await clear.isEnabled()) await clear.click();
  await expect(page.getByLabel('Document', { exact: true })).toHaveValue('');
  await expect(page.getByTestId('answer')).toHaveCount(0);
});

test('answers progressively over a long document and finds the span', async () => {
  const page = sharedPage();
  const { text, answer } = longDocument();
  await ask(page, 'What crossed the bridge?', text);
  await expect(page.getByTestId('infer-progress')).toContainText(/Read \d+ of \d+ passages, most relevant first/);
  await screenshot(page, 'long-document-progress');
  await expectTopAnswer(page, answer);
});

test('Cancel stops a long question and the next one still works', async () => {
  const page = sharedPage();
  const { text, answer } = longDocument();
  await ask(page, 'What crossed the bridge?', text);
  await expect(page.getByTestId('infer-progress')).toBeVisible();
  await page.getByRole('button', { name: 'Cancel' }).click();
  // The Cancel button goes with the reading: focus moves to what was found so far, not to the page.
  await expect(page.getByRole('region', { name: 'Answers' })).toBeFocused();
  await expect(page.getByTestId('infer-progress')).toBeHidden();
  await expect(page.getByLabel('Document', { exact: true })).toHaveValue(text);
  await ask(page, 'What crossed the bridge?');
  await expectTopAnswer(page, answer);
});

test('"Stop reading when confident" stops after a few passages, and "Read the rest" reads the others', async () => {
  const page = sharedPage();
  const { text, answer } = longDocument();
  await page.getByText('Reading options').click();
  await page.getByTestId('stop-when-confident').check();
  await ask(page, 'What crossed the bridge?', text);
  // The passage with "crossed" and "bridge" is read first; the oracle is sure of its span there.
  await expect(page.getByTestId('stopped-early')).toContainText(/Stopped after 3 of \d+ passages/);
  await expectTopAnswer(page, answer);
  await screenshot(page, 'long-document-stopped-early');
  await page.getByRole('button', { name: 'Read the rest' }).click();
  await expect(page.getByTestId('stopped-early')).toBeHidden();
  await expect(page.getByTestId('infer-progress')).toBeHidden();
  // The final count (of the answers shown; folded weaker guesses are named apart), no longer "Best so far".
  await expect(page.locator('.answers-heading')).toHaveText(/^\d+ answers?( \(\d+ weaker guess(es)? hidden\))?$/);
  await expectTopAnswer(page, answer);
  // The choice is remembered.
  await page.reload();
  await page.getByText('Reading options').click();
  await expect(page.getByTestId('stop-when-confident')).toBeChecked();
});
