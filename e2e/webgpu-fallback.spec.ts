import { expect, test } from './csp';
import { CHROMIUM_PATH, chromiumArgs } from '../scripts/chromium';
import { ask, expectTopAnswer, openWithModel, ORACLE_ANSWER, ORACLE_DOC, screenshot } from './helpers';

const ORACLE = '/fixtures/models/oracle/';

// Playwright needs launch options at file level: a separate browser without --enable-unsafe-webgpu
// has no WebGPU adapter, as on many real machines.
test.use({
  launchOptions: { executablePath: CHROMIUM_PATH, args: chromiumArgs({ webgpu: false }) },
});

test('forcing WebGPU falls back to WASM and says so', async ({ page }) => {
  await openWithModel(page, { url: ORACLE, backend: 'webgpu' });
  await expect(page.getByTestId('backend-badge')).toContainText('WASM');
  await expect(page.getByTestId('notice')).toContainText(/WebGPU.*WASM/);
  await ask(page, 'Who ran far?', ORACLE_DOC);
  await expectTopAnswer(page, ORACLE_ANSWER);
  await screenshot(page, 'webgpu-fallback-notice');
});
