import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { markerPdf } from '../test/helpers/make-pdf';
import { expect, test } from './csp';
import { askQuestion, display, expectOpened, MIME, openFile } from './documents-helpers';
import { ask, ORACLE_ANSWER, ORACLE_DOC, openWithModel } from './helpers';

const MODEL = { url: '/fixtures/models/oracle/', backend: 'wasm', threads: '1' };
const SHOTS = process.env.LAYOUT_SHOTS ?? '';
const WIDE = { width: 1280, height: 800 };
const PHONE = { width: 390, height: 844 };

const question = (page: Page) => page.getByLabel('Question', { exact: true });
const firstAnswer = (page: Page) => page.getByTestId('answer').first();
const topMark = (page: Page) => page.locator('mark[data-testid="answer-highlight"][data-rank="1"]');
const announcer = (page: Page) => page.getByTestId('announcer');

/**
 * A document longer than one render block (10,000 characters) whose answer starts a line just past
 * that length: the blocks used to end right before the mark, pushing it below "Then ". Long enough
 * after it (~9k words in all) that reading takes a while, so the progress can be seen.
 */
function blockBoundaryDocument(): { text: string; answer: string } {
  const words = ['alpha', 'river', 'stone', 'green', 'market', 'north', 'paper', 'silver'];
  const filler = (n: number, seed: number) => Array.from({ length: n }, (_, i) => words[(i * 7 + seed) % words.length]).join(' ');
  const answer = 'zebra crossed the old bridge at omega';
  return { text: `${filler(1700, 1)}.\nThen ${answer}.\n${filler(6000, 3)}.`, answer };
}

async function expectInViewport(locator: Locator, what: string): Promise<void> {
  await expect(locator, `${what} is in the viewport`).toBeInViewport({ ratio: 0.9 });
}

/** Tabs forward until the focused element matches, so the test does not hard-code every tab stop in between. */
async function tabUntil(page: Page, selector: string, max = 20): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  throw new Error(`no ${selector} within ${max} tab stops`);
}

/** Every text the live region shows, in order (a MutationObserver, so fast changes are not missed). */
async function recordAnnouncements(page: Page): Promise<() => Promise<string[]>> {
  await page.evaluate(() => {
    const el = document.querySelector('[data-testid="announcer"]')!;
    const log: string[] = [];
    (window as unknown as { spoken: string[] }).spoken = log;
    new MutationObserver(() => log.push(el.textContent ?? '')).observe(el, { childList: true, characterData: true, subtree: true });
  });
  return () => page.evaluate(() => (window as unknown as { spoken: string[] }).spoken);
}

