import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test, type BrowserContext } from '@playwright/test';
import { watchCsp } from './csp';
import { HEADER_CONNECT_SRC, headerPolicy, metaPolicy } from '../scripts/vite/csp-header';

/**
 * The preview server sends index.html's policy as a header on every file (vite.config.ts,
 * scripts/vite/csp-header.ts), so every spec runs the model, PDF, Word and Markdown workers under it
 * and the csp fixture fails any violation. These are the controls that make those passes mean
 * something: the header is sent, it does reach the worker, and the page stays under the <meta>'s
 * stricter connect-src. Plain Playwright `test` here: each test expects its violation.
 */
const INDEX = resolve(import.meta.dirname, '../index.html');
const POLICY = headerPolicy(INDEX);
const ORACLE = '/fixtures/models/oracle/';

test('the preview server sends the policy of index.html as a header, connect-src widened for workers only', async ({ request }) => {
  // The document and the model worker's script: a worker is governed by its own response's header.
  const worker = readdirSync(resolve(import.meta.dirname, '../dist/assets')).find((f) => /^qa\.worker-[\w-]+\.js$/.test(f));
  for (const path of ['./', `./assets/${worker}`]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    expect(response.headers()['content-security-policy'], path).toBe(POLICY);
  }
  const differs = (a: string, b: string) => a.split('; ').filter((d) => !b.split('; ').includes(d));
  expect(differs(POLICY, metaPolicy(INDEX))).toEqual([`connect-src ${HEADER_CONNECT_SRC}`]);
  expect(differs(metaPolicy(INDEX), POLICY)).toHaveLength(1);
});

async function sendPolicy(context: BrowserContext, policy: string): Promise<void> {
  await context.route('**/*', async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': policy } });
  });
}

test('the header does reach the worker: without wasm-unsafe-eval onnxruntime cannot compile', async ({ page, context }) => {
  const violations = await watchCsp(context);
  // Only the header loses it (the page's <meta> still allows it): a worker obeys only its own headers.
  await sendPolicy(context, POLICY.replace(" 'wasm-unsafe-eval'", ''));
  await page.goto(`./?${new URLSearchParams({ url: ORACLE, backend: 'wasm', autoload: '1' })}`);
  await expect.poll(() => violations.join('\n'), { timeout: 60_000 }).toMatch(/WebAssembly.*'unsafe-eval' is not an allowed source/);
  await context.unrouteAll({ behavior: 'ignoreErrors' }); // the page may still be fetching
});

test("the page itself stays under the <meta>'s connect-src: another https origin is refused", async ({ page, context }) => {
  const violations = await watchCsp(context);
  await page.goto('./');
  expect(
    await page.evaluate(() =>
      fetch('https://example.com/').then(
        () => 'fetched',
        () => 'refused',
      ),
    ),
  ).toBe('refused');
  await expect.poll(() => violations.join('\n')).toMatch(/connect-src.*https:\/\/example\.com|example\.com.*connect-src/);
});
