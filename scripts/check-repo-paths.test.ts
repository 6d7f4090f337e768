import { describe, expect, it } from 'vitest';
import { checkFilePaths, checkPackageScripts, checkRepoPaths } from './check-repo-paths';
import { REPO_ROOT } from './fixtures/data-paths';

const paths = (file: string, text: string) => checkFilePaths(file, text).map((v) => v.path);

describe('check-repo-paths', () => {
  it('finds the ways this repo once read a folder beside the clone', () => {
    const here = "const HERE = dirname(fileURLToPath(import.meta.url));\nconst REPO_ROOT = resolve(HERE, '../..');\n";
    expect(paths('scripts/fixtures/generate.ts', `${here}const c = [join(REPO_ROOT, '../beside/data/bert')];`)).toEqual([
      "join(REPO_ROOT, '../beside/data/bert')",
    ]);
    expect(paths('e2e/a.spec.ts', "const S = resolve(import.meta.dirname, '../../beside/data/squad.json');")).toHaveLength(1);
    // A constant built on an escaping base escapes too.
    expect(paths('test/helpers/paths.ts', "const D = resolve(ROOT, '../beside/data');\nconst T = resolve(D, 'tok.json');")).toHaveLength(2);
    // A data file named in a list of candidates that get joined to the root later. repo-paths: not ours
    expect(paths('scripts/bench/inputs.ts', "const SEED = ['../beside/seed/article.txt'];")).toEqual(['../beside/seed/article.txt']);
    // repo-paths: not ours (this line and the next: the checker's own examples)
    expect(paths('src/a.ts', "const u = new URL('../../../x.wasm', import.meta.url);")).toEqual(['../../../x.wasm']);
    expect(paths('src/a.ts', "import x from '../../outside';")).toEqual(['../../outside']); // repo-paths: not ours
  });

  it('lets paths inside the repo through', () => {
    const here = "const HERE = fileURLToPath(new URL('.', import.meta.url));\n";
    expect(paths('scripts/bench/a.ts', `${here}const s = resolve(HERE, '../../src');`)).toEqual([]);
    expect(
      paths('scripts/fixtures/a.ts', "const R = resolve(dirname(fileURLToPath(import.meta.url)), '../..');\njoin(R, 'fixtures/data');"),
    ).toEqual([]);
    expect(
      paths('src/app/a.ts', "import { x } from '../shared/errors';\nconst w = new URL('../worker/qa.worker.ts', import.meta.url);"),
    ).toEqual([]);
    expect(paths('scripts/a.ts', "const p = join('/tmp', '../x');\nconst m = '../engine/decode';")).toEqual([]);
  });

  it('takes an unknown base as the root, and honours a marked line', () => {
    expect(paths('scripts/a.ts', "import { ROOT } from './root';\nconst p = join(ROOT, '../x');")).toEqual(["join(ROOT, '../x')"]);
    expect(paths('scripts/a.ts', "// repo-paths: not ours (a user's path)\nconst p = '../run.md';")).toEqual([]);
  });

  it('checks package.json scripts', () => {
    expect(checkPackageScripts(JSON.stringify({ scripts: { a: 'tsx x.ts', b: 'cp ../beside/x .' } })).map((v) => v.path)).toEqual([
      'scripts.b: cp ../beside/x .',
    ]);
  });

  it('passes on this repository', () => {
    const { files, violations } = checkRepoPaths(REPO_ROOT);
    expect(violations).toEqual([]);
    expect(files).toBeGreaterThan(100);
  });
});
