import type { Page } from '@playwright/test';
import { BAD_INPUT_CASES, LARGE_ANSWER, largeDocument } from '../test/helpers/bad-input-corpus';
import { expect, test, watchCsp } from './csp';
import { expectTopAnswer, openWithModel, screenshot } from './helpers';
import { askError, expectResponsive, ORACLE, pasteDocument, recordLongTasks, takeLongTasks } from './reliability-helpers';

/**
 * Issue 7's bad-input corpus in the browser, on one page with the oracle model loaded once: each
 * input gets a clear message or the correct answer, the UI stays responsive, and the document and
 * question stay in place. Then a 5 MB document, and persistence across reloads with Clear.
 */
test.describe.configure({ mode: 'serial' });

let page: Page;
let csp: string[];
const dialogs: string[] = [];

test.beforeAll(async ({ browser }) => {
  const context = await browser.newContext();
  csp = await watchCsp(context);
  page = await context.newPage();
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await openWithModel(page, { url: ORACLE, backend: 'wasm', threads: '2' });
});
test.afterAll(() => page.context().close());

const documentBox = () => page.getByLabel('Document', { exact: true });
const questionBox = () => page.getByLabel('Question', { exact: true });

/** Back to the editable textarea (a finished answer switches the document to the highlighted view). */
async function editMode(): Promise<void> {
  const edit = page.getByRole('button', { name: 'Edit', exact: true });
  if ((await edit.getAttribute('aria-pressed')) !== 'true') await edit.click();
}

for (const c of BAD_INPUT_CASES) {
  test(c.name, async () => {
    await editMode();
    await documentBox().fill(c.document);
    // What the textarea holds (it normalises CR to LF): the text that must survive the question.
    const shown = await documentBox().inputValue();
    await questionBox().fill(c.question);
    await questionBox().press('Enter');

    if (c.outcome.kind === 'error') {
      await expect(askError(page)).toContainText(c.outcome.title);
    } else {
      await expectTopAnswer(page, c.outcome.answer);
      await expect(page.getByText('The question was long, so only its beginning was used.')).toHaveCount(
        c.outcome.questionTruncated ? 1 : 0,
      );
    }
    if (c.name.startsWith('HTML')) {
      // Shown as text, never parsed: no elements from the document, no dialog, no script side effect.
      const view = page.getByTestId('document-view');
      await expect(view).toContainText('<script>window.__xss = 1; alert("xss")</script><img src=x onerror="window.__xss = 2">');
      await expect(view.locator('script, img, style, b, i, p')).toHaveCount(0);
      await expect(page.getByTestId('answer').first()).toContainText('Zebra <b>bold</b> & <i>omega');
      expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
      expect(dialogs).toEqual([]);
      await screenshot(page, 'html-shown-as-text');
    }

    await expect(questionBox()).toHaveValue(c.question.replace(/[\r\n]/g, ''));
    await editMode();
    await expect(documentBox()).toHaveValue(shown);
    await expectResponsive(page);
  });
}

