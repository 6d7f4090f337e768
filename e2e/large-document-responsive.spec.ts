import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from '@playwright/test';
import { LARGE_ANSWER, largeDocument } from '../test/helpers/bad-input-corpus';
import { expect, test } from './csp';
import { resolve } from 'node:path';
import { openWithModel, screenshot, SCREENSHOTS } from './helpers';
import { traceMainThread, waitForQuietMainThread, type MainThreadTask } from './main-thread-trace';
import { ORACLE, pasteDocument } from './reliability-helpers';

/**
 * Issue 21, large documents: reading a 5 MB text (~3,300 passages) keeps every main-thread task
 * under 200 ms, measured by a long-task observer in the built app, and the reading shows an
 * estimate from the measured pace: the passage count at once, the time left once it is measured,
 * and for the next question the whole time before its first passage.
 */
test.describe.configure({ mode: 'serial' });
// Playwright's trace snapshots walk the page's DOM on its main thread: with 5 MB of text they
// would be measured as the app's own long tasks.
test.use({ trace: 'off' });

const MAX_TASK_MS = 200;
/** "About 50 s", "About 3 min", "About 1 h 20 min", "A few seconds" (reading-estimate.ts). */
const ABOUT = String.raw`(About (\d+ s|\d+ min|\d+ h|\d+ h \d+ min)|A few seconds)`;

let page: Page;
let browser: Browser;

test.beforeAll(async ({ browser: b }) => {
  browser = b;
  // A context of its own (axe needs one made with newContext).
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  page = await context.newPage();
  await openWithModel(page, { url: ORACLE, backend: 'wasm', threads: '2' });
  expect(await pasteDocument(page, largeDocument())).toBe(true);
  await expect(page.getByTestId('large-document')).toBeVisible();
  // The paste's own work (the view's first render, hashing the text for its history, saving it)
  // is not reading: wait until the main thread has had a second without a long task.
  await waitForQuietMainThread(page);
});
test.afterAll(() => page.context().close());

// Outside a measurement, scoped locators only: Playwright's page-wide label, role and text searches
// read the whole 5 MB on the page's main thread (hundreds of ms each).
const button = (name: string) => page.locator('.question-box, .document-pane .toolbar').getByRole('button', { name, exact: true });
const progress = () => page.getByTestId('infer-progress');

/**
 * While a measurement records, the page is read and driven without locators: each locator query
 * walks the whole DOM in script (into shadow roots too) and, over 5 MB of text, costs the page's
 * main thread hundreds of ms that the measurement would count. The browser's own querySelector
 * and keyboard input cost it nothing worth measuring.
 */
const textOf = (css: string) => page.evaluate((selector) => document.querySelector(selector)?.textContent ?? '', css);
const estimateText = () => textOf('.question-box [data-testid="reading-estimate"]');
async function askByKeyboard(text: string): Promise<void> {
  await page.evaluate(() => document.querySelector<HTMLInputElement>('input#question')!.select());
  await page.keyboard.insertText(text);
  await page.keyboard.press('Enter');
}

/**
 * From now on, in the page: main-thread tasks over 50 ms, and every text the reading progress
 * shows (count line, estimate), in order, as a MutationObserver sees them.
 */
async function record(): Promise<void> {
  stopTrace = await traceMainThread(browser, page);
  await page.evaluate(() => {
    const w = window as unknown as { __rec?: { tasks: number[]; shown: string[]; stop: () => void } };
    w.__rec?.stop();
    const rec = { tasks: [] as number[], shown: [] as string[], stop: () => {} };
    const since = performance.now();
    const tasks = new PerformanceObserver((list) =>
      list.getEntries().forEach((e) => e.startTime >= since && rec.tasks.push(Math.round(e.duration))),
    );
    tasks.observe({ type: 'longtask', buffered: true });
    const box = document.querySelector('.question-box')!;
    const note = () => {
      const p = box.querySelector('[data-testid="infer-progress"]');
      const text = p ? [...p.querySelectorAll('p')].map((e) => e.textContent).join(' | ') : '';
      if (text && text !== rec.shown[rec.shown.length - 1]) rec.shown.push(text);
    };
    const changes = new MutationObserver(note);
    changes.observe(box, { subtree: true, childList: true, characterData: true });
    rec.stop = () => (tasks.disconnect(), changes.disconnect());
    w.__rec = rec;
  });
}

let stopTrace: () => Promise<MainThreadTask[]> = async () => [];

async function recorded(): Promise<{ tasks: number[]; traced: MainThreadTask[]; shown: string[] }> {
  const { tasks, shown } = await page.evaluate(() => {
    const rec = (window as unknown as { __rec: { tasks: number[]; shown: string[]; stop: () => void } }).__rec;
    rec.stop();
    return { tasks: rec.tasks, shown: rec.shown };
  });
  return { tasks, shown, traced: await stopTrace() };
}

/**
 * No main-thread task over 200 ms while reading. The long-task observer's wall times are the
 * measure; one over the bound is excused only where the trace shows the thread ran for under a
 * quarter of it (it waited for a core: this machine's 2 cores are shared with other runs and the
 * model's threads). The app's own work is bounded by CPU time too: no task running the app's
 * scripts may take a quarter of the bound (the old view rebuilt 5 MB on every progress event).
 */