test('keyboard only: skip link → question → ask → answer → its mark → Escape back; each result is announced', async ({ page }) => {
  await page.setViewportSize(WIDE);
  await openWithModel(page, MODEL);
  await page.getByLabel('Document', { exact: true }).fill(ORACLE_DOC);
  // From the top of the page (a click on its empty corner starts tabbing there), with the keyboard only.
  await page.mouse.click(2, 2);
  await expect(page.getByLabel('Document', { exact: true })).not.toBeFocused();
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to question' });
  await expect(skip).toBeFocused();
  await expectInViewport(skip, 'the focused skip link');
  await page.keyboard.press('Enter');
  await expect(question(page)).toBeFocused();

  const spoken = await recordAnnouncements(page);
  await page.keyboard.type('Who ran?');
  await page.keyboard.press('Enter');
  await expect(firstAnswer(page)).toContainText(ORACLE_ANSWER);
  await expect(announcer(page)).toHaveText(`Top answer to “Who ran?”: “${ORACLE_ANSWER}”, 100%. 1 answer.`);
  await expect(page.getByTestId('status')).toHaveText(`Top answer to “Who ran?”: “${ORACLE_ANSWER}”, 100%. 1 answer.`);

  await tabUntil(page, '[data-testid="answer"] a');
  await expect(page.locator('#answer-link-1')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(topMark(page)).toBeFocused();
  await expectInViewport(topMark(page), 'the focused mark');
  await expect(topMark(page)).toHaveAccessibleName(`Answer 1 of 1: ${ORACLE_ANSWER}`);
  await page.keyboard.press('Escape');
  await expect(page.locator('#answer-link-1')).toBeFocused();

  // A second question with the same answers and count still changes what is announced.
  await question(page).fill('Who sat?');
  await question(page).press('Enter');
  await expect(announcer(page)).toHaveText(`Top answer to “Who sat?”: “${ORACLE_ANSWER}”, 100%. 1 answer.`);
  await expect(page.locator('.answers-heading')).toHaveText('1 answer');
  // A guess folded under "Show weaker guesses" is not counted, nor highlighted until shown.
  await question(page).fill('Who ran there?');
  await question(page).press('Enter');
  await expect(page.locator('.answers-heading')).toHaveText('1 answer (1 weaker guess hidden)');
  await expect(page.locator('mark[data-testid="answer-highlight"]')).toHaveCount(1);
  await page.getByText('Show weaker guesses (1)').click();
  await expect(page.locator('mark[data-testid="answer-highlight"][data-rank="2"]')).toHaveCount(1);
  await expect(page.locator('.answers-heading')).toHaveText('1 answer, 1 weaker guess');

  await question(page).fill('Who sat?');
  // Asking the same question again empties the region first, so the same sentence is spoken again.
  await question(page).press('Enter');
  await expect.poll(async () => (await spoken()).filter((t) => t.includes('“Who sat?”')).length).toBe(2);
  const log = await spoken();
  const results = log.flatMap((t, i) => (t.includes('“Who sat?”') ? [i] : []));
  expect(log.slice(results[0] + 1, results[1])).toContain('');
});

test('1280×800 then 390×844: question on top, answers beside (wide) or under it (phone), in view; progress in the header; a mark at a block boundary stays on its line', async ({
  page,
}) => {
  await page.setViewportSize(WIDE);
  await openWithModel(page, MODEL);
  const { text, answer } = blockBoundaryDocument();
  await ask(page, 'What crossed the bridge?', text);
  // While reading: the header says how far it is, and the question and progress stay in view.
  await expect(page.getByTestId('status')).toHaveText(/^Reading \d+ of \d+ passages…( [^.]+ left)?$/);
  await expectInViewport(page.getByTestId('infer-progress'), 'the reading progress');
  await expect(topMark(page)).toHaveText(answer);
  await expect(page.getByTestId('status')).toHaveText(/^Top answer to “What crossed the bridge\?”/);
  await expectInViewport(question(page), 'the question box');
  await expect(question(page)).toBeFocused();
  await expectInViewport(firstAnswer(page), 'the top answer');

  const answers = (await page.getByRole('region', { name: 'Answers' }).boundingBox())!;
  const documentPane = (await page
    .getByRole('heading', { name: 'Document', exact: true })
    .locator('xpath=ancestor::section[1]')
    .boundingBox())!;
  const questionCard = (await question(page).boundingBox())!;
  expect(answers.x, 'answers right of the document').toBeGreaterThanOrEqual(documentPane.x + documentPane.width - 1);
  expect(Math.abs(answers.y - documentPane.y), 'answers beside the document').toBeLessThan(4);
  expect(questionCard.y + questionCard.height, 'question above the document').toBeLessThan(documentPane.y);

  // The text before the mark ("Then ") and the mark are on one line.
  const tops = await page.evaluate(() => {
    const mark = document.querySelector('mark[data-rank="1"]')!;
    const walker = document.createTreeWalker(mark.closest('[data-testid="document-view"]')!, NodeFilter.SHOW_TEXT);
    let before: Text | null = null;
    for (let n = walker.nextNode(); n && !mark.contains(n); n = walker.nextNode()) before = n as Text;
    const range = document.createRange();
    const t = before!.textContent!.trimEnd();
    range.setStart(before!, t.length - 1);
    range.setEnd(before!, t.length);
    return { char: range.getBoundingClientRect(), mark: mark.getClientRects()[0], charText: range.toString() };
  });
  expect(tops.charText).toBe('n');
  expect(Math.abs(tops.char.top + tops.char.height / 2 - (tops.mark.top + tops.mark.height / 2))).toBeLessThan(4);

  // 390×844 (one column): question, then answers, then the document; both stay in view after asking.
  await page.setViewportSize(PHONE);
  await page.evaluate(() => window.scrollTo(0, 0));
  // The second question over the same text can finish before a locator looks: the page itself notes
  // how much of the progress was in view while it showed.
  await page.evaluate(() => {
    const w = window as unknown as { progressSeen?: number };
    let looping = false;
    // The best view of it while it was on the page, checked on every change and frame.
    const look = () => {
      const el = document.querySelector('[data-testid="infer-progress"]');
      looping = el !== null;
      if (!el) return;
      const r = el.getBoundingClientRect();
      const shown =
        Math.max(0, Math.min(r.bottom, innerHeight) - Math.max(r.top, 0)) *
        Math.max(0, Math.min(r.right, innerWidth) - Math.max(r.left, 0));
      const ratio = r.width * r.height > 0 ? shown / (r.width * r.height) : 0;
      w.progressSeen = Math.max(w.progressSeen ?? 0, ratio);
      requestAnimationFrame(look);
    };
    new MutationObserver(() => looping || look()).observe(document.body, { childList: true, subtree: true });
  });
  await ask(page, 'Which animal crossed the bridge?');
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { progressSeen?: number }).progressSeen), {
      message: 'the reading progress (phone) is in the viewport',
    })
    .toBeGreaterThanOrEqual(0.9);
  await expect(page.getByTestId('status')).toHaveText(/^Top answer to “Which animal/);
  await expectInViewport(question(page), 'the question box (phone)');
  // The answer itself (its text and confidence); its Copy / flag buttons may run below the fold.
  await expectInViewport(firstAnswer(page).getByRole('link'), 'the top answer (phone)');
  const phoneAnswers = (await page.getByRole('region', { name: 'Answers' }).boundingBox())!;
  const phoneHeading = (await page.getByRole('heading', { name: 'Document', exact: true }).boundingBox())!;
  const phoneQuestion = (await question(page).boundingBox())!;
  expect(phoneQuestion.y + phoneQuestion.height, 'question above the answers').toBeLessThanOrEqual(phoneAnswers.y);
  expect(phoneAnswers.y + phoneAnswers.height, 'answers above the document').toBeLessThanOrEqual(phoneHeading.y);
});

