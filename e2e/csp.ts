import { expect, test as base, type BrowserContext } from '@playwright/test';

/**
 * Content Security Policy watch (index.html sets the policy in a <meta>). Chromium reports a
 * violation twice: as a `securitypolicyviolation` DOM event, which we forward to the console, and
 * as its own console error ("Refused to …" / "… violates the following Content Security Policy
 * directive"). Both are collected, from pages and their workers.
 */
export async function watchCsp(context: BrowserContext): Promise<string[]> {
  const found: string[] = [];
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || 'inline code'} (${e.sourceFile}:${e.lineNumber})`),
    );
  });
  context.on('console', (m) => {
    if (/Content Security Policy|CSP violation/i.test(m.text())) found.push(m.text());
  });
  return found;
}

/** Playwright's `test`, failing any test during which the page or its workers broke the policy. */
export const test = base.extend<{ cspViolations: string[] }>({
  cspViolations: [
    async ({ context }, use) => {
      const found = await watchCsp(context);
      await use(found);
      expect(found, 'Content Security Policy violations').toEqual([]);
    },
    { auto: true },
  ],
});

/** `test` for a single test of the service worker in a spec that otherwise runs without one (the config blocks it). */
export const swTest = test.extend({ serviceWorkers: 'allow' });

export { expect };
