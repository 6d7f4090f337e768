import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { findModuleRefs } from './boundaries/module-refs';
import { checkBoundaries, readSourceTree, type Violation } from './check-boundaries';

/** Violations for one in-memory file. */
const check = (path: string, text: string): Violation[] => checkBoundaries([{ path, text }]);
const specs = (path: string, text: string) => check(path, text).map((v) => v.specifier);

describe('check-boundaries', () => {
  it('app must not import engine, by value or by type', () => {
    expect(specs('src/app/App.tsx', "import { MODEL_CACHE_NAME } from '../engine/model-source';")).toEqual(['../engine/model-source']);
    const [v] = check('src/app/hooks/use-ask.ts', "import type { QaResult } from '../../engine/qa-engine';");
    expect(v).toMatchObject({ file: 'src/app/hooks/use-ask.ts', line: 1, kind: 'type' });
    expect(v.rule).toContain('app must not depend on engine');
  });

  it('the client reaches the worker by type-only import or new URL(), not by value', () => {
    expect(specs('src/client/worker-client.ts', "import { api } from '../worker/qa.worker';")).toEqual(['../worker/qa.worker']);
    expect(specs('src/app/a.ts', "import { api } from '../worker/qa.worker';")).toEqual(['../worker/qa.worker']);
    expect(
      check(
        'src/client/worker-client.ts',
        [
          "import type { QaWorkerApi } from '../worker/qa.worker';",
          "import { type QaWorkerApi as Api } from '../worker/qa.worker';",
          "const w = new Worker(new URL('../worker/qa.worker.ts', import.meta.url), { type: 'module' });",
        ].join('\n'),
      ),
    ).toEqual([]);
  });

  it('a mixed `import { type A, b }` counts as a value import', () => {
    const [v] = check('src/eval/eval-page.ts', "import { type QaWorkerApi, expose } from '../worker/qa.worker';");
    expect(v).toMatchObject({ kind: 'value', specifier: '../worker/qa.worker' });
    expect(findModuleRefs('x.ts', "import x, { type A } from './a';\nimport * as ns from './b';").map((r) => r.kind)).toEqual([
      'value',
      'value',
    ]);
  });

  it('the app and the eval page share the worker client, which imports neither; the app never imports the eval page', () => {
    expect(specs('src/eval/eval-page.ts', "import { QaWorkerClient } from '../client/worker-client';")).toEqual([]);
    expect(specs('src/app/ask/use-ask.ts', "import { qaClient } from '../../client/worker-client';")).toEqual([]);
    expect(
      specs('src/client/worker-client.ts', "import { App } from '../app/App';\nimport type { QaEvalOutcome } from '../eval/eval-page';"),
    ).toEqual(['../app/App', '../eval/eval-page']);
    expect(specs('src/eval/eval-page.ts', "import { ask } from '../app/ask/use-ask';")).toEqual(['../app/ask/use-ask']);
    expect(specs('src/eval/eval-page.ts', "import { detectCapabilities } from '../engine/capabilities';")).toEqual([
      '../engine/capabilities',
    ]);
    expect(specs('src/app/App.tsx', "import type { QaEvalOutcome } from '../eval/eval-page';")).toEqual(['../eval/eval-page']);
  });

  it('shared depends on nothing in the project, and of packages only comlink', () => {
    expect(specs('src/shared/protocol.ts', "export type { Backend } from '../engine/model-files';")).toEqual(['../engine/model-files']);
    expect(
      specs('src/shared/x.ts', "import 'onnxruntime-web';\nimport { wrap } from 'comlink';\nimport { QaError } from './errors';"),
    ).toEqual(['onnxruntime-web']);
  });

  it('engine must not import app, worker or sw; packages are fine', () => {
    const text = "import { a } from '../app/App';\nimport '../worker/qa.worker';\nimport '../sw';\nimport * as ort from 'onnxruntime-web';";
    // One folder deeper the same specifiers land inside engine: targets are resolved, not pattern-matched.
    expect(check('src/engine/tokenizer/x.ts', text)).toEqual([]);
    expect(check('src/engine/x.ts', text).map((v) => [v.line, v.specifier])).toEqual([
      [1, '../app/App'],
      [2, '../worker/qa.worker'],
      [3, '../sw'],
    ]);
  });

  it('sw may use only shared and packages', () => {
    expect(
      specs(
        'src/sw.ts',
        "import { clientsClaim } from 'workbox-core';\nimport { QaError } from './shared/errors';\nimport { x } from './engine/model-source';",
      ),
    ).toEqual(['./engine/model-source']);
  });

  it('sees export * from, dynamic import(), import = require() and typeof import()', () => {
    expect(specs('src/app/a.ts', "export * from '../engine/qa-engine';")).toEqual(['../engine/qa-engine']);
    expect(specs('src/app/a.ts', "const m = await import('../engine/ort-builds');")).toEqual(['../engine/ort-builds']);
    expect(check('src/app/a.ts', "const w = await import('../worker/qa.worker');")).toMatchObject([{ kind: 'value' }]);
    expect(specs('src/app/a.ts', "import e = require('../engine/decode');")).toEqual(['../engine/decode']);
    expect(check('src/app/a.ts', "type T = typeof import('../engine/decode');")).toMatchObject([{ kind: 'type' }]);
    expect(check('src/app/a.ts', 'const m = await import(name);')).toMatchObject([{ specifier: '<computed>' }]);
  });

  it('treats new URL(..., import.meta.url) as a reference to that file', () => {
    expect(check('src/app/a.ts', "const u = new URL('../engine/ort-runner.ts', import.meta.url);")).toMatchObject([
      { kind: 'url', line: 1 },
    ]);
    expect(specs('src/shared/a.ts', "const u = new URL('../worker/qa.worker.ts', import.meta.url);")).toEqual(['../worker/qa.worker.ts']);
    // Absolute URLs and files of the same layer are not boundary crossings.
    expect(check('src/app/a.ts', "new URL('https://x.test/m.onnx', import.meta.url);\nnew URL('logo.svg', import.meta.url);")).toEqual([]);
  });

  it('reports the specifier line of a multi-line import', () => {
    expect(check('src/app/a.ts', "// hi\nimport {\n  a,\n  b,\n} from '../engine/x';")).toMatchObject([{ line: 5 }]);
  });

  it('flags a file outside the known layers and a target outside them', () => {
    expect(check('src/lib/util.ts', 'export const x = 1;')).toMatchObject([
      { file: 'src/lib/util.ts', rule: expect.stringContaining('outside the known layers') },
    ]);
    expect(specs('src/app/a.ts', "import { x } from '../lib/util';")).toEqual(['../lib/util']);
    // Only test files may borrow the helpers under test/.
    expect(check('src/engine/a.test.ts', "import { p } from '../../test/helpers/paths';")).toEqual([]);
    // repo-paths: not ours (a virtual file under src/)
    expect(specs('src/engine/a.ts', "import { p } from '../../test/helpers/paths';")).toEqual(['../../test/helpers/paths']);
  });

  it('test files follow their layer', () => {
    expect(specs('src/app/a.test.ts', "import { describe } from 'vitest';\nimport { decode } from '../engine/decode';")).toEqual([
      '../engine/decode',
    ]);
  });

  it('resolves index files and extensions by path alone', () => {
    expect(specs('src/app/a.ts', "import '../shared';\nimport '../shared/errors.ts';\nimport '../engine';")).toEqual(['../engine']);
  });

  it('runs over the real src/ tree', () => {
    const files = readSourceTree(resolve(dirname(fileURLToPath(import.meta.url)), '..'));
    const violations = checkBoundaries(files);
    expect(Array.isArray(violations)).toBe(true);
    expect(files.length).toBeGreaterThan(0);
    for (const tree of ['src/', 'scripts/', 'test/', 'e2e/']) expect(files.some((f) => f.path.startsWith(tree))).toBe(true);
    expect(files.map((f) => f.path)).toContain('vite.config.ts');
    console.log(`check-boundaries: ${violations.length} violation(s) in ${files.length} files`);
  });
});
