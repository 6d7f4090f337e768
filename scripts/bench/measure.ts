/**
 * The end-to-end measurements: per-window latency of every contender (interleaved round by round, so
 * load from other processes hits all alike), the long document, and cold/warm model loads.
 */
import { engineDefaults } from '../../src/engine/create-engine.js';
import type { Dtype } from '../../src/shared/model-formats.js';
import { BenchTab, type BrowserRig, cpuSeconds } from './browser.js';
import type { BenchInputs } from './inputs.js';
import { formatById, modelDir, type ModelName } from './models.js';
import { type Contender, nativeContender, transformersNodeContender } from './node-runners.js';
import type { BenchOptions } from './options.js';
import { waitForQuiet } from './machine.js';
import { median } from './stats.js';

export interface Ctx {
  root: string;
  opts: BenchOptions;
  inputs: BenchInputs;
  rig: BrowserRig;
  tab: BenchTab;
  log: (m: string) => void;
}

export type Contenders = 'ours' | 'native' | 'tjsNode' | 'tjsBrowser';

export interface WindowResult {
  model: ModelName;
  dtype: 'q8' | 'fp32';
  threads: number;
  /** Wall-clock ms per call, round by round. */
  samples: Partial<Record<Contenders, number[]>>;
  /**
   * CPU ms per call (all Chromium processes + this Node process): unlike wall time it barely moves
   * when other processes take the cores, so it is the steadier basis for comparisons on a busy machine.
   */
  cpu: Partial<Record<Contenders, number[]>>;
  loadMs: Partial<Record<Contenders, number>>;
  /** First call after load (transformers.js has no warm-up of its own). */
  firstCallMs: Partial<Record<Contenders, number>>;
  /** Machine CPU use (fraction of all cores) just before each round, after waiting for quiet. */
  busy: number[];
}

export const modelUrl = (ctx: Ctx, model: ModelName) => `${ctx.rig.server.url}/models/${model}/`;

/** Per-window (1×384) latency: ours through the app's worker, against the reference runtimes. */
export async function measureWindow(ctx: Ctx, model: ModelName, dtype: 'q8' | 'fp32', threads: number): Promise<WindowResult> {
  // A browser context of its own: its Cache Storage holds only this model (contexts keep it in
  // memory, and a quota error on a second big model would end the run).
  const tab = await BenchTab.open(ctx.rig);
  try {
    return await measureWindowIn({ ...ctx, tab }, model, dtype, threads);
  } finally {
    await tab.close();
  }
}

async function measureWindowIn(ctx: Ctx, model: ModelName, dtype: 'q8' | 'fp32', threads: number): Promise<WindowResult> {
  const { tab, inputs, opts } = ctx;
  const { question, context } = inputs.window;
  const file = formatById(dtype).file;
  const res: WindowResult = { model, dtype, threads, samples: {}, cpu: {}, loadMs: {}, firstCallMs: {}, busy: [] };
  const calls: Partial<Record<Contenders, () => Promise<number>>> = {};
  const closers: Array<() => Promise<unknown>> = [];

  const loaded = await tab.call('appLoad', modelUrl(ctx, model), dtype as Dtype, threads);
  if (loaded.info.threads !== threads) throw new Error(`app worker runs ${loaded.info.threads} threads, wanted ${threads}`);
  res.loadMs.ours = loaded.ms;
  calls.ours = async () => (await tab.call('appAsk', question, context, { topK: 1 })).ms;
  closers.push(() => tab.call('appTerminate'));

  const node: Array<[Contenders, Contender & { loadMs: number }]> = [
    ['native', await nativeContender(modelDir(ctx.root, model), file, threads, inputs.window)],
    ['tjsNode', await transformersNodeContender(`${ctx.root}/.bench/models`, model, dtype, threads, inputs.window)],
  ];
  for (const [name, c] of node) {
    res.loadMs[name] = c.loadMs;
    calls[name] = () => c.once();
    closers.push(() => c.close());
  }
  if (opts.transformersBrowser) {
    const t = await tab.call('tjsStart', model, dtype, threads);
    res.loadMs.tjsBrowser = t.ms;
    calls.tjsBrowser = async () => (await tab.call('tjsAsk', question, context)).ms;
    closers.push(() => tab.call('tjsTerminate'));
  }

  const names = Object.keys(calls) as Contenders[];
  for (const n of names) res.firstCallMs[n] = await calls[n]!();
  // Two more untimed calls each: the first calls in a fresh worker make V8 tier its WASM code up in
  // the background for a while, which would otherwise slow the first rounds of whoever runs then.
  for (const n of names) for (let i = 0; i < 2; i++) await calls[n]!();
  for (let r = 0; r < opts.runs; r++) {
    res.busy.push(await waitForQuiet(opts.quietWaitMs));
    // Rotate the order each round so no contender always runs right after the same other one.
    for (let i = 0; i < names.length; i++) {
      const n = names[(i + r) % names.length];
      const cpu0 = cpuSeconds();
      (res.samples[n] ??= []).push(await calls[n]!());
      (res.cpu[n] ??= []).push((cpuSeconds() - cpu0) * 1000);
    }
  }
  for (const close of closers) await close();
  ctx.log(`${model} ${dtype} ${threads}T: ${names.map((n) => `${n} ${median(res.samples[n]!).toFixed(0)} ms`).join(', ')}`);
  return res;
}