test('PDF page view: choosing an answer focuses its highlight on the page; Escape returns to the answer', async ({ page }) => {
  await openWithModel(page, MODEL);
  await openFile(page, 'marker.pdf', await markerPdf('line'), MIME.pdf);
  await expectOpened(page, 'marker.pdf');
  await askQuestion(page, 'Who crossed?');
  await expect(firstAnswer(page)).toBeVisible();
  await display(page, 'Page').click();
  await expect(page.locator('[data-testid="page-highlight"][data-rank="1"]').first()).toBeVisible();
  await page.locator('#answer-link-1').focus();
  await page.keyboard.press('Enter');
  const box = page.getByRole('img', { name: /^Answer 1 of \d+: / });
  await expect(box).toBeFocused();
  await expectInViewport(box, 'the focused page highlight');
  await page.keyboard.press('Escape');
  await expect(page.locator('#answer-link-1')).toBeFocused();
});

/**
 * First run, answers and an error, as a user sees them without scrolling: for looking at by hand, not
 * compared, so only when asked for (LAYOUT_SHOTS=folder), keeping the suite's time down.
 */
test('screenshots: 1280×800, 390×844 and dark mode', async ({ browser }) => {
  test.skip(!process.env.LAYOUT_SHOTS, 'set LAYOUT_SHOTS=<folder> to take them');
  mkdirSync(SHOTS, { recursive: true });
  const variants = [
    { name: 'wide', viewport: WIDE, colorScheme: 'light' as const },
    { name: 'phone', viewport: PHONE, colorScheme: 'light' as const },
    { name: 'wide-dark', viewport: WIDE, colorScheme: 'dark' as const },
  ];
  for (const v of variants) {
    const context = await browser.newContext({
      viewport: v.viewport,
      colorScheme: v.colorScheme,
      baseURL: test.info().project.use.baseURL,
    });
    const page = await context.newPage();
    const shot = (state: string) => page.screenshot({ path: resolve(SHOTS, `${v.name}-${state}.png`) });
    await page.goto('./');
    await expect(page.getByRole('heading', { name: 'Ask your document' })).toBeVisible();
    await shot('first-run');
    await openWithModel(page, MODEL);
    await ask(page, 'Who ran?', ORACLE_DOC);
    await expect(topMark(page)).toHaveText(ORACLE_ANSWER);
    await shot('answers');
    await question(page).fill('');
    await question(page).press('Enter');
    await expect(page.getByRole('alert').first()).toBeVisible();
    await shot('error');
    await context.close();
  }
});
