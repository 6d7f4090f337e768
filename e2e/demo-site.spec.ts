import type { Page } from '@playwright/test';
import { expect, test } from './csp';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expectTopAnswer, FIXTURES, ORACLE_ANSWER, ORACLE_DOC, screenshot } from './helpers';
import { startStaticServer, type StaticServer } from '../scripts/static-server';

/**
 * `npm run demo` end to end: a demo of the oracle fixture with two examples is built into a
 * temporary folder and served from a sub-path by a plain static server (no COOP/COEP headers, as
 * GitHub Pages): it loads its model without a click, answers an example's question exactly, and
 * does again after an offline reload.
 */
test.use({ serviceWorkers: 'allow' }); // offline after the first visit is the service worker's work

const ROOT = resolve(import.meta.dirname, '..');
const ORACLE_EXAMPLE = JSON.parse(readFileSync(join(FIXTURES, 'oracle/example.json'), 'utf8')) as {
  title: string;
  questions: Array<{ question: string; answer: string }>;
};

let work: string;
let site: StaticServer;

function buildDemo(out: string, extra: string[] = []): void {
  const run = spawnSync(
    'npx',
    ['tsx', 'scripts/demo/cli.ts', '--model', join(FIXTURES, 'oracle'), '--out', out, '--examples', join(work, 'examples.json'), ...extra],
    { cwd: ROOT, encoding: 'utf8' },
  );
  if (run.status !== 0) throw new Error(`npm run demo failed:\n${run.stdout}\n${run.stderr}`);
}

/** Opens a demo and waits for the model, after the one reload into isolation the service worker makes. */
async function openDemo(page: Page, url: string): Promise<void> {
  await page.goto(url);
  // The evaluate can land mid-reload ("execution context was destroyed"): that counts as "not yet".
  await expect.poll(() => page.evaluate(() => crossOriginIsolated).catch(() => false), { timeout: 60_000 }).toBe(true);
  await expect(page.getByTestId('backend-badge')).toBeVisible({ timeout: 90_000 });
}

test.beforeAll(async () => {
  test.setTimeout(120_000);
  work = mkdtempSync(join(tmpdir(), 'qa-demo-'));
  writeFileSync(join(work, 'far.txt'), ORACLE_DOC);
  const examples = [
    JSON.parse(readFileSync(join(FIXTURES, 'oracle/example.json'), 'utf8')),
    { title: 'The far runner', file: 'far.txt', questions: [{ question: 'Who ran far?', answer: ORACLE_ANSWER }] },
  ];
  writeFileSync(join(work, 'examples.json'), JSON.stringify(examples));
  buildDemo(join(work, 'site'), ['--title', 'Oracle QA demo', '--description', 'The oracle answers from zebra to omega.']);
  // The oracle's 8 MB q8 weights over a 3 MiB limit: three parts, as a 110 MB BERT-base file over GitHub's 100 MB.
  buildDemo(join(work, 'split'), ['--max-file-mb', '3']);
  site = await startStaticServer({ '/papers/oracle-demo/': join(work, 'site'), '/split/': join(work, 'split') });
  // The plain host serves the page with no isolation headers: COOP/COEP come from the service worker only.
  const page = await fetch(`${site.url}/papers/oracle-demo/`);
  expect(page.status).toBe(200);
  expect(page.headers.get('cross-origin-embedder-policy')).toBeNull();
});
test.afterAll(async () => {
  await site?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

test('a built demo loads its model at once, answers an example exactly, and again offline', async ({ page, context }) => {
  const demo = `${site.url}/papers/oracle-demo/`;
  // No isolation headers from the host: the service worker reloads the page into isolation once.
  // Loaded without a click, under the demo's name, with no way to change it.
  await openDemo(page, demo);
  await expect(page.getByTestId('model-bar')).toContainText('oracle');
  await expect(page.getByRole('button', { name: /change model/i })).toHaveCount(0);
  await expect(page).toHaveTitle('Oracle QA demo');
  await expect(page.locator('meta[property="og:description"]')).toHaveAttribute('content', 'The oracle answers from zebra to omega.');
  const about = page.getByTestId('about-model');
  await expect(about).toContainText('About this model');
  await expect(about).toContainText('bert');

  // The two examples are offered; the first opens with its question chips.
  await page.getByRole('button', { name: `Try “${ORACLE_EXAMPLE.title}”` }).click();
  await expect(page.getByRole('button', { name: 'Try “The far runner”' })).toHaveCount(0); // the document is no longer empty
  const first = ORACLE_EXAMPLE.questions[0];
  await page.getByTestId('sample-questions').getByRole('button', { name: first.question }).click();
  await expectTopAnswer(page, first.answer);
  await screenshot(page, 'demo-site');

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByTestId('backend-badge')).toBeVisible({ timeout: 90_000 });
  await expect(page.getByTestId('about-model')).toBeVisible();
  // The document and its chips came back from this browser's storage; the answer is asked afresh.
  await expect(page.getByTestId('answer')).toHaveCount(0);
  await page.getByTestId('sample-questions').getByRole('button', { name: first.question }).click();
  await expectTopAnswer(page, first.answer);
});

test('weights split into parts below --max-file-mb load into the same model and give the same answer', async ({ page }) => {
  const requested: string[] = [];
  page.on('request', (r) => requested.push(new URL(r.url()).pathname));
  await openDemo(page, `${site.url}/split/`);
  await expect(page.getByTestId('backend-badge')).toContainText('q8');
  const weights = requested.filter((p) => p.includes('/model/onnx/'));
  expect([...new Set(weights)]).toEqual([0, 1, 2].map((i) => `/split/model/onnx/model_quantized.onnx.part-00${i}`));
  await page.getByRole('button', { name: 'Try “The far runner”' }).click();
  await page.getByTestId('sample-questions').getByRole('button', { name: 'Who ran far?' }).click();
  await expectTopAnswer(page, ORACLE_ANSWER);
});

test('?embed=1 is the compact layout for an iframe: question, document, answers, no header chrome', async ({ page }) => {
  await openDemo(page, `${site.url}/papers/oracle-demo/?embed=1`);
  await expect(page.getByRole('heading', { level: 1 })).not.toBeInViewport(); // kept for screen readers only
  await expect(page.getByTestId('about-model')).toHaveCount(0);
  await expect(page.getByRole('heading', { name: /evaluate/i })).toHaveCount(0);
  await page.getByRole('button', { name: 'Try “The far runner”' }).click();
  await page.getByTestId('sample-questions').getByRole('button', { name: 'Who ran far?' }).click();
  await expectTopAnswer(page, ORACLE_ANSWER);
  await screenshot(page, 'demo-embed');
});
