import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import { EVAL_OUT_DIR, EVAL_PAGE } from './vite.eval.config';

const ROOT = resolve(import.meta.dirname, '../..');
const CONFIG = resolve(import.meta.dirname, 'vite.eval.config.ts');

function newestMtime(path: string): number {
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  let newest = st.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

/**
 * Builds the runner page unless a build newer than every source already exists: a stale page
 * would evaluate old engine code, and a rebuild costs only seconds. Returns the folder to serve.
 */
export async function ensureEvalBuild(log: (message: string) => void): Promise<string> {
  const page = resolve(EVAL_OUT_DIR, EVAL_PAGE);
  const sources = [resolve(ROOT, 'src'), CONFIG, resolve(ROOT, 'package-lock.json')].filter(existsSync);
  const newestSource = Math.max(...sources.map(newestMtime));
  if (existsSync(page) && statSync(page).mtimeMs >= newestSource) return EVAL_OUT_DIR;
  log('building the evaluation page…');
  await build({ configFile: CONFIG });
  if (!existsSync(page)) throw new Error(`the build did not produce ${page}`);
  return EVAL_OUT_DIR;
}