test('a 5 MB document: pasted, answered progressively, cancelled, shown — the UI never freezes', async () => {
  await editMode();
  await documentBox().fill('');
  const text = largeDocument();
  await recordLongTasks(page);
  const t0 = Date.now();
  expect(await pasteDocument(page, text)).toBe(true);
  // Too large to edit comfortably: shown read-only, without the textarea's multi-second layouts.
  await expect(page.getByTestId('large-document')).toBeVisible();
  await expect(page.getByTestId('document-counts')).toContainText(`${text.length.toLocaleString('en-US')} characters`);
  const pasteMs = Date.now() - t0;
  const pasteTasks = await takeLongTasks(page);

  await questionBox().fill('What crossed the bridge?');
  await questionBox().press('Enter');
  // Tokenizing 5 MB takes the worker a few seconds; then windows are read batch by batch.
  await expect(page.getByTestId('infer-progress')).toContainText(/Read \d+ of \d,\d{3} passages/, { timeout: 60_000 });
  await expect(page.getByTestId('answer').first()).toContainText(LARGE_ANSWER);
  // Typing while the model reads: every key lands promptly.
  const typed = Date.now();
  await questionBox().press('End');
  await questionBox().pressSequentially(' Now?');
  await expect(questionBox()).toHaveValue('What crossed the bridge? Now?');
  const typeMs = Date.now() - typed;
  await expectResponsive(page);
  const runTasks = await takeLongTasks(page);

  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByTestId('infer-progress')).toBeHidden();
  // Scoped locators only from here: Playwright's page-wide text search itself blocks the page for
  // seconds when it holds 5 MB of text.
  await expect(page.locator('.answers-heading')).toContainText('Cancelled: best so far');
  const viewed = Date.now();
  await page.getByRole('button', { name: 'View answers' }).click();
  await expect(page.locator('mark[data-testid="answer-highlight"][data-rank="1"]')).toHaveText(LARGE_ANSWER);
  await expectResponsive(page);
  const viewMs = Date.now() - viewed;
  const viewTasks = await takeLongTasks(page);
  await screenshot(page, 'five-mb-document');

  console.log(
    `5 MB: paste→preview ${pasteMs} ms (long tasks ${pasteTasks.join(', ') || 'none'}), ` +
      `typing 5 keys while reading ${typeMs} ms (long tasks ${runTasks.join(', ') || 'none'}), ` +
      `view answers ${viewMs} ms (long tasks ${viewTasks.join(', ') || 'none'})`,
  );
  // Bounds with headroom for a loaded 2-core machine; before the fix the view alone blocked ~15 s.
  expect(Math.max(0, ...pasteTasks, ...runTasks, ...viewTasks)).toBeLessThan(3000);
  expect(Math.max(0, ...runTasks)).toBeLessThan(1000);
  await expect(page.getByTestId('document-counts')).toContainText(`${text.length.toLocaleString('en-US')} characters`);

  // Cancel really stopped the worker: a new question starts reading at once (the document's tokens
  // are cached), instead of queueing behind the ~6,500 windows of the cancelled one.
  await questionBox().press('Enter');
  await expect(page.getByTestId('infer-progress')).toContainText(/Read \d+ of \d,\d{3} passages/, { timeout: 15_000 });
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByTestId('infer-progress')).toBeHidden();
});

test('the document and question survive a reload; Clear empties the document, for good once Undo is no longer offered', async () => {
  await page.reload();
  await expect(page.getByTestId('large-document')).toBeVisible();
  await expect(page.getByTestId('document-counts')).toContainText('5,000,0');
  await expect(questionBox()).toHaveValue('What crossed the bridge? Now?');

  // The question is the user's text too: Clear (issue 21) empties only the document.
  await page.getByRole('button', { name: 'Clear', exact: true }).click();
  await expect(documentBox()).toHaveValue('');
  await expect(questionBox()).toHaveValue('What crossed the bridge? Now?');
  await expect(page.getByRole('button', { name: 'Clear', exact: true })).toBeDisabled();
  await page.reload();
  await expect(documentBox()).toHaveValue('');
  await expect(questionBox()).toHaveValue('What crossed the bridge? Now?');

  await documentBox().fill('Kept across reloads: Zebra stays put at omega.');
  await questionBox().fill('What stays?');
  await page.reload();
  await expect(documentBox()).toHaveValue('Kept across reloads: Zebra stays put at omega.');
  await expect(questionBox()).toHaveValue('What stays?');
  await expect(page.getByTestId('backend-badge')).toBeVisible({ timeout: 90_000 });
  await questionBox().press('Enter');
  await expectTopAnswer(page, 'Zebra stays put at omega');
});

test('no dialog opened and no Content Security Policy violation during the corpus', () => {
  expect(dialogs).toEqual([]);
  expect(csp).toEqual([]);
});