export interface DocResult {
  model: ModelName;
  dtype: 'q8';
  threads: number;
  batchSize: number;
  windows: number;
  totalMs: number[];
  firstMs: number[];
  /** The same document with batches of 4 windows (the WebGPU default), for comparison. */
  totalMsBatch4: number[];
  firstMsBatch4: number[];
  /** A single-window ask right before each document run (same load conditions). */
  windowMs: number[];
  answer: string;
}

/** The long document with one question: first partial answer, total, windows/s. */
export async function measureDoc(ctx: Ctx, model: ModelName, threads: number): Promise<DocResult> {
  // The app's own batch size for WASM (the engine default for that backend): the document runs as the UI runs it.
  const batchSize = engineDefaults('wasm').batchSize ?? 1;
  const tab = await BenchTab.open(ctx.rig);
  try {
    return await measureDocIn({ ...ctx, tab }, model, threads, batchSize);
  } finally {
    await tab.close();
  }
}

async function measureDocIn(ctx: Ctx, model: ModelName, threads: number, batchSize: number): Promise<DocResult> {
  const { tab, inputs } = ctx;
  await tab.call('appLoad', modelUrl(ctx, model), 'q8', threads);
  const res: DocResult = {
    model,
    dtype: 'q8',
    threads,
    batchSize,
    windows: 0,
    totalMs: [],
    firstMs: [],
    totalMsBatch4: [],
    firstMsBatch4: [],
    windowMs: [],
    answer: '',
  };
  await tab.call('appAsk', inputs.window.question, inputs.window.context, { topK: 1 });
  for (let r = 0; r < ctx.opts.docRuns; r++) {
    await waitForQuiet(ctx.opts.quietWaitMs);
    res.windowMs.push((await tab.call('appAsk', inputs.window.question, inputs.window.context, { topK: 1 })).ms);
    // A changed context each run, so the tokenization cache does not flatter runs after the first.
    const context = `${inputs.doc.context}${' '.repeat(r)}`;
    const d = await tab.call('appAsk', inputs.doc.question, context, { topK: 5 });
    res.totalMs.push(d.ms);
    res.firstMs.push(d.firstMs);
    // For scale, once (a document run is minutes): batches of 4, the WebGPU default, on WASM.
    if (r === 0) {
      const b4 = await tab.call('appAsk', inputs.doc.question, `${context} `, { topK: 5, batchSize: 4 });
      res.totalMsBatch4.push(b4.ms);
      res.firstMsBatch4.push(b4.firstMs);
    }
    res.windows = d.windows;
    res.answer = d.answer;
  }
  await tab.call('appTerminate');
  ctx.log(`${model} doc: ${res.windows} windows, total ${median(res.totalMs).toFixed(0)} ms, first ${median(res.firstMs).toFixed(0)} ms`);
  return res;
}

export interface LoadResult {
  model: ModelName;
  dtype: 'q8';
  threads: number;
  coldMs: number[];
  warmMs: number[];
  /** Where a warm load's time goes, as the worker reports its phases (ms from the start of the load). */
  warmPhases: Array<{ files: number; session: number; warmup: number }>;
  /** Bytes the server sent during warm loads: 0 means every model file came from Cache Storage. */
  warmBytes: number;
  fileMB: number;
}

/** Cold = fresh browser context (empty caches), everything from localhost; warm = new worker, same context. */
export async function measureLoads(ctx: Ctx, model: ModelName, threads: number): Promise<LoadResult> {
  const res: LoadResult = { model, dtype: 'q8', threads, coldMs: [], warmMs: [], warmPhases: [], warmBytes: 0, fileMB: 0 };
  for (let r = 0; r < ctx.opts.loadRuns; r++) {
    const tab = await BenchTab.open(ctx.rig);
    try {
      await waitForQuiet(ctx.opts.quietWaitMs);
      const cold = await tab.call('appLoad', modelUrl(ctx, model), 'q8', threads);
      res.coldMs.push(cold.ms);
      await tab.call('appTerminate');
      await waitForQuiet(ctx.opts.quietWaitMs);
      const before = ctx.rig.server.bytesServed();
      const warm = await tab.call('appLoad', modelUrl(ctx, model), 'q8', threads);
      res.warmBytes += ctx.rig.server.bytesServed() - before;
      if (!Object.values(warm.fromCache).every(Boolean))
        throw new Error(`warm load did not come from Cache Storage: ${JSON.stringify(warm.fromCache)}`);
      res.warmMs.push(warm.ms);
      res.warmPhases.push(warm.phases);
      await tab.call('appTerminate');
    } finally {
      await tab.close();
    }
  }
  ctx.log(`${model} load: cold ${median(res.coldMs).toFixed(0)} ms, warm ${median(res.warmMs).toFixed(0)} ms`);
  return res;
}
