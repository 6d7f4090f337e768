import type { Page } from '@playwright/test';
import { expect, test, watchCsp } from './csp';
import { SQUAD_SAMPLE } from '../scripts/fixtures/data-paths';
import { expectNoViolations } from './axe';
import { MIME, openFile } from './documents-helpers';
import { ask, ORACLE_ANSWER, ORACLE_DOC, openWithModel, screenshot } from './helpers';

/**
 * Issue 21: nothing the user has is lost by the app's own buttons. Clear, a file opened over the
 * document and Evaluate's "Show" each leave a way back (Undo, Ctrl+Z, "Back to your document"), the
 * answers on screen always belong to the document on screen, and focus lands where the user goes
 * next. One page, the oracle model loaded once.
 */
test.describe.configure({ mode: 'serial' });

let page: Page;
let csp: string[];
const documentBox = () => page.getByLabel('Document', { exact: true });
const undoNotice = () => page.getByTestId('undo-notice');
const answers = () => page.getByTestId('answer');
const historySummary = () => page.getByTestId('history').locator('summary');
const saved = () => expect(page.locator('.document-pane')).toHaveAttribute('data-saved', 'true');

/** About 10,000 words, the oracle's marker sentence in the middle, every line different. */
const LONG_DOC = [
  ...Array.from({ length: 400 }, (_, i) => `Line ${i + 1} of the report says the committee met and agreed on nothing at all.`),
  ORACLE_DOC,
  ...Array.from({ length: 400 }, (_, i) => `Annex ${i + 1} lists further details that nobody asked about here.`),
].join('\n');

test.beforeAll(async ({ browser }) => {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  csp = await watchCsp(context);
  page = await context.newPage();
  await openWithModel(page, { url: '/fixtures/models/oracle/', backend: 'wasm', threads: '1' });
});
test.afterAll(() => page.context().close());

test('Clear on a 10,000-word document: Undo and Ctrl+Z bring it back exactly, with its history; focus stays on the document', async () => {
  await ask(page, 'Who ran?', LONG_DOC);
  await expect(answers().first()).toContainText(ORACLE_ANSWER);
  await expect(historySummary()).toHaveText('History (1 question)');
  await saved();

  await page.getByRole('button', { name: 'Clear', exact: true }).click();
  await expect(documentBox()).toHaveValue('');
  await expect(documentBox()).toBeFocused();
  await expect(undoNotice()).toContainText(/Cleared your text \(10,\d{3} words\)\./);
  await expect(answers()).toHaveCount(0);
  await expect(historySummary()).toHaveText('History (0 questions)');
  await expect(page.getByLabel('Question', { exact: true })).toHaveValue('Who ran?'); // The question is kept.
  await screenshot(page, 'undo-after-clear');
  await expectNoViolations(page, 'Undo offered after Clear');

  await undoNotice().getByRole('button', { name: 'Undo', exact: true }).click();
  await expect(documentBox()).toHaveValue(LONG_DOC);
  await expect(documentBox()).toBeFocused();
  await expect(historySummary()).toHaveText('History (1 question)');
  await saved();
  // Saved back at once: a reload brings it, not the empty box.
  await page.reload();
  await expect(documentBox()).toHaveValue(LONG_DOC);
  await expect(page.getByTestId('backend-badge')).toBeVisible({ timeout: 90_000 });

  // The keyboard way: Clear, then Ctrl+Z in the box.
  await page.getByRole('button', { name: 'Clear', exact: true }).click();
  await expect(documentBox()).toBeFocused();
  await page.keyboard.press('Control+z');
  await expect(documentBox()).toHaveValue(LONG_DOC);

  // Typed into the emptied box by mistake: Undo still brings the document back, and the typing is undoable in turn.
  await page.getByRole('button', { name: 'Clear', exact: true }).click();
  await documentBox().pressSequentially('oops');
  await undoNotice().getByRole('button', { name: 'Undo', exact: true }).click();
  await expect(documentBox()).toHaveValue(LONG_DOC);
  await expect(undoNotice()).toContainText('Brought back your text. Undo returns to the text it replaced.');
  await undoNotice().getByRole('button', { name: 'Undo', exact: true }).click();
  await expect(documentBox()).toHaveValue('oops');
  await undoNotice().getByRole('button', { name: 'Undo', exact: true }).click();
  await expect(documentBox()).toHaveValue(LONG_DOC);

  // Dismissed, the offer is over: Ctrl+Z after the next Clear has nothing of it, and the cleared history is gone.
  await page.getByRole('button', { name: 'Clear', exact: true }).click();
  await undoNotice()
    .getByRole('button', { name: /Dismiss/ })
    .click();
  await expect(undoNotice()).toHaveCount(0);
  await documentBox().press('Control+z');
  await expect(documentBox()).toHaveValue('');
  await documentBox().fill(LONG_DOC);
  await expect(historySummary()).toHaveText('History (0 questions)');
});

