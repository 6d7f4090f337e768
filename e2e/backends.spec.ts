import { expect, test } from './csp';
import { ask, expectTopAnswer, openWithModel, ORACLE_ANSWER, ORACLE_DOC, screenshot } from './helpers';

const ORACLE = '/fixtures/models/oracle/';

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
    });
  }

  test('WebGPU (SwiftShader adapter)', async ({ page }) => {
    await openWithModel(page, { url: ORACLE, backend: 'webgpu' });
    await expect(page.getByTestId('backend-badge')).toContainText('WebGPU');
    await expect(page.getByTestId('notice')).toHaveCount(0);
    await ask(page, 'Who ran far?', ORACLE_DOC);
    await expectTopAnswer(page, ORACLE_ANSWER);
    await screenshot(page, 'answer-webgpu');
  });
});
