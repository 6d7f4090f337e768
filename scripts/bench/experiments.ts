/**
 * Experiments behind the optimisation log in BENCHMARKS.md, with `--experiments`: session options
 * and batch size. (The warm-up check is first-question.ts, every full run.)
 */
import { waitForQuiet } from './machine.js';
import type { Ctx } from './measure.js';
import { modelUrl } from './measure.js';
import { timedBlock } from './formats.js';
import { formatById, type ModelName } from './models.js';
import { summarize } from './stats.js';

export interface ExperimentResult {
  group: string;
  name: string;
  /** Per-window ms (session options) or ms per window over a document (batch size). */
  samples: number[];
  /** Per group: CPU ms per run (session options), first partial answer (batch size). */
  firstMs: number[];
}

const SESSION_VARIANTS: Array<[string, Record<string, unknown>]> = [
  ['defaults (graphOptimizationLevel all)', {}],
  ['graphOptimizationLevel extended', { graphOptimizationLevel: 'extended' }],
  ['graphOptimizationLevel basic', { graphOptimizationLevel: 'basic' }],
  ['freeDimensionOverrides 1×384', { freeDimensionOverrides: { batch_size: 1, sequence_length: 384 } }],
  ['enableCpuMemArena false', { enableCpuMemArena: false }],
  ['enableMemPattern false', { enableMemPattern: false }],
  ['intra-op spinning off', { extra: { session: { intra_op: { allow_spinning: '0' } } } }],
];

export async function runExperiments(ctx: Ctx, model: ModelName, threads: number): Promise<ExperimentResult[]> {
  return [...(await sessionOptions(ctx, model, threads)), ...(await batchSizes(ctx, model, threads))];
}

async function sessionOptions(ctx: Ctx, model: ModelName, threads: number): Promise<ExperimentResult[]> {
  const { tab, opts } = ctx;
  const group = 'session options (q8, 1×384 model call; ms, and CPU ms in the last column)';
  const out = SESSION_VARIANTS.map(([name]) => ({ group, name, samples: [] as number[], firstMs: [] as number[] }));
  const base = modelUrl(ctx, model);
  const file = formatById('q8').file;
  // One worker, a new session per variant (fresh workers keep V8 compiling for a while), two passes.
  await tab.call('rawStart', 'options', threads, base, file);
  const half = Math.ceil(opts.runs / 2);
  for (const pass of [0, 1]) {
    for (let k = 0; k < out.length; k++) {
      const i = pass ? out.length - 1 - k : k;
      await waitForQuiet(opts.quietWaitMs);
      await tab.call('rawReload', 'options', threads, base, file, SESSION_VARIANTS[i][1]);
      const block = await timedBlock(ctx, 'options', pass ? opts.runs - half : half);
      out[i].samples.push(...block.ms);
      out[i].firstMs.push(block.cpuMs);
    }
  }
  await tab.call('rawTerminate');
  ctx.log(`session options: ${out.map((o) => `${o.name}: ${summarize(o.samples).median.toFixed(0)}`).join('; ')}`);
  return out;
}

/** Batch size for a long document: ms per window and time to the first partial answer. */
async function batchSizes(ctx: Ctx, model: ModelName, threads: number): Promise<ExperimentResult[]> {
  const { tab, inputs, opts } = ctx;
  // ~16 windows: long enough for batching to matter, short enough to repeat.
  const words = inputs.doc.context
    .split(/(?<=\S)(?=\s)/)
    .slice(0, 1700)
    .join('');
  const variants: Array<{ batchSize: number; firstBatchSize?: number }> = [
    { batchSize: 1 },
    { batchSize: 2 },
    { batchSize: 4 },
    { batchSize: 4, firstBatchSize: 1 },
    { batchSize: 8 },
  ];
  await tab.call('rawStart', 'batch', threads, modelUrl(ctx, model), formatById('q8').file);
  const out = variants.map((v) => ({
    group: 'batch size (q8 document, ms per window)',
    name: `batchSize ${v.batchSize}${v.firstBatchSize ? `, firstBatchSize ${v.firstBatchSize}` : ''}`,
    samples: [] as number[],
    firstMs: [] as number[],
  }));
  await tab.call('rawAsk', 'batch', inputs.doc.question, words, { batchSize: 4 });
  for (let r = 0; r < Math.max(2, Math.ceil(opts.runs / 2)); r++) {
    await waitForQuiet(opts.quietWaitMs);
    for (let k = 0; k < variants.length; k++) {
      const i = (k + r) % variants.length;
      const d = await tab.call('rawAsk', 'batch', inputs.doc.question, `${words}${' '.repeat(r)}`, variants[i]);
      out[i].samples.push(d.ms / d.windows);
      out[i].firstMs.push(d.firstMs);
    }
  }
  await tab.call('rawTerminate');
  ctx.log(`batch sizes: ${out.map((o) => `${o.name}: ${summarize(o.samples).median.toFixed(0)} ms/window`).join('; ')}`);
  return out;
}