test('another file over the document: the old answers go, Undo brings the document back', async () => {
  await ask(page, 'Who ran?', ORACLE_DOC);
  await expect(answers().first()).toContainText(ORACLE_ANSWER);
  await openFile(page, 'other notes.txt', 'A different text about nothing in particular.', 'text/plain');
  await expect(documentBox()).toHaveValue('A different text about nothing in particular.');
  // No answer of the previous text stays on screen (its history keeps them), nor in the header's status.
  await expect(answers()).toHaveCount(0);
  await expect(page.getByTestId('status')).not.toContainText(ORACLE_ANSWER);
  await expect(undoNotice()).toContainText('“other notes.txt” replaced your text.');
  await screenshot(page, 'undo-after-open');
  await undoNotice().getByRole('button', { name: 'Undo', exact: true }).click();
  await expect(documentBox()).toHaveValue(ORACLE_DOC);
  await expect(documentBox()).toBeFocused();
});

test('Evaluate → Show: the paragraph opens in front, read-only; "Back to your document" returns it exactly, also after a reload', async () => {
  const mine = `${ORACLE_DOC}\nMy own notes, nowhere else.`;
  await documentBox().fill(mine);
  await saved();
  await page.getByTestId('eval-file-input').setInputFiles(SQUAD_SAMPLE);
  await page.getByLabel('Question limit').fill('3');
  await page.getByRole('button', { name: 'Evaluate' }).click();
  const miss = page.getByTestId('eval-miss').first();
  await expect(miss).toBeVisible({ timeout: 60_000 });
  await miss.getByRole('button', { name: /Show the paragraph/ }).click();

  const temporary = page.getByTestId('temporary-document');
  await expect(temporary).toContainText('Showing a SQuAD paragraph from Evaluate, read-only.');
  // Brought into view from the Evaluate panel below, with focus on the paragraph.
  await expect(page.getByTestId('document-view')).toBeFocused();
  await expect(page.getByTestId('document-view')).toContainText('The Normans');
  await expect(page.getByTestId('document-view')).toBeInViewport();
  await expect(page.getByTestId('document-source')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Clear', exact: true })).toBeDisabled();
  await screenshot(page, 'evaluate-temporary-paragraph');
  await expectNoViolations(page, 'a SQuAD paragraph in front of the document');

  await temporary.getByRole('button', { name: 'Back to your document' }).click();
  await expect(temporary).toHaveCount(0);
  await expect(documentBox()).toHaveValue(mine);
  await expect(documentBox()).toBeFocused();
  // The paragraph was never saved as the document.
  await miss.getByRole('button', { name: /Show the paragraph/ }).click();
  await expect(temporary).toBeVisible();
  await page.reload();
  await expect(documentBox()).toHaveValue(mine);
});

test('no Content Security Policy violation', () => {
  expect(csp).toEqual([]);
});

test.describe('at 390×844 in dark mode', () => {
  test.use({ viewport: { width: 390, height: 844 }, colorScheme: 'dark' });

  test('the Undo notice fits and its buttons can be reached', async ({ page: phone }) => {
    await phone.goto('./');
    await phone.getByLabel('Document', { exact: true }).fill(ORACLE_DOC);
    await openFile(phone, 'b.md', '# B\n\nAnother text.', MIME.md);
    const notice = phone.getByTestId('undo-notice');
    await expect(notice).toBeVisible();
    await notice.scrollIntoViewIfNeeded();
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await screenshot(phone, 'undo-notice-phone-dark');
    await notice.getByRole('button', { name: 'Undo', exact: true }).click();
    await expect(phone.getByLabel('Document', { exact: true })).toHaveValue(ORACLE_DOC);
  });
});