function expectNoLongTasks(label: string, observed: number[], traced: MainThreadTask[]): void {
  const app = traced.filter((t) => t.app);
  const others = traced.filter((t) => !t.app);
  const cpu = (ts: MainThreadTask[]) => ts.map((t) => `${t.wall} ms (CPU ${t.cpu})`).join(', ') || 'none';
  const appCpu = app.reduce((sum, t) => sum + t.cpu, 0);
  console.log(
    `${label}: long tasks (observer) ${observed.join(', ') || 'none'}; app scripts ${app.length} tasks, CPU ${appCpu} ms in all, ` +
      `max ${Math.max(0, ...app.map((t) => t.cpu))} ms; others over 50 ms: ${cpu(others.filter((t) => t.wall > 50))}`,
  );
  for (const wall of observed.filter((w) => w >= MAX_TASK_MS)) {
    const same = traced.find((t) => Math.abs(t.wall - wall) <= 3);
    expect(same !== undefined && same.cpu < wall / 4, `${label}: a ${wall} ms task (traced: ${cpu(traced)})`).toBe(true);
  }
  expect(Math.max(0, ...app.map((t) => t.cpu)), `${label}: the app's CPU per task`).toBeLessThan(MAX_TASK_MS / 4);
}

/** Passages read so far, from the progress line. */
async function passagesRead(): Promise<number> {
  const m = /Read (\d+) of/.exec(await textOf('.question-box [data-testid="infer-progress"]'));
  return m ? Number(m[1]) : 0;
}

/** axe at WCAG 2.1 AA over the page; the 5 MB of plain text blocks are left out (axe would take minutes), their view is not. */
async function expectNoViolations(state: string): Promise<void> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).exclude('.document-chunk').analyze();
  const found = result.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(found, `axe violations in state "${state}"`).toEqual([]);
}

test('the first question: the passage count at once, the time left once the pace is measured, no task over 200 ms', async () => {
  await record();
  await askByKeyboard('What crossed the bridge?');
  await expect.poll(estimateText, { timeout: 60_000 }).toMatch(new RegExp(`^${ABOUT} left$`));
  await expect.poll(() => textOf('.answers-card [data-testid="answer"]')).toContain(LARGE_ANSWER);
  await expect.poll(passagesRead).toBeGreaterThanOrEqual(60);
  const { tasks, traced, shown } = await recorded();
  await button('Cancel').click();
  await expect(progress()).toBeHidden();

  console.log(`first question shown: ${shown.slice(0, 4).join(' / ')} … ${shown.at(-1)}`);
  // Nothing measured on this model yet: the count first, "estimating", never an invented time.
  const counted = shown.findIndex((s) => /passages to read/.test(s));
  expect(counted, shown.join('\n')).toBeGreaterThanOrEqual(0);
  expect(shown[counted]).toMatch(/^3,\d{3} passages to read, most relevant first \| Estimating the time left…$/);
  expect(shown.slice(0, counted).every((s) => !/About|left/.test(s))).toBe(true);
  expectNoLongTasks('first question', tasks, traced);
});

test('the next question, over the highlighted view: the whole time before reading, then the time left; no task over 200 ms', async () => {
  // The state that stalled the page: answers marked in the 5 MB view while a new question reads.
  await button('View answers').click();
  await expect(page.locator('mark[data-testid="answer-highlight"][data-rank="1"]')).toHaveText(LARGE_ANSWER);

  await record();
  await askByKeyboard('What crossed the old bridge?');
  await expect.poll(estimateText, { timeout: 60_000 }).toMatch(new RegExp(`^${ABOUT} left$`));
  await expect.poll(() => textOf('mark[data-testid="answer-highlight"][data-rank="1"]')).toBe(LARGE_ANSWER);
  await expect.poll(passagesRead).toBeGreaterThanOrEqual(60);
  const { tasks, traced, shown } = await recorded();

  console.log(`next question shown: ${shown.slice(0, 4).join(' / ')} … ${shown.at(-1)}`);
  // Before the first passage: the count and the whole reading's time, from the last question's pace.
  const first = shown.find((s) => /passages to read/.test(s));
  expect(first, shown.join('\n')).toMatch(new RegExp(`^3,\\d{3} passages to read, most relevant first \\| ${ABOUT}$`));
  expect(shown.some((s) => s.includes('Estimating'))).toBe(false);
  expectNoLongTasks('next question', tasks, traced);
  await expect(page.getByTestId('status')).toContainText(/Reading \d+ of 3,\d{3} passages… About .+ left/);

  // Still reading (a few thousand passages left): the new states for axe and the screenshots.
  await expectNoViolations('reading a 5 MB document, with the time left');
  await screenshot(page, 'large-document-reading-1280x800-light');
  await page.setViewportSize({ width: 390, height: 844 });
  await screenshot(page, 'large-document-reading-390x844-light');
  // A full-page shot paints only blocks that were near the screen (content-visibility): on a phone the
  // document is below the fold, so it is also taken scrolled into view.
  await page.getByTestId('document-view').scrollIntoViewIfNeeded();
  await expect(page.locator('mark[data-testid="answer-highlight"][data-rank="1"]')).toBeInViewport();
  await page.screenshot({ path: resolve(SCREENSHOTS, 'large-document-reading-390x844-light-document.png') });
  await page.emulateMedia({ colorScheme: 'dark' });
  await screenshot(page, 'large-document-reading-390x844-dark');
  await page.setViewportSize({ width: 1280, height: 800 });
  await screenshot(page, 'large-document-reading-1280x800-dark');
  await expectNoViolations('reading a 5 MB document, dark');
  await expect(progress()).toBeVisible();
  await button('Cancel').click();
  await expect(progress()).toBeHidden();
});
