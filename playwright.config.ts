import { defineConfig } from '@playwright/test';
import { CHROMIUM_PATH, chromiumArgs } from './scripts/chromium.ts';

/**
 * End-to-end tests run the built app (`vite preview`, with COOP/COEP and CSP headers) in the system Chromium:
 * Playwright's own browser download does not work offline. CHROME_PATH overrides the binary.
 */
// E2E_PORT lets two checkouts run their suites side by side.
const PORT = Number(process.env.E2E_PORT ?? 4173);

export default defineConfig({
  testDir: 'e2e',
  outputDir: 'test-results/e2e',
  timeout: 120_000,
  expect: { timeout: 30_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: `http://localhost:${PORT}/`,
    // Installing the app's service worker costs 5–15 s per context (it precaches the 14 MB WASM build,
    // racing the model worker's own fetch of it): only the tests of the service worker allow it
    // (`test.use({ serviceWorkers: 'allow' })`, or `swTest` from e2e/csp.ts for one test).
    serviceWorkers: 'block',
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
    launchOptions: { executablePath: CHROMIUM_PATH, args: chromiumArgs({ webgpu: true }) },
  },
  webServer: {
    command: `npx vite preview --port ${PORT} --strictPort`,
    url: `http://localhost:${PORT}/`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
