import type { BrowserContext, Page } from '@playwright/test';

/**
 * Holds one of the page's workers still: it is made to wait on a synchronous request that the test
 * answers only on `release()`. A state that lasts while the worker works (a question being read)
 * then lasts as long as a check of it needs, however fast or slow the machine is.
 */
export async function holdWorker(page: Page, context: BrowserContext, url: RegExp): Promise<{ release: () => Promise<void> }> {
  const worker = page.workers().find((w) => url.test(w.url()));
  if (!worker)
    throw new Error(
      `no worker matching ${url} (workers: ${page
        .workers()
        .map((w) => w.url())
        .join(', ')})`,
    );
  const path = `/__worker-hold-${Math.random().toString(36).slice(2)}`;
  let answer = () => {};
  const answered = new Promise<void>((r) => (answer = r));
  let arrived = () => {};
  const waiting = new Promise<void>((r) => (arrived = r));
  await context.route(`**${path}`, async (route) => {
    arrived();
    await answered;
    await route.fulfill({ status: 204, body: '' });
  });
  // Runs between the worker's tasks; returns once the request is answered.
  const done = worker
    .evaluate((p) => {
      const request = new XMLHttpRequest();
      request.open('GET', p, false);
      request.send();
    }, path)
    .catch(() => undefined);
  await waiting;
  return {
    release: async () => {
      answer();
      await done;
      await context.unroute(`**${path}`);
    },
  };
}
