/**
 * The import rules that scripts/check-boundaries.ts enforces: which layer may reference which, and
 * between the app's features. To add a folder, give it a row here; until then every file in it fails.
 */
import type { RefKind } from './module-refs';

const ALL: RefKind[] = ['value', 'type', 'url'];
const BY_TYPE_OR_URL: RefKind[] = ['type', 'url'];

export interface Layer {
  name: string;
  /**
   * A path ending in '/' covers that folder tree (test files included); otherwise one exact file.
   * A file belongs to the layer of its longest matching path, so a folder can be carved out of another.
   */
  paths: string[];
  /** Project layers this one may reference, and how. A layer not listed is off limits. */
  may: Record<string, RefKind[]>;
  /** npm packages this layer may import: 'any', or an allow-list. */
  packages: 'any' | string[];
  why: string;
  /** Set where a dynamic import() with a computed specifier is accepted unchecked: why it is needed. */
  computedImports?: string;
}

// What ships: the UI talks to the engine only through the worker, and the wire contract (src/shared)
// stays free of project code, so the layers can be changed or split apart without dragging each other.
const SHIPPED: Layer[] = [
  {
    name: 'shared',
    paths: ['src/shared/'],
    may: { shared: ALL },
    packages: ['comlink'],
    why: 'the wire contract depends on nothing in the project (comlink: its error transfer handler)',
  },
  {
    name: 'engine',
    paths: ['src/engine/'],
    may: { engine: ALL, shared: ALL },
    packages: 'any',
    why: 'the engine knows nothing about who drives it',
  },
  {
    name: 'worker',
    paths: ['src/worker/'],
    may: { worker: ALL, engine: ALL, shared: ALL },
    packages: 'any',
    why: 'the worker hosts the engine',
  },
  // The one owner of the QA worker's lifetime, shared by the app, the CLI's page and the bench page,
  // so their numbers are the app's numbers.
  {
    name: 'client',
    paths: ['src/client/'],
    may: { client: ALL, shared: ALL, worker: BY_TYPE_OR_URL },
    packages: 'any',
    why: 'the page side of the worker: it starts the worker by URL and knows its API by type only',
  },
  {
    name: 'app',
    paths: ['src/app/'],
    may: { app: ALL, client: ALL, shared: ALL, worker: BY_TYPE_OR_URL },
    packages: 'any',
    why: 'UI pages reach the engine only through the worker, and each page stands alone',
  },
  {
    name: 'eval',
    paths: ['src/eval/'],
    may: { eval: ALL, client: ALL, shared: ALL, worker: BY_TYPE_OR_URL },
    packages: 'any',
    why: 'UI pages reach the engine only through the worker',
  },
  {
    name: 'sw',
    paths: ['src/sw.ts', 'src/sw.test.ts'],
    may: { shared: ALL },
    packages: 'any',
    why: 'the service worker runs apart from the page and the worker',
  },
];

// What does not ship. Node code (tests, CLIs, specs) may run the engine directly; code bundled for a
// browser page may not pull in Node code; and the generated fixtures stand apart from what they test.
const TOOLING: Layer[] = [
  {
    name: 'fixtures',
    paths: ['scripts/fixtures/'],
    may: { fixtures: ALL },
    packages: 'any',
    why: 'the test models and tokenizers are built without the code they test, so an engine bug cannot hide in its own fixtures',
  },
  {
    name: 'test',
    paths: ['test/'],
    may: { test: ALL, engine: ALL, shared: ALL, app: ALL, client: ALL, worker: ALL, fixtures: ALL, scripts: ALL },
    packages: 'any',
    why: 'unit tests run in Node under Vitest: Playwright specs, and pages or workers that act on import (eval, sw, e2e and bench pages), cannot load there',
  },
  {
    name: 'scripts',
    paths: ['scripts/'],
    may: { scripts: ALL, fixtures: ALL, test: ALL, engine: ALL, shared: ALL, eval: ['type'], 'bench-page': ['type'] },
    packages: 'any',
    why: 'Node scripts run the engine directly, or drive a browser page whose results they know by type only',
    computedImports: 'benchmarks load the engine of another checkout (--before, --src) to compare two versions',
  },
  {
    name: 'bench-page',
    paths: ['scripts/bench/page/'],
    may: { 'bench-page': ALL, client: ALL, app: ALL, engine: ALL, shared: ALL, worker: BY_TYPE_OR_URL, test: ALL },
    packages: 'any',
    why: 'the bench page is bundled for the browser: the Node side of scripts/ must not leak into it',
  },
  {
    name: 'e2e',
    paths: ['e2e/'],
    may: { e2e: ALL, 'e2e-pages': ['type'], test: ALL, fixtures: ALL, scripts: ALL, shared: ['type'] },
    packages: 'any',
    why: 'specs check the built app through the browser: app or engine code imported into Node would test a copy, not what ships',
  },
  {
    name: 'e2e-pages',
    paths: ['e2e/pages/'],
    may: { 'e2e-pages': ALL, app: ALL, client: ALL, shared: ALL, worker: BY_TYPE_OR_URL },
    packages: 'any',
    why: 'pages that put app modules in a real browser: like the app, they reach the engine only through a worker',
  },
  {
    name: 'config',
    paths: ['vite.config.ts', 'vitest.config.ts', 'playwright.config.ts'],
    may: { scripts: ALL },
    packages: 'any',
    why: 'tool configs use the dev-server and browser helpers under scripts/, nothing that ships',
  },
];

export const LAYERS: Layer[] = [...SHIPPED, ...TOOLING];

// Test files follow their layer's rules, and may also use the `test` layer (its helpers are never bundled).
export const TEST_LAYER = 'test';

/**
 * The app's features (src/app/<feature>/) and the features each may import; files directly in
 * src/app/ (App.tsx, main.tsx) compose them and may import any. Kept acyclic (a test checks it), so
 * a feature can be read, tested or moved without the ones above it; common/ imports no feature.
 */
export const APP_FEATURES: Record<string, string[]> = {
  common: [],
  styles: [],
  pwa: ['common'],
  // A demo page (npm run demo) names the model to load and the examples: read by the model and the page.
  demo: ['common', 'sample'],
  model: ['common', 'pwa', 'demo'],
  document: ['common'],
  ask: ['common', 'model'],
  history: ['common', 'ask'],
  evaluate: ['common'],
  sample: ['common'],
  library: ['common', 'document'],
  // Right / Wrong flags on answers, kept locally and exported as SQuAD 2.0.
  flag: ['common'],
  // The rules between features (what a new document, a model load or an error asks of each): it sits
  // above the features it ties together, and only App.tsx imports it.
  workspace: ['common', 'ask', 'document', 'evaluate', 'history'],
};
export const APP_ROOT = 'src/app/';
