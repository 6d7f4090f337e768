/**
 * Where the time goes: onnxruntime's own per-operator profile of one warm 1×384 run, in the browser
 * (onnxruntime-web prints it to the console) and natively (onnxruntime-node writes a JSON file), on
 * the same model file and thread count, so each operator's WASM/native ratio shows what the gap is.
 */
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as ort from 'onnxruntime-node';
import type { Ctx } from './measure.js';
import { modelUrl } from './measure.js';
import { modelDir, type ModelName } from './models.js';
import { nativeFeeds } from './node-runners.js';

export interface ProfileRow {
  op: string;
  ms: number;
  share: number;
}

export interface OpProfile {
  model: ModelName;
  file: string;
  threads: number;
  /** Wall ms of the profiled run (profiling adds a little). */
  webWallMs: number;
  nativeWallMs: number;
  web: ProfileRow[];
  native: ProfileRow[];
}

interface TraceEvent {
  cat?: string;
  name?: string;
  dur: number;
  args?: { op_name?: string; output_type_shape?: unknown[] };
}

/** Kernel time by "Operator [output shape]" for the last of `runs` runs in a Chrome-trace event list. */
export function byOperator(events: readonly TraceEvent[], runs: number): ProfileRow[] {
  const kernels = events.filter((e) => e.cat === 'Node' && e.name?.endsWith('_kernel_time') && e.args?.op_name);
  const last = kernels.slice((kernels.length / runs) * (runs - 1));
  const byOp = new Map<string, number>();
  for (const e of last) {
    const shape = JSON.stringify(e.args!.output_type_shape?.[0] ?? '')
      .replace(/[{}"[\]]/g, '')
      .replace(/^\w+:/, '');
    const key = `${e.args!.op_name} [${shape}]`;
    byOp.set(key, (byOp.get(key) ?? 0) + e.dur / 1000);
  }
  const total = [...byOp.values()].reduce((a, b) => a + b, 0);
  return [...byOp.entries()].map(([op, ms]) => ({ op, ms, share: ms / total })).sort((a, b) => b.ms - a.ms);
}

async function webProfile(ctx: Ctx, model: ModelName, file: string, threads: number): Promise<{ rows: ProfileRow[]; wallMs: number }> {
  const { tab, inputs } = ctx;
  await tab.call('rawStart', 'profile', threads, modelUrl(ctx, model), file, { enableProfiling: true }, 'wasm');
  const { question, context } = inputs.window;
  const w = await tab.call('rawWindow', 'profile', question, context, 1); // = 2 runs: warm-up + timed
  tab.takeConsole();
  await tab.call('rawEndProfiling', 'profile');
  await new Promise((ok) => setTimeout(ok, 500));
  const events = tab
    .takeConsole()
    .flatMap((text) => text.split('\n'))
    .filter((l) => l.includes('"cat" : "Node"') && l.includes('_kernel_time'))
    .map((l) => JSON.parse(l.trim().replace(/,$/, '')) as TraceEvent);
  await tab.call('rawTerminate', 'profile');
  return { rows: byOperator(events, 2), wallMs: w.ms[0] };
}

async function nativeProfile(ctx: Ctx, model: ModelName, file: string, threads: number): Promise<{ rows: ProfileRow[]; wallMs: number }> {
  const prefix = `qa-bench-native-${process.pid}`;
  const session = await ort.InferenceSession.create(join(modelDir(ctx.root, model), file), {
    graphOptimizationLevel: 'all',
    intraOpNumThreads: threads,
    interOpNumThreads: 1,
    enableProfiling: true,
    profileFilePrefix: join(tmpdir(), prefix),
    logSeverityLevel: 3,
  });
  const feeds = nativeFeeds(modelDir(ctx.root, model), session.inputNames, ctx.inputs.window);
  await session.run(feeds);
  const t0 = performance.now();
  await session.run(feeds);
  const wallMs = performance.now() - t0;
  session.endProfiling();
  await session.release();
  const name = readdirSync(tmpdir()).find((n) => n.startsWith(prefix) && n.endsWith('.json'));
  if (!name) throw new Error('onnxruntime-node wrote no profile');
  const events = JSON.parse(readFileSync(join(tmpdir(), name), 'utf8')) as TraceEvent[];
  rmSync(join(tmpdir(), name));
  return { rows: byOperator(events, 2), wallMs };
}

/** Both profiles of the app's WASM build and onnxruntime-node on the same file and thread count. */
export async function profileOps(ctx: Ctx, model: ModelName, file: string, threads: number): Promise<OpProfile> {
  const web = await webProfile(ctx, model, file, threads);
  const native = await nativeProfile(ctx, model, file, threads);
  ctx.log(`profile ${model} ${threads}T: web ${web.wallMs.toFixed(0)} ms, native ${native.wallMs.toFixed(0)} ms`);
  return { model, file, threads, webWallMs: web.wallMs, nativeWallMs: native.wallMs, web: web.rows, native: native.rows };
}
