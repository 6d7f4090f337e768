import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { watchCsp } from './csp';

/**
 * The preview server sends index.html's policy as a header on every file (vite.config.ts), so every
 * spec runs the model, PDF, Word and Markdown workers under it and the csp fixture fails any
 * violation. This is the control that makes those passes mean something: with 'wasm-unsafe-eval'
 * removed from the header only, onnxruntime in the model worker cannot compile, so the header does
 * reach the worker (the page's <meta> still allows it; a worker obeys only its own response headers).
 */
const POLICY = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(
  readFileSync(resolve(import.meta.dirname, '../index.html'), 'utf8'),
)![1];
const ORACLE = '/fixtures/models/oracle/';

test('the preview server sends the policy of index.html as a header', async ({ request }) => {
  const response = await request.get('./');
  expect(response.headers()['content-security-policy']).toBe(POLICY);
});

test('the header does reach the worker: without wasm-unsafe-eval onnxruntime cannot compile', async ({ page, context }) => {
  const violations = await watchCsp(context);
  await context.route('**/*', async (route) => {
    const response = await route.fetch();
    const weakened = POLICY.replace(" 'wasm-unsafe-eval'", '');
    await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': weakened } });
  });
  await page.goto(`./?${new URLSearchParams({ url: ORACLE, backend: 'wasm', autoload: '1' })}`);
  await expect.poll(() => violations.join('\n'), { timeout: 60_000 }).toMatch(/WebAssembly.*'unsafe-eval' is not an allowed source/);
  await context.unrouteAll({ behavior: 'ignoreErrors' }); // the page may still be fetching
});
