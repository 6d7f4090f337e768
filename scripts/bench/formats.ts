/**
 * Which quantized format is fastest on onnxruntime-web WASM, and how far its answers drift from fp32;
 * and which onnxruntime-web build the worker should import (per-operator profiles: profile.ts).
 */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { waitForQuiet } from './machine.js';
import { BenchTab, cpuSeconds } from './browser.js';
import type { Ctx } from './measure.js';
import { modelUrl } from './measure.js';
import { formatById, modelDir, type FormatSpec, type ModelName } from './models.js';
import type { OrtBuild } from './page/main.js';
import { summarize } from './stats.js';

export interface FormatResult {
  id: string;
  label: string;
  file: string;
  sizeMB: number;
  createMs: number[];
  windowMs: number[];
  /** CPU ms per run (all Chromium processes): the steadier number on a busy machine. */
  cpuMs: number[];
  /** Top-1 answers (character spans) equal to fp32's, over the SQuAD sample. */
  agree: number;
  questions: number;
  /** max |logit − fp32 logit| over the 1×384 window (start and end). */
  maxAbsDiff: number;
  error?: string;
}

/**
 * Timed runs of the loaded raw session: wall ms each, and CPU ms per run for the block. Fresh
 * workers keep V8 compiling in the background for a while, so one worker serves every format (a new
 * session each time) and every block starts on a quiet machine.
 */
export async function timedBlock(ctx: Ctx, key: string, reps: number): Promise<{ ms: number[]; cpuMs: number }> {
  const { question, context } = ctx.inputs.window;
  await ctx.tab.call('rawWindow', key, question, context, 0); // first run at this size: not timed
  await waitForQuiet(ctx.opts.quietWaitMs);
  const c0 = cpuSeconds();
  const w = await ctx.tab.call('rawWindow', key, question, context, reps);
  return { ms: w.ms, cpuMs: ((cpuSeconds() - c0) * 1000) / reps };
}

export async function measureFormats(ctx: Ctx, model: ModelName, threads: number, formats: readonly FormatSpec[]): Promise<FormatResult[]> {
  const { tab, inputs, opts } = ctx;
  const base = modelUrl(ctx, model);
  const results: FormatResult[] = formats.map((f) => ({
    id: f.id,
    label: f.label,
    file: f.file,
    sizeMB: statSync(join(modelDir(ctx.root, model), f.file)).size / 1e6,
    createMs: [],
    windowMs: [],
    cpuMs: [],
    agree: 0,
    questions: 0,
    maxAbsDiff: NaN,
  }));
  await tab.call('rawStart', 'formats', threads, base, formats[0].file);
  let ref: { start: number[]; end: number[]; spans: Array<[number, number]> } | null = null;
  // Two passes, the second in reverse order, so a slow stretch of the machine does not land on one format.
  const half = Math.ceil(opts.runs / 2);
  for (const pass of [0, 1]) {
    for (const r of pass ? [...results].reverse() : results) {
      if (r.error) continue;
      try {
        await waitForQuiet(opts.quietWaitMs);
        r.createMs.push((await tab.call('rawReload', 'formats', threads, base, r.file)).createMs);
        const block = await timedBlock(ctx, 'formats', pass ? opts.runs - half : half);
        r.windowMs.push(...block.ms);
        r.cpuMs.push(block.cpuMs);
        if (pass) continue;
        const { question, context } = inputs.window;
        const w = await tab.call('rawWindow', 'formats', question, context, 0);
        const spans = inputs.squad.length ? await tab.call('rawAgree', 'formats', inputs.squad) : [];
        ref ??= r.id === 'fp32' ? { start: w.start, end: w.end, spans } : null;
        if (!ref) continue;
        r.maxAbsDiff = Math.max(maxDiff(ref.start, w.start), maxDiff(ref.end, w.end));
        r.questions = spans.length;
        r.agree = spans.filter((sp, i) => sp[0] === ref!.spans[i][0] && sp[1] === ref!.spans[i][1]).length;
      } catch (e) {
        r.error = (e as Error).message.split('\n')[0];
      }
    }
  }
  await tab.call('rawTerminate', 'formats');
  ctx.log(`formats: ${results.map((r) => `${r.id} ${r.error ? 'FAILED' : summarize(r.windowMs).median.toFixed(0)}`).join(', ')}`);
  return results;
}

