import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

// Unit tests only: e2e specs run under Playwright against the built app.
export default defineConfig({
  test: {
    // Vitest defaults to cores - 1 workers: one on a 2-core CI machine. The slow files run the model
    // on one thread each and the main process idles, so use every core.
    maxWorkers: Math.max(2, availableParallelism()),
    // The oracle and parity tests run hundreds of model calls: 120 s timed out once on a slow CI
    // machine (oracle, 200 documents in both orders). A limit, not a speed check (that is npm run bench).
    testTimeout: 300_000,
    hookTimeout: 300_000,
    projects: [
      {
        extends: true,
        test: { name: 'node', include: ['src/**/*.test.ts', 'test/**/*.test.ts', 'scripts/**/*.test.ts'], environment: 'node' },
      },
      // Hook and component tests (.test.tsx) need a DOM; the rest runs without one, as the engine does.
      {
        extends: true,
        test: { name: 'dom', include: ['src/**/*.test.tsx'], environment: 'happy-dom', setupFiles: ['test/helpers/dom-setup.ts'] },
      },
    ],
  },
});
