import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './csp';
import { ask, expectTopAnswer, FIXTURES, openWithModel, ORACLE_ANSWER, ORACLE_DOC, screenshot } from './helpers';
import { buildBertQa } from '../scripts/fixtures/bert-qa';
import { oracleWeights } from '../scripts/fixtures/generate';

const ORACLE = '/fixtures/models/oracle/';

/** This browser's WebGPU adapter: fp16 shaders, and whether it is a software one (SwiftShader here: yes, no f16). */
const adapter = (page: Page) =>
  page.evaluate(async () => {
    type Adapter = { features: Set<string>; info?: { isFallbackAdapter?: boolean } };
    const found = await (navigator as { gpu?: { requestAdapter(): Promise<Adapter | null> } }).gpu?.requestAdapter();
    return { shaderF16: !!found?.features.has('shader-f16'), software: !!found?.info?.isFallbackAdapter };
  });

/**
 * The oracle model's n-best holds many spans around its answer ("ran far", "Zébra ran far, past…"):
 * the list shows them as one answer with its variants folded under it, never as near-duplicates.
 */
async function expectMergedVariants(page: Page): Promise<void> {
  // Every answer listed is a different place in the text: no two overlap.
  const spans = await page
    .getByTestId('answer')
    .evaluateAll((items) => items.map((li) => li.querySelector('.answer-text')?.textContent ?? ''));
  const at = spans.map((t) => ({ start: ORACLE_DOC.indexOf(t), end: ORACLE_DOC.indexOf(t) + t.length }));
  for (const [i, a] of at.entries()) for (const b of at.slice(i + 1)) expect(a.end <= b.start || b.end <= a.start, `${spans}`).toBe(true);

  const top = page.getByTestId('answer').first();
  const variants = top.getByTestId('answer-alternatives');
  // Every variant here is under 3%, so the fold says so and lists them all (answer-cards.spec has both kinds).
  const summary = variants.locator(':scope > summary');
  await expect(summary).toHaveText(/^\d+ overlapping variants?, each under 3% \(included in \d+%\)$/);
  const count = Number((await summary.innerText()).match(/^\d+/)![0]);
  expect(count).toBeGreaterThan(1);
  await summary.click();
  const texts = await variants.locator('li .answer-text').allInnerTexts();
  expect(texts).toHaveLength(count);
  // Each variant overlaps the answer it is folded under.
  const main = { start: ORACLE_DOC.indexOf(ORACLE_ANSWER), end: ORACLE_DOC.indexOf(ORACLE_ANSWER) + ORACLE_ANSWER.length };
  for (const t of texts) {
    const start = ORACLE_DOC.indexOf(t);
    expect(start >= 0 && start < main.end && start + t.length > main.start, t).toBe(true);
  }
}

test.describe('oracle model answers with the exact span on every backend', () => {
  for (const threads of ['1', '2']) {
    test(`WASM, ${threads} thread(s)`, async ({ page }) => {
      await openWithModel(page, { url: ORACLE, backend: 'wasm', threads });
      const badge = page.getByTestId('backend-badge');
      await expect(badge).toContainText('WASM');
      await expect(badge).toContainText(threads === '1' ? '1 thread' : '2 threads');
      await expect(badge).toContainText('q8');
      expect(await page.evaluate(() => crossOriginIsolated)).toBe(true);
      await ask(page, 'Who ran far?', ORACLE_DOC);
      await expectTopAnswer(page, ORACLE_ANSWER);
      if (threads === '2') await screenshot(page, 'answer-wasm');
      else
        await test.step('overlapping spans are merged into one answer, their variants listed on expand and counted in its share', () =>
          expectMergedVariants(page));
    });
  }

  test('WebGPU (SwiftShader adapter), on the native WebGPU build', async ({ page, context }) => {
    const wasm: string[] = [];
    context.on('request', (r) => r.url().endsWith('.wasm') && wasm.push(r.url()));
    await openWithModel(page, { url: ORACLE, backend: 'webgpu' });
    const { shaderF16, software } = await adapter(page);
    // The auto preference: fp16 with shader-f16, else q4 (not in the fixtures), then fp32.
    await expect(page.getByTestId('backend-badge')).toContainText(`WebGPU · ${shaderF16 ? 'fp16' : 'fp32'}`);
    await expect(page.getByTestId('notice')).toHaveCount(0);
    if (software) await expect(page.getByRole('list', { name: 'This browser' })).toContainText('(software)');
    await ask(page, 'Who ran far?', ORACLE_DOC);
    await expectTopAnswer(page, ORACLE_ANSWER);
    await screenshot(page, 'answer-webgpu');
    // onnxruntime-web/webgpu's runtime, not the deprecated JSEP one (the service worker precaches the WASM build too).
    expect(wasm.some((u) => /ort-wasm-simd-threaded\.asyncify-[\w-]+\.wasm$/.test(u))).toBe(true);
    expect(wasm.filter((u) => u.includes('.jsep'))).toEqual([]);
  });
});

test.describe('the other WebGPU weight formats run there, or fall back to WASM and say why', () => {
  test('q4 (MatMulNBits, built here: the fixtures ship no q4 file)', async ({ page, context }) => {
    const vocab = JSON.parse(readFileSync(resolve(FIXTURES, 'oracle/tokenizer.json'), 'utf8')).model.vocab;
    const q4 = buildBertQa(oracleWeights(vocab), { kind: 'nbits', bits: 4, blockSize: 32, accuracyLevel: 4 });
    // context.route also sees the service worker's fetches, which carry the worker's.
    await context.route(`**${ORACLE}onnx/model_q4.onnx`, (route) =>
      route.fulfill({
        body: Buffer.from(q4),
        headers: { 'content-type': 'application/octet-stream', 'content-length': String(q4.length) },
      }),
    );
    await openWithModel(page, { url: ORACLE, backend: 'webgpu', dtype: 'q4' });
    await expect(page.getByTestId('backend-badge')).toContainText('WebGPU · q4');
    await expect(page.getByTestId('notice')).toHaveCount(0);
    await ask(page, 'Who ran far?', ORACLE_DOC);
    await expectTopAnswer(page, ORACLE_ANSWER);
  });

  test('fp16', async ({ page }) => {
    await openWithModel(page, { url: ORACLE, backend: 'webgpu', dtype: 'fp16' });
    const badge = page.getByTestId('backend-badge');
    if ((await adapter(page)).shaderF16) {
      await expect(badge).toContainText('WebGPU · fp16');
    } else {
      // The native WebGPU provider refuses the f16 Cast ("requires f16 but the device does not support
      // it"); JSEP used to run it and return all-zero logits.
      await expect(badge).toContainText('WASM');
      await expect(badge).toContainText('fp16');
      await expect(page.getByTestId('notice')).toContainText(/WebGPU failed.*f16.*using WASM/);
    }
    await ask(page, 'Who ran far?', ORACLE_DOC);
    await expectTopAnswer(page, ORACLE_ANSWER);
  });
});
