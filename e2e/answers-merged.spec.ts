import { expect, test } from './csp';
import { ask, expectTopAnswer, openWithModel, ORACLE_ANSWER, ORACLE_DOC } from './helpers';

/**
 * The oracle model's n-best holds many spans around its answer ("ran far", "Zébra ran far, past…"):
 * the list shows them as one answer with its variants folded under it, never as near-duplicates.
 */
test('overlapping spans are merged into one answer, their variants listed on expand and counted in its share', async ({ page }) => {
  await openWithModel(page, { url: '/fixtures/models/oracle/', backend: 'wasm', threads: '1' });
  await ask(page, 'Who ran far?', ORACLE_DOC);
  await expectTopAnswer(page, ORACLE_ANSWER);

  // Every answer listed is a different place in the text: no two overlap.
  const spans = await page
    .getByTestId('answer')
    .evaluateAll((items) => items.map((li) => li.querySelector('.answer-text')?.textContent ?? ''));
  const at = spans.map((t) => ({ start: ORACLE_DOC.indexOf(t), end: ORACLE_DOC.indexOf(t) + t.length }));
  for (const [i, a] of at.entries()) for (const b of at.slice(i + 1)) expect(a.end <= b.start || b.end <= a.start, `${spans}`).toBe(true);

  const top = page.getByTestId('answer').first();
  const variants = top.getByTestId('answer-alternatives');
  await expect(variants.locator('summary')).toHaveText(/^\d+ overlapping variants? \(included in \d+%\)$/);
  const count = Number((await variants.locator('summary').innerText()).match(/^\d+/)![0]);
  expect(count).toBeGreaterThan(1);
  await variants.locator('summary').click();
  const texts = await variants.locator('li .answer-text').allInnerTexts();
  expect(texts).toHaveLength(count);
  // Each variant overlaps the answer it is folded under.
  const main = { start: ORACLE_DOC.indexOf(ORACLE_ANSWER), end: ORACLE_DOC.indexOf(ORACLE_ANSWER) + ORACLE_ANSWER.length };
  for (const t of texts) {
    const start = ORACLE_DOC.indexOf(t);
    expect(start >= 0 && start < main.end && start + t.length > main.start, t).toBe(true);
  }
});
