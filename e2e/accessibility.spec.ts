import { expect, test } from './csp';
import { markerPdf } from '../test/helpers/make-pdf';
import { askQuestion, display, expectOpened, MIME, openFile } from './documents-helpers';
import { SQUAD_SAMPLE } from '../scripts/fixtures/data-paths';
import { ask, ORACLE_ANSWER, ORACLE_DOC } from './helpers';
import { sharedModelPage } from './shared-page';
import { expectNoViolations } from './axe';
import { holdWorker } from './worker-hold';

const SQUAD = process.env.SQUAD_SAMPLE ?? SQUAD_SAMPLE;

test('the first run has no WCAG 2.1 AA violations', async ({ page }) => {
  await page.goto('./');
  await expect(page.getByRole('heading', { name: 'Ask your document' })).toBeVisible();
  await expectNoViolations(page, 'first run');
});

test('loading, asking (while reading) and evaluate results have no WCAG 2.1 AA violations', async ({ page, context }) => {
  // The weights are held back, so the loading state (progress, Stop loading) lasts while axe runs.
  let release = () => {};
  const held = new Promise<void>((r) => (release = r));
  await context.route('**/fixtures/models/oracle/onnx/model_quantized.onnx', async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('./?url=/fixtures/models/oracle/&backend=wasm&threads=1&autoload=1');
  await expect(page.getByRole('button', { name: 'Stop loading' })).toBeVisible();
  await expectNoViolations(page, 'loading');
  release();
  await expect(page.getByTestId('backend-badge')).toBeVisible({ timeout: 60_000 });

  // Long enough to be still reading when the worker is held; held, it stays reading while axe runs.
  await ask(page, 'Who ran?', 'Some filler words for the reader to get through. '.repeat(4000) + ORACLE_DOC);
  const cancel = page.getByRole('button', { name: 'Cancel', exact: true });
  await expect(cancel).toBeVisible();
  const worker = await holdWorker(page, context, /qa\.worker/);
  await expect(cancel).toBeVisible(); // Held while reading: axe sees the asking state.
  await expectNoViolations(page, 'asking');
  await worker.release();
  await cancel.click();

  await page.getByTestId('eval-file-input').setInputFiles(SQUAD);
  await page.getByLabel('Question limit').fill('5');
  await page.getByRole('button', { name: 'Evaluate' }).click();
  await expect(page.getByTestId('eval-metrics')).toBeVisible({ timeout: 60_000 });
  await expectNoViolations(page, 'evaluate results');
});

// One page with the oracle model loaded once, for the states after a load (in order).
test.describe('with the model loaded', () => {
  const sharedPage = sharedModelPage({ url: '/fixtures/models/oracle/', backend: 'wasm', threads: '1' });

  test('ready, answers and an error (the Evaluate panel is on the page in each) have no WCAG 2.1 AA violations', async () => {
    const page = sharedPage();
    await expectNoViolations(page, 'ready');

    await ask(page, 'Who ran?', ORACLE_DOC);
    await expect(page.getByTestId('answer').first()).toContainText(ORACLE_ANSWER);
    await expectNoViolations(page, 'answers');

    await page.getByLabel('Question', { exact: true }).fill('');
    await page.getByLabel('Question', { exact: true }).press('Enter');
    await expect(page.getByRole('alert').first()).toBeVisible();
    await expectNoViolations(page, 'error');
  });

  test('the example with its question chips, and the open history, have no WCAG 2.1 AA violations', async () => {
    const page = sharedPage();
    // The example is offered for an empty document; Clear (undoable) empties the one asked about above.
    await page.getByRole('button', { name: 'Clear' }).click();
    await page.getByRole('button', { name: 'Try an example' }).click();
    await expect(page.getByTestId('sample-questions')).toBeVisible();
    await expectNoViolations(page, 'example');

    await ask(page, 'Who ran?', ORACLE_DOC);
    await expect(page.getByTestId('answer').first()).toContainText(ORACLE_ANSWER);
    await page.getByTestId('answer').first().getByRole('button', { name: /^Copy/ }).click();
    await page.getByTestId('history').locator('summary').click();
    await expect(page.getByTestId('history-entry').first()).toContainText('Who ran?');
    await expectNoViolations(page, 'history open, answer copied');
  });

  test('a PDF in the page view has no WCAG 2.1 AA violations', async () => {
    const page = sharedPage();
    await openFile(page, 'marker.pdf', await markerPdf('line'), MIME.pdf);
    await expectOpened(page, 'marker.pdf');
    await askQuestion(page, 'Who crossed?');
    await expect(page.getByTestId('answer').first()).toBeVisible();
    await display(page, 'Page').click();
    await expect(page.locator('canvas').first()).toBeVisible();
    await expectNoViolations(page, 'page view');
  });
});
