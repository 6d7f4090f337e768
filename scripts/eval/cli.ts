/**
 * SQuAD evaluation from the command line, in headless Chromium, through the app's own worker:
 *   tsx scripts/eval/cli.ts --data FILE --model DIR [--limit N] [--backend wasm|webgpu] [--threads N]
 *     [--stride-mode overlap|step] [--whole-article] --out DIR
 * --whole-article asks every question over its whole article (paragraphs joined by a blank line) and
 * also reports where the window holding each gold answer is read (retrieval.json: R@1/3/5/10, median),
 * in relevance order vs document order.
 * Writes OUT/predictions.json, OUT/metrics.json (+ OUT/null_odds.json for SQuAD 2.0, + OUT/data.json,
 * the evaluated slice, with --limit) in the official scripts' formats, and prints the metrics.
 */
import { CHROMIUM_PATH, chromiumArgs } from '../chromium';
import { chromium, type Browser } from '@playwright/test';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parseSquad, sliceSquadText } from '../../src/engine/squad/dataset';
import type { QaEvalOptions, QaEvalOutcome } from '../../src/eval/eval-page';
import { isQaError } from '../../src/shared/errors';
import { ensureEvalBuild } from './ensure-build';
import { startStaticServer, type StaticServer } from '../static-server';

const USAGE =
  'usage: tsx scripts/eval/cli.ts --data FILE --model DIR [--limit N] [--backend wasm|webgpu] [--threads N] [--stride-mode overlap|step] [--whole-article] --out DIR';

class UsageError extends Error {}

function options() {
  const { values } = parseArgs({
    options: {
      data: { type: 'string' },
      model: { type: 'string' },
      limit: { type: 'string' },
      backend: { type: 'string', default: 'wasm' },
      threads: { type: 'string', default: '0' },
      out: { type: 'string' },
      'stride-mode': { type: 'string', default: 'overlap' },
      'whole-article': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  if (!values.data || !values.model || !values.out) throw new UsageError('--data, --model and --out are required.');
  const limit = values.limit === undefined ? undefined : Number(values.limit);
  if (limit !== undefined && !(Number.isInteger(limit) && limit > 0))
    throw new UsageError(`--limit must be a positive integer, not "${values.limit}".`);
  const threads = Number(values.threads);
  if (!(Number.isInteger(threads) && threads >= 0))
    throw new UsageError(`--threads must be 0 (all) or a positive integer, not "${values.threads}".`);
  if (values.backend !== 'wasm' && values.backend !== 'webgpu')
    throw new UsageError(`--backend must be wasm or webgpu, not "${values.backend}".`);
  const strideMode = values['stride-mode'];
  if (strideMode !== 'overlap' && strideMode !== 'step')
    throw new UsageError(`--stride-mode must be overlap or step, not "${strideMode}".`);
  const data = resolve(values.data);
  const model = resolve(values.model);
  if (!existsSync(data)) throw new UsageError(`--data: ${data} does not exist.`);
  if (!existsSync(resolve(model, 'config.json')))
    throw new UsageError(`--model: ${model} has no config.json (expected a Hugging Face-layout model folder).`);
  return {
    data,
    model,
    out: resolve(values.out),
    limit,
    threads,
    backend: values.backend as 'wasm' | 'webgpu',
    strideMode: strideMode as 'overlap' | 'step',
    wholeArticle: values['whole-article'] ?? false,
  };
}

const log = (message: string) => process.stderr.write(`[eval] ${message}\n`);

async function main(): Promise<void> {
  const opts = options();
  const datasetText = readFileSync(opts.data, 'utf8');
  // Fail on a malformed file here, with its location, before starting a browser.
  const dataset = parseSquad(datasetText);
  log(
    `${opts.data}: SQuAD ${dataset.version}, ${dataset.items.length} questions${opts.limit ? `, evaluating the first ${opts.limit}` : ''}`,
  );
  const buildDir = await ensureEvalBuild(log);

  let server: StaticServer | null = null;
  let browser: Browser | null = null;
  try {
    server = await startStaticServer(
      { '/model/': opts.model, '/': buildDir },
      { isolation: true, cacheControl: () => 'no-store', host: '127.0.0.1' },
    );
    browser = await chromium.launch({
      executablePath: CHROMIUM_PATH,
      headless: true,
      args: chromiumArgs({ webgpu: opts.backend === 'webgpu' }),
    });
    const page = await browser.newPage();
    page.on('pageerror', (e) => log(`page error: ${e.message}`));
    await page.exposeFunction('qaEvalProgress', (message: string) => log(message));
    await page.goto(`${server.url}/src/eval/index.html`);
    await page.waitForFunction(() => typeof window.qaEval === 'function', null, { timeout: 30_000 });
    const evalOptions: QaEvalOptions = {
      limit: opts.limit,
      backend: opts.backend,
      threads: opts.threads,
      strideMode: opts.strideMode,
      wholeArticle: opts.wholeArticle,
    };
    const outcome: QaEvalOutcome = await page.evaluate(([text, base, o]) => window.qaEval(text, base, o), [
      datasetText,
      `${server.url}/model/`,
      evalOptions,
    ] as const);
    // Name the model folder, not the throwaway server address, in messages.
    if (!outcome.ok)
      throw new Error(`evaluation failed [${outcome.code}]: ${outcome.message.replaceAll(`${server.url}/model/`, `${opts.model}/`)}`);
    const { result, info } = outcome;

    mkdirSync(opts.out, { recursive: true });
    const write = (name: string, value: unknown) => writeFileSync(resolve(opts.out, name), JSON.stringify(value, null, 2) + '\n');
    write('predictions.json', result.predictions);
    write('metrics.json', result.metrics);
    if (result.version === '2.0') write('null_odds.json', result.nullOdds);
    if (result.retrieval) {
      write('retrieval.json', result.retrieval);
      const row = (name: string, r: NonNullable<typeof result.retrieval>['relevance']) =>
        `  ${name.padEnd(9)} R@1 ${r.r1.toFixed(3)}  R@3 ${r.r3.toFixed(3)}  R@5 ${r.r5.toFixed(3)}  R@10 ${r.r10.toFixed(3)}  median ${r.median}`;
      log(
        `gold window read position, ${result.retrieval.questions} answerable questions, ${result.retrieval.meanWindows.toFixed(1)} windows each:`,
      );
      log(row('relevance', result.retrieval.relevance));
      log(row('document', result.retrieval.document));
    }
    // The official scripts score every question in the data file: give them the evaluated slice.
    if (opts.limit) writeFileSync(resolve(opts.out, 'data.json'), sliceSquadText(datasetText, opts.limit));
    write('run.json', {
      model: opts.model,
      data: opts.data,
      limit: opts.limit ?? null,
      strideMode: opts.strideMode,
      wholeArticle: opts.wholeArticle,
      info,
      elapsedMs: result.elapsedMs,
      misses: result.misses.length,
    });
    const n = Object.keys(result.predictions).length;
    log(`${n} questions in ${(result.elapsedMs / 1000).toFixed(1)} s on ${info.backend}/${info.dtype}; wrote ${opts.out}`);
    process.stdout.write(JSON.stringify(result.metrics, null, 2) + '\n');
  } finally {
    await browser?.close();
    await server?.close();
  }
}

main().catch((e: unknown) => {
  const message = e instanceof Error ? e.message : String(e);
  process.stderr.write(`squad eval: ${isQaError(e) ? `[${e.code}] ` : ''}${message}\n`);
  if (e instanceof UsageError) process.stderr.write(`${USAGE}\n`);
  process.exit(e instanceof UsageError ? 2 : 1);
});
