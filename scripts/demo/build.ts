/**
 * Builds a demo site: checks the model (the app's load), gathers the card and the examples, then
 * writes the built app with the manifest in its page, the model files and the hosts' files. Nothing
 * is written until every input has been read and checked. The same inputs give the same files.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { build, loadConfigFromFile } from 'vite';
import { DEMO_MANIFEST_ELEMENT_ID, DEMO_MANIFEST_VERSION, type DemoManifest } from '../../src/shared/demo-manifest';
import { readExamples } from './examples';
import { cardFromReadme, metricsFromEval } from './model-card';
import { checkModel, MODEL_TEXT_FILES } from './model-check';
import type { Dtype } from '../../src/shared/model-formats';
import { DemoUsageError, resolveModelInput } from './model-input';
import { demoHtml, spaceReadme } from './site-files';

const ROOT = resolve(import.meta.dirname, '../..');
/** GitHub Pages refuses files over 100 MiB; the default keeps a margin. */
export const DEFAULT_MAX_FILE_MB = 95;
const MODEL_DIR = 'model/';

export interface DemoOptions {
  model: string;
  out: string;
  title?: string;
  description?: string;
  examples?: string;
  metrics?: string;
  dtype: Dtype | null;
  /** The URL path the site is served from; './' (the default) works from any sub-path. */
  base: string;
  allowOtherModels: boolean;
  maxFileMb: number;
  /** Split weights over maxFileMb into parts (default); false keeps them whole, with a warning. */
  split: boolean;
  log: (message: string) => void;
}

export interface DemoResult {
  manifest: DemoManifest;
  files: string[];
}

/** A folder is written over only when empty or a previous demo: never a folder of other files. */
function checkOutDir(out: string): void {
  if (!existsSync(out) || readdirSync(out).length === 0) return;
  const page = join(out, 'index.html');
  if (existsSync(page) && readFileSync(page, 'utf8').includes(`id="${DEMO_MANIFEST_ELEMENT_ID}"`)) return;
  throw new DemoUsageError(`--out: ${out} is not empty and holds no earlier demo; choose an empty or new folder.`);
}

export async function buildDemo(opts: DemoOptions): Promise<DemoResult> {
  const out = resolve(opts.out);
  checkOutDir(out);
  const input = resolveModelInput(opts.model);
  opts.log(`checking ${input.source.label}…`);
  const checked = await checkModel(input.source, opts.dtype);

  const files = new Map<string, Uint8Array>();
  for (const path of [...MODEL_TEXT_FILES, checked.weightsPath]) {
    const bytes = await input.source.read(path, () => {});
    if (bytes) files.set(path, bytes);
  }
  const weights = files.get(checked.weightsPath)!;
  const weightBytes = weights.length;
  const limit = Math.floor(opts.maxFileMb * 1024 * 1024);
  let parts: string[] | undefined;
  if (weightBytes > limit && opts.split) {
    // Parts below the limit, read back by the app into one buffer (src/engine/split-files.ts).
    files.delete(checked.weightsPath);
    parts = [];
    for (let at = 0, i = 0; at < weightBytes; at += limit, i++) {
      const part = `${checked.weightsPath}.part-${String(i).padStart(3, '0')}`;
      files.set(part, weights.subarray(at, Math.min(at + limit, weightBytes)));
      parts.push(part);
    }
    opts.log(`${checked.weightsPath} is split into ${parts.length} parts of at most ${opts.maxFileMb} MiB.`);
  } else if (weightBytes > limit) {
    opts.log(
      `warning: ${checked.weightsPath} is ${(weightBytes / 1024 / 1024).toFixed(1)} MiB, over --max-file-mb ${opts.maxFileMb}, and --no-split keeps it whole: GitHub Pages refuses files over 100 MiB (a Hugging Face Space takes it through Git LFS).`,
    );
  }

  const readme = input.dir && existsSync(join(input.dir, 'README.md')) ? readFileSync(join(input.dir, 'README.md'), 'utf8') : null;
  const facts = cardFromReadme(readme);
  if (opts.metrics) {
    facts.metrics = metricsFromEval(JSON.parse(readFileSync(opts.metrics, 'utf8')), opts.metrics);
    facts.metricsSource = 'npm run eval (metrics.json)';
  }
  const examples = opts.examples ? readExamples(opts.examples, opts.log) : [];
  const title = opts.title ?? `${input.name} — question answering in your browser`;
  const manifest: DemoManifest = {
    version: DEMO_MANIFEST_VERSION,
    title,
    description:
      opts.description ?? `Ask ${input.name} questions about any text. The model runs in your browser: nothing leaves your device.`,
    model: {
      path: MODEL_DIR,
      dtype: checked.dtype,
      weights: [{ path: checked.weightsPath, bytes: weightBytes, ...(parts ? { parts } : {}) }],
    },
    card: { name: input.name, family: checked.modelType, weightBytes, ...facts },
    examples,
    allowOtherModels: opts.allowOtherModels,
  };

  // Everything is read and checked: from here on the output is written.
  opts.log('building the app…');
  await buildApp(out, opts.base, manifest);
  for (const [path, bytes] of files) {
    const target = join(out, MODEL_DIR, path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, bytes);
  }
  writeFileSync(join(out, '.nojekyll'), '');
  writeFileSync(join(out, 'README.md'), spaceReadme(manifest));
  return { manifest, files: listFiles(out) };
}

async function buildApp(out: string, base: string, manifest: DemoManifest): Promise<void> {
  const loaded = await loadConfigFromFile({ command: 'build', mode: 'production' }, resolve(ROOT, 'vite.config.ts'), ROOT, 'warn');
  if (!loaded) throw new Error('vite.config.ts could not be loaded');
  const { config } = loaded;
  await build({
    ...config,
    configFile: false,
    root: ROOT,
    mode: 'production',
    base,
    logLevel: 'warn',
    plugins: [...(config.plugins ?? []), demoHtml(manifest)],
    // The demo is the app page alone: the e2e check page of the normal build is left out.
    build: {
      ...config.build,
      outDir: out,
      emptyOutDir: true,
      rolldownOptions: { ...config.build?.rolldownOptions, input: { index: resolve(ROOT, 'index.html') } },
    },
  });
}

function listFiles(dir: string, prefix = ''): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? listFiles(join(dir, e.name), `${prefix}${e.name}/`) : [`${prefix}${e.name}`]))
    .sort();
}
