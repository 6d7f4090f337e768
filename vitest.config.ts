import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

// Unit tests only: e2e specs run under Playwright against the built app.
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
    // Vitest defaults to cores - 1 workers: one on a 2-core CI machine. The slow files run the model
    // on one thread each and the main process idles, so use every core.
    maxWorkers: Math.max(2, availableParallelism()),
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
