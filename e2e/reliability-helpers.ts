import { expect, type Locator, type Page, type Worker } from '@playwright/test';

/** Helpers for the reliability specs (bad input, downloads, crashes, privacy). */

export const ORACLE = '/fixtures/models/oracle/';

/** The error banner of the Ask card (the model panel has its own). */
export const askError = (page: Page): Locator => page.locator('.question-box').getByTestId('error');
export const modelError = (page: Page): Locator => page.locator('.model-panel').getByTestId('error');

/**
 * Pastes text into the document box the way a user's Ctrl+V does (a `paste` event with clipboard
 * data), so the app's own paste handling runs; `fill()` would set the value directly instead.
 * Returns true when the app took the paste over (a synthetic event cannot make the browser paste).
 */
export async function pasteDocument(page: Page, text: string): Promise<boolean> {
  return page.getByLabel('Document', { exact: true }).evaluate((el, data) => {
    const clipboardData = new DataTransfer();
    clipboardData.setData('text/plain', data);
    return !el.dispatchEvent(new ClipboardEvent('paste', { clipboardData, bubbles: true, cancelable: true }));
  }, text);
}

/** Paths of the files in the app's model cache (Cache Storage "qa-models-v1"). */
export async function cachedModelFiles(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const cache = await caches.open('qa-models-v1');
    return (await cache.keys()).map((r) => new URL(r.url).pathname).sort();
  });
}

/** The app's QA worker (onnxruntime's own thread workers are skipped). */
export async function qaWorker(page: Page): Promise<Worker> {
  await expect.poll(() => page.workers().some((w) => w.url().includes('qa.worker'))).toBe(true);
  return page.workers().find((w) => w.url().includes('qa.worker'))!;
}

/** The main thread answers an animation frame and a click promptly, i.e. the UI is not frozen. */
export async function expectResponsive(page: Page, withinMs = 1000): Promise<void> {
  const frameMs = await page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const t0 = performance.now();
        requestAnimationFrame(() => resolve(performance.now() - t0));
      }),
  );
  expect(frameMs).toBeLessThan(withinMs);
}

/** Starts recording main-thread long tasks (> 50 ms); `takeLongTasks` returns and clears them. */
export async function recordLongTasks(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __longTasks?: number[] };
    if (w.__longTasks) return;
    w.__longTasks = [];
    new PerformanceObserver((list) => list.getEntries().forEach((e) => w.__longTasks!.push(Math.round(e.duration)))).observe({
      type: 'longtask',
    });
  });
}

export async function takeLongTasks(page: Page): Promise<number[]> {
  return page.evaluate(() => (window as unknown as { __longTasks: number[] }).__longTasks.splice(0));
}