function maxDiff(a: number[], b: number[]): number {
  let m = 0;
  for (let i = 0; i < a.length; i++) m = Math.max(m, Math.abs(a[i] - b[i]));
  return m;
}

export interface BuildResult {
  build: OrtBuild;
  /** What the worker imports. */
  entry: string;
  wasmMB: number;
  /** WASM runtime start (compile, instantiate, threads), session creation, first 1×384 run: first visit, then with the compiled code cached. */
  cold: { initMs: number; createMs: number; firstMs: number };
  warm: { initMs: number; createMs: number; firstMs: number };
  windowMs: number[];
  cpuMs: number;
}

const BUILDS: Array<[BuildResult['build'], string, string]> = [
  ['jsep', 'onnxruntime-web', 'ort-wasm-simd-threaded.jsep.wasm'],
  ['wasm', 'onnxruntime-web/wasm', 'ort-wasm-simd-threaded.wasm'],
  ['jspi', 'onnxruntime-web/jspi', 'ort-wasm-simd-threaded.jspi.wasm'],
  ['webgpu', 'onnxruntime-web/webgpu', 'ort-wasm-simd-threaded.asyncify.wasm'],
];

/**
 * The app imports 'onnxruntime-web/wasm' for WASM and 'onnxruntime-web/webgpu' (the native WebGPU EP,
 * asyncify-instrumented, 27 MB of WASM) for WebGPU; the default 'onnxruntime-web' (JSEP, 28 MB) is the
 * ratio column's reference, as before. All run the WASM provider here: same q8 model, each build in
 * its own fresh worker: start-up costs, then timed runs.
 */
export async function measureBuilds(ctx: Ctx, model: ModelName, threads: number): Promise<BuildResult[]> {
  const { inputs, opts } = ctx;
  const { question, context } = inputs.window;
  const out: BuildResult[] = [];
  for (const [build, entry, wasm] of BUILDS) {
    // A fresh browser context per build, so each starts with an empty HTTP/code cache (as a first
    // visit), then once more in the same context (as a later visit, compiled code cached).
    const tab = await BenchTab.open(ctx.rig);
    try {
      const starts = [];
      for (let i = 0; i < 2; i++) {
        await waitForQuiet(opts.quietWaitMs);
        const r = await tab.call('rawStart', 'build', threads, modelUrl(ctx, model), formatById('q8').file, {}, build);
        const w = await tab.call('rawWindow', 'build', question, context, 0);
        starts.push({ initMs: r.initMs, createMs: r.createMs, firstMs: w.firstMs });
        if (i === 0) await tab.call('rawTerminate', 'build');
      }
      const block = await timedBlock({ ...ctx, tab }, 'build', opts.runs);
      const wasmMB = statSync(join(ctx.root, 'node_modules/onnxruntime-web/dist', wasm)).size / 1e6;
      out.push({ build, entry, wasmMB, cold: starts[0], warm: starts[1], windowMs: block.ms, cpuMs: block.cpuMs });
    } finally {
      await tab.close();
    }
  }
  ctx.log(
    `builds: ${out.map((b) => `${b.build} init ${b.cold.initMs.toFixed(0)}/${b.warm.initMs.toFixed(0)} create ${b.warm.createMs.toFixed(0)} first ${b.warm.firstMs.toFixed(0)} run ${summarize(b.windowMs).median.toFixed(0)}`).join('; ')}`,
  );
  return out;
}
