import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { test as base, type BrowserContext } from '@playwright/test';
import { expect, test, watchCsp } from './csp';
import { ask, expectTopAnswer, openWithModel, ORACLE_ANSWER, ORACLE_DOC } from './helpers';
import { sampleDocx } from '../test/helpers/make-docx';
import { markerPdf } from '../test/helpers/make-pdf';
import { display, expectOpened, MIME, openFile } from './documents-helpers';

/**
 * index.html's <meta> policy does not reach the model worker (a worker takes its policy from its
 * own response headers), and the worker is where onnxruntime runs: the WebGPU and JSEP glue both
 * contain a `new Function`. Here every response carries the same policy as a header, as a host that
 * can send headers would, so onnxruntime runs under it on both backends.
 */
const POLICY = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(
  readFileSync(resolve(import.meta.dirname, '../index.html'), 'utf8'),
)![1];
const ORACLE = '/fixtures/models/oracle/';

// No service worker: every response, the worker scripts included, comes straight from the route.
test.use({ serviceWorkers: 'block' });
base.use({ serviceWorkers: 'block' });

async function sendPolicy(context: BrowserContext, policy: string): Promise<void> {
  await context.route('**/*', async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': policy } });
  });
}

for (const backend of ['webgpu', 'wasm']) {
  test(`the policy as a header, worker included: ${backend} loads and answers`, async ({ page, context }) => {
    await sendPolicy(context, POLICY);
    await openWithModel(page, { url: ORACLE, backend, threads: '2' });
    await expect(page.getByTestId('backend-badge')).toContainText(backend === 'webgpu' ? 'WebGPU' : 'WASM');
    await expect(page.getByTestId('notice')).toHaveCount(0);
    await ask(page, 'Who ran far?', ORACLE_DOC);
    await expectTopAnswer(page, ORACLE_ANSWER);
  });
}

// Without this the test above could pass because the header never applied to the worker.
base('the header does reach the worker: without wasm-unsafe-eval onnxruntime cannot compile', async ({ page, context }) => {
  const violations = await watchCsp(context);
  await sendPolicy(context, POLICY.replace(" 'wasm-unsafe-eval'", ''));
  await page.goto(`./?${new URLSearchParams({ url: ORACLE, backend: 'wasm', autoload: '1' })}`);
  await expect.poll(() => violations.join('\n'), { timeout: 60_000 }).toMatch(/WebAssembly.*'unsafe-eval' is not an allowed source/);
  await context.unrouteAll({ behavior: 'ignoreErrors' }); // the page may still be fetching
});

// pdf.js (main thread and its worker) and the Word worker under the header policy: opening both
// formats and drawing a PDF page break no rule (the auto fixture fails the test on any violation).
test('the policy as a header: opening a PDF and a .docx and drawing the page view', async ({ page, context }) => {
  await sendPolicy(context, POLICY);
  await page.goto('./');
  await openFile(page, 'policy.pdf', await markerPdf('line'), MIME.pdf);
  await expectOpened(page, 'policy.pdf');
  await display(page, 'Page').click();
  await expect(page.locator('.pdf-page .textLayer span').first()).toBeVisible();
  await expect(page.getByTestId('page-number')).toHaveText('Page 1 of 1');
  await openFile(page, 'policy.docx', await sampleDocx(), MIME.docx);
  await expectOpened(page, 'policy.docx');
  await expect(page.getByLabel('Document', { exact: true })).toHaveValue(/Quarterly report/);
});
