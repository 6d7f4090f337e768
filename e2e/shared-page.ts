import type { Page } from '@playwright/test';
import { expect, test, watchCsp } from './csp';
import { openWithModel } from './helpers';

/**
 * One page for a whole spec, with the model loaded once: the spec's tests run in order on it
 * (serial), and the page's Content Security Policy watch is judged when it closes. Call at the top
 * level of a spec; the returned function gives the page inside a test.
 */
export function sharedModelPage(params: Record<string, string>): () => Page {
  test.describe.configure({ mode: 'serial' });
  let page: Page | undefined;
  let csp: string[] = [];
  test.beforeAll(async ({ browser }) => {
    const context = await browser.newContext();
    csp = await watchCsp(context);
    page = await context.newPage();
    await openWithModel(page, params);
  });
  test.afterAll(async () => {
    expect(csp, 'Content Security Policy violations').toEqual([]);
    await page?.context().close();
  });
  return () => {
    if (!page) throw new Error('the shared page is opened in beforeAll');
    return page;
  };
}
