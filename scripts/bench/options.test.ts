import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { outputPaths, parseOptions } from './options.js';

const ROOT = '/repo';

describe('bench output paths', () => {
  it('writes an absolute --out where it says, not under the repository', () => {
    const opts = parseOptions(['--quick', '--out', '/tmp/elsewhere/quick.md'], '/home/me');
    expect(outputPaths(opts, ROOT)).toEqual({ report: '/tmp/elsewhere/quick.md', results: join(ROOT, '.bench/quick.results.json') });
  });

  it('resolves a relative --out against the directory the command was run from', () => {
    expect(outputPaths(parseOptions(['--out', 'notes/run.md'], '/home/me'), ROOT).report).toBe('/home/me/notes/run.md');
    // repo-paths: not ours (a user's --out, resolved against their working directory)
    expect(outputPaths(parseOptions(['--out', '../run.md'], '/home/me/src'), ROOT).report).toBe('/home/me/run.md');
  });

  it('keeps the defaults in the repository: the full run owns BENCHMARKS.md and .bench/results.json', () => {
    expect(outputPaths(parseOptions([], '/home/me'), ROOT)).toEqual({
      report: join(ROOT, 'BENCHMARKS.md'),
      results: join(ROOT, '.bench/results.json'),
    });
    expect(outputPaths(parseOptions(['--quick'], '/home/me'), ROOT)).toEqual({
      report: join(ROOT, '.bench/BENCHMARKS.quick.md'),
      results: join(ROOT, '.bench/BENCHMARKS.quick.results.json'),
    });
  });

  it('uses npm’s INIT_CWD when no directory is given (npm run starts scripts in the package root)', () => {
    const saved = process.env.INIT_CWD;
    process.env.INIT_CWD = '/home/me/sub';
    try {
      expect(parseOptions(['--out', 'x.md']).out).toBe('/home/me/sub/x.md');
    } finally {
      if (saved === undefined) delete process.env.INIT_CWD;
      else process.env.INIT_CWD = saved;
    }
  });
});
