import { expect, test } from './csp';
import { ask, expectTopAnswer, ORACLE_ANSWER, ORACLE_DOC, screenshot } from './helpers';
import { askError, modelError, ORACLE, qaWorker } from './reliability-helpers';
import { sharedModelPage } from './shared-page';

/**
 * The model worker dies; the UI must notice, say so, restart it and answer again, keeping the
 * document and question. Playwright evaluates code inside the real worker (no debug hook in the
 * app): an uncaught error (what a bug or a failed WASM abort gives, reported by an 'error' event) and
 * self.close() (a silent death, like the browser killing the worker: no event at all, only the
 * worker's Web Lock being released). A JavaScript out-of-memory in a worker takes the whole tab down
 * in Chromium (measured): nothing in the page survives that but the saved document and question,
 * which bad-input.spec.ts shows are restored on reload.
 */
const sharedPage = sharedModelPage({ url: ORACLE, backend: 'wasm', threads: '1' });

// ~48k words (hundreds of windows): still being read when the worker is killed.
const LONG_DOC = `${'alpha river stone green market north paper silver '.repeat(6000)}Zebra crossed the old bridge at omega.`;

test('an uncaught error in the worker: noticed, worker restarted and model reloaded by itself, asking works', async () => {
  const page = sharedPage();
  await ask(page, 'Who ran far?', ORACLE_DOC);
  await expectTopAnswer(page, ORACLE_ANSWER);
  const worker = await qaWorker(page);
  await worker.evaluate(() => {
    setTimeout(() => {
      throw new Error('simulated crash');
    });
  });
  const notice = page.getByTestId('notice');
  await expect(notice).toContainText('The model worker stopped: Uncaught Error: simulated crash.');
  await expect(notice).toContainText('It was restarted and the model reloaded; ask again.');
  await expect(page.getByTestId('backend-badge')).toBeVisible({ timeout: 60_000 });
  expect(page.workers().filter((w) => w.url().includes('qa.worker'))).toHaveLength(1);
  await screenshot(page, 'worker-restarted');

  await page.getByRole('button', { name: 'Edit', exact: true }).click();
  await expect(page.getByLabel('Document', { exact: true })).toHaveValue(ORACLE_DOC);
  await expect(page.getByLabel('Question', { exact: true })).toHaveValue('Who ran far?');
  await page.getByLabel('Question', { exact: true }).press('Enter');
  await expectTopAnswer(page, ORACLE_ANSWER);
});

test('a silent death in the middle of a question: the question stops with a clear error, Reload recovers', async () => {
  const page = sharedPage();
  await page.getByRole('button', { name: 'Edit', exact: true }).click();
  await ask(page, 'What crossed the bridge?', LONG_DOC);
  await expect(page.getByTestId('infer-progress')).toContainText(/Read \d+ of [\d,]+ passages/);
  const worker = await qaWorker(page);
  void worker.evaluate(() => self.close()).catch(() => {}); // It never answers: it is gone.

  // A second crash within a minute is not retried automatically (it could loop): Reload is offered.
  await expect(page.getByTestId('infer-progress')).toBeHidden();
  const error = modelError(page);
  await expect(error).toContainText('The model worker crashed.');
  await expect(error).toContainText('stopped unexpectedly');
  await expect(askError(page)).toHaveCount(0); // Said once, in the model panel.
  await expect(page.getByTestId('answer')).toHaveCount(0); // It died mid-question: no result.
  await expect(page.getByLabel('Document', { exact: true })).toHaveValue(LONG_DOC);
  await expect(page.getByLabel('Question', { exact: true })).toHaveValue('What crossed the bridge?');
  await screenshot(page, 'worker-crashed');

  await error.getByRole('button', { name: 'Reload' }).click();
  await expect(page.getByTestId('backend-badge')).toBeVisible({ timeout: 60_000 });
  await ask(page, 'Who ran far?', ORACLE_DOC); // A short one: reading 48k words again proves nothing more.
  await expectTopAnswer(page, ORACLE_ANSWER);
});
