/**
 * Tokenization throughput on a ~5 MB document: the app's tokenizer in a bench worker (the engine's
 * own `engine.tokenizer`, in Chromium) and in this Node process, each interleaved round by round with
 * the frozen pre-optimisation implementation (test/helpers/reference-tokenizer.ts) as "before".
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BertTokenizer } from '../../src/engine/tokenizer/bert-tokenizer.js';
import { referenceTokenizer } from '../../test/helpers/reference-tokenizer.js';
import { BenchTab } from './browser.js';
import { waitForQuiet } from './machine.js';
import { type Ctx, modelUrl } from './measure.js';
import { formatById, modelDir, type ModelName } from './models.js';
import { pairedRatio, summarize } from './stats.js';

const DOCUMENT_BYTES = 5_000_000;
const MB = (bytes: number, ms: number) => bytes / 1e6 / (ms / 1000);

export interface TokenizeResult {
  model: ModelName;
  /** UTF-8 size of the document (what a 5 MB file on disk is), its UTF-16 length and its tokens. */
  bytes: number;
  chars: number;
  tokens: number;
  /** MB/s per round. */
  worker: number[];
  workerBefore: number[];
  node: number[];
  nodeBefore: number[];
}

/** The benchmark document (SQuAD paragraphs) repeated to ~5 MB. */
function bigDocument(ctx: Ctx): string {
  const parts: string[] = [];
  for (let bytes = 0; bytes < DOCUMENT_BYTES; bytes += Buffer.byteLength(ctx.inputs.doc.context) + 2) parts.push(ctx.inputs.doc.context);
  return parts.join('\n\n');
}

export async function measureTokenize(ctx: Ctx, model: ModelName, threads: number): Promise<TokenizeResult> {
  const text = bigDocument(ctx);
  const bytes = Buffer.byteLength(text);
  const json = readFileSync(join(modelDir(ctx.root, model), 'tokenizer.json'), 'utf8');
  const app = BertTokenizer.fromJSON(json);
  const before = referenceTokenizer(JSON.parse(json));
  const res: TokenizeResult = { model, bytes, chars: text.length, tokens: 0, worker: [], workerBefore: [], node: [], nodeBefore: [] };

  const tab = await BenchTab.open(ctx.rig);
  try {
    await tab.call('rawStart', 'tokenize', threads, modelUrl(ctx, model), formatById('q8').file);
    const timeNode = (run: (t: string) => unknown[]) => {
      const t0 = performance.now();
      const n = run(text).length;
      return { ms: performance.now() - t0, tokens: n };
    };
    const variants: Array<[number[], () => Promise<{ ms: number; tokens: number }>]> = [
      [res.worker, () => tab.call('rawTokenize', 'tokenize', text, false)],
      [res.workerBefore, () => tab.call('rawTokenize', 'tokenize', text, true)],
      [res.node, async () => timeNode((t) => app.tokenize(t))],
      [res.nodeBefore, async () => timeNode(before)],
    ];
    // One untimed round: JIT warm-up, and the per-code-point rule caches filled as in a warm app.
    for (const [, run] of variants) res.tokens = (await run()).tokens;
    for (let r = 0; r < ctx.opts.tokenizeRuns; r++) {
      await waitForQuiet(ctx.opts.quietWaitMs);
      for (let i = 0; i < variants.length; i++) {
        const [samples, run] = variants[(i + r) % variants.length];
        const { ms, tokens } = await run();
        if (tokens !== res.tokens) throw new Error(`tokenizers disagree: ${tokens} tokens, expected ${res.tokens}`);
        samples.push(MB(bytes, ms));
      }
    }
    await tab.call('rawTerminate', 'tokenize');
  } finally {
    await tab.close();
  }
  ctx.log(`tokenize ${(bytes / 1e6).toFixed(1)} MB: ${tokenizeSummary(res)}`);
  return res;
}

const mbs = (a: number[]) => summarize(a).median.toFixed(1);

/** The headline line the report prints (and the run log). */
export function tokenizeSummary(t: TokenizeResult): string {
  return `Tokenization: ${mbs(t.worker)} MB/s (worker), ${mbs(t.node)} MB/s (Node); before this change ${mbs(t.workerBefore)} MB/s (worker), ${mbs(t.nodeBefore)} MB/s (Node)`;
}

export function tokenizeSection(t: TokenizeResult): string[] {
  const row = (where: string, after: number[], before: number[]) => {
    const a = summarize(after);
    const b = summarize(before);
    const x = pairedRatio(after, before);
    return `| ${where} | ${a.median.toFixed(1)} (${a.min.toFixed(1)}–${a.max.toFixed(1)}) | ${b.median.toFixed(1)} (${b.min.toFixed(1)}–${b.max.toFixed(1)}) | ${x.median.toFixed(1)}× |`;
  };
  return [
    '## Tokenization',
    '',
    `${tokenizeSummary(t)}. Document: ${(t.bytes / 1e6).toFixed(2)} MB (UTF-8; ${t.chars.toLocaleString('en')} UTF-16 characters, ${t.tokens.toLocaleString('en')} tokens), the SQuAD paragraphs repeated; ${t.model}'s tokenizer.json. Worker = \`engine.tokenizer.tokenize\` in a bench worker (Chromium), Node = the same code in the bench process; "before" = the frozen pre-optimisation tokenizer (\`test/helpers/reference-tokenizer.ts\`), interleaved round by round. MB/s per round, median (min–max):`,
    '',
    '| Where | MB/s | Before (MB/s) | Speed-up (median of per-round ratios) |',
    '|---|---|---|---|',
    row('Worker (Chromium)', t.worker, t.workerBefore),
    row('Node', t.node, t.nodeBefore),
    '',
  ];
}

/** The target: at least 5 MB/s in both. */
export function tokenizeTargetRows(t: TokenizeResult): string[][] {
  const worst = Math.min(summarize(t.worker).median, summarize(t.node).median);
  return [
    [
      `Tokenization ≥ 5 MB/s, worker and Node (${(t.bytes / 1e6).toFixed(1)} MB document)`,
      tokenizeSummary(t),
      worst >= 5 ? '**met**' : '**not met**',
    ],
  ];
}
