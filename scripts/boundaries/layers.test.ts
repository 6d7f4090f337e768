import { readdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkBoundaries } from '../check-boundaries';
import { APP_FEATURES } from './layers';

const specs = (path: string, text: string) => checkBoundaries([{ path, text }]).map((v) => v.specifier);
const rules = (path: string, text: string) => checkBoundaries([{ path, text }]).map((v) => v.rule);

describe('rules between app features', () => {
  it('common imports no feature', () => {
    expect(specs('src/app/common/x.ts', "import type { AskState } from '../ask/use-ask';\nimport { f } from './format';")).toEqual([
      '../ask/use-ask',
    ]);
    expect(rules('src/app/common/x.ts', "import type { ModelState } from '../model/use-model';")[0]).toContain(
      'feature common must not import feature model',
    );
  });

  it('allows the declared edges only, by type as well as by value', () => {
    expect(specs('src/app/ask/x.ts', "import { startupParams } from '../model/url-params';")).toEqual([]);
    expect(specs('src/app/history/x.ts', "import type { AskState } from '../ask/use-ask';")).toEqual([]);
    expect(specs('src/app/model/x.ts', "import { useOnline } from '../pwa/use-online';")).toEqual([]);
    // The edges that made a cycle (pwa -> model) and that go upwards (model -> ask) are refused.
    expect(specs('src/app/pwa/x.ts', "import type { LastModel } from '../model/last-model';")).toEqual(['../model/last-model']);
    expect(specs('src/app/model/x.ts', "import { useAsk } from '../ask/use-ask';")).toEqual(['../ask/use-ask']);
  });

  it('the shell composes every feature; no feature imports the shell', () => {
    const all = Object.keys(APP_FEATURES)
      .map((f) => `import '${`./${f}/x`}';`)
      .join('\n');
    expect(specs('src/app/App.tsx', all)).toEqual([]);
    expect(specs('src/app/main.tsx', "import { App } from './App';")).toEqual([]);
    expect(rules('src/app/ask/x.ts', "import { App } from '../App';")[0]).toContain("src/app/'s shell files");
  });

  it('a folder not in the table is refused until it gets a row', () => {
    expect(rules('src/app/state/x.ts', "import { f } from '../common/format';")[0]).toContain('not a known feature');
    expect(rules('src/app/App.tsx', "import { useAppState } from './state/use-app-state';")[0]).toContain('not a known feature');
  });

  it('the table is acyclic and names exactly the folders under src/app/', () => {
    const visiting = new Set<string>();
    const done = new Set<string>();
    const visit = (f: string, path: string[]): void => {
      if (done.has(f)) return;
      if (visiting.has(f)) throw new Error(`cycle: ${[...path, f].join(' -> ')}`);
      visiting.add(f);
      for (const to of APP_FEATURES[f]) {
        expect(APP_FEATURES).toHaveProperty(to);
        visit(to, [...path, f]);
      }
      done.add(f);
    };
    for (const f of Object.keys(APP_FEATURES)) expect(() => visit(f, [])).not.toThrow();
    expect(APP_FEATURES.common).toEqual([]);
    const appDir = resolve(dirname(fileURLToPath(import.meta.url)), '../../src/app');
    const folders = readdirSync(appDir, { withFileTypes: true }).filter((e) => e.isDirectory());
    expect(folders.map((e) => e.name).sort()).toEqual(Object.keys(APP_FEATURES).sort());
  });
});

describe('rules for tests, scripts, e2e and configs', () => {
  it('e2e specs drive the built app: no app or engine code in Node, helpers and scripts are fine', () => {
    const text = [
      "import { decode } from '../src/engine/decode';",
      "import { openPdf } from '../src/app/document/pdf-client';",
      "import type { QaResult } from '../src/shared/answers';",
      "import * as make from '../test/helpers/make-pdf';",
      "import { startStaticServer } from '../scripts/static-server';",
      "import { FIXTURES } from '../scripts/fixtures/data-paths';",
      "import type { PdfCheckResult } from './pages/pdf-worker-page';",
    ].join('\n');
    expect(specs('e2e/x.spec.ts', text)).toEqual(['../src/engine/decode', '../src/app/document/pdf-client']);
    expect(specs('e2e/x.spec.ts', "import { run } from './pages/pdf-worker-page';")).toEqual(['./pages/pdf-worker-page']);
  });

  it('e2e pages put app modules in a browser, reaching the engine only through a worker', () => {
    expect(specs('e2e/pages/p.ts', "import { openPdf } from '../../src/app/document/pdf-client';")).toEqual([]);
    expect(specs('e2e/pages/p.ts', "import { decode } from '../../src/engine/decode';")).toEqual(['../../src/engine/decode']);
  });

  it('the bench page is a browser bundle: client, app and engine yes, the Node side of scripts/ no', () => {
    const text = [
      "import { QaWorkerClient } from '../../../src/client/worker-client';",
      "import { createEngine } from '../../../src/engine/create-engine';",
      "import { referenceTokenizer } from '../../../test/helpers/reference-tokenizer';",
      "import { startStaticServer } from '../../static-server';",
    ].join('\n');
    expect(specs('scripts/bench/page/main.ts', text)).toEqual(['../../static-server']);
    expect(
      specs('scripts/bench/browser.ts', "import type { BenchPage } from './page/main.js';\nimport { x } from './page/main.js';"),
    ).toEqual(['./page/main.js']);
  });

  it('Node scripts may run the engine, not the UI; the fixture generator uses neither', () => {
    expect(specs('scripts/eval/cli.ts', "import { parseSquad } from '../../src/engine/squad/dataset';")).toEqual([]);
    expect(specs('scripts/eval/cli.ts', "import type { QaEvalOutcome } from '../../src/eval/eval-page';")).toEqual([]);
    expect(specs('scripts/x.ts', "import { qaClient } from '../src/client/worker-client';")).toEqual(['../src/client/worker-client']);
    expect(specs('scripts/fixtures/x.ts', "import { tokenizerFromJson } from '../../src/engine/tokenizer/from-json';")).toEqual([
      '../../src/engine/tokenizer/from-json',
    ]);
    expect(specs('scripts/fixtures/x.ts', "import { prng } from './prng';")).toEqual([]);
  });

  it('a computed dynamic import is accepted only where the layer says why', () => {
    expect(specs('scripts/bench/x.ts', 'const m = await import(resolve(src, "engine/load-model.ts"));')).toEqual([]);
    expect(specs('test/x.test.ts', 'const m = await import(name);')).toEqual(['<computed>']);
  });

  it('unit tests may use what they test, never Playwright specs or pages that act on import', () => {
    const text = [
      "import { openDocumentFile } from '../src/app/document/open-document';",
      "import { decode } from '../src/engine/decode';",
      "import { mixedText } from '../scripts/bench/inputs';",
      "import { test } from '../e2e/csp';",
      "import '../src/sw';",
      "import '../src/eval/eval-page';",
    ].join('\n');
    expect(specs('test/x.test.ts', text)).toEqual(['../e2e/csp', '../src/sw', '../src/eval/eval-page']);
  });

  it('tool configs use scripts/ only', () => {
    expect(specs('vite.config.ts', "import { serveFixtures } from './scripts/vite/serve-fixtures.ts';")).toEqual([]);
    expect(specs('vitest.config.ts', "import { x } from './src/engine/decode';")).toEqual(['./src/engine/decode']);
  });
});
