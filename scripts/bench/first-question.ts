/**
 * The first question after loading, in a first-visit browser profile (a fresh Chromium profile per
 * trial, so V8 compiles onnxruntime's WASM from scratch), against the steady per-window time in the
 * same worker. Variants: the short warm-up inside load only; plus the idle warm-up (short model calls
 * while nobody asks, src/engine/idle-warm-up.ts: what the app does on WASM); plus one full-size
 * window. Asked at once (the question waits for whatever warm-up call is running: timed from the
 * page, so that wait counts) and after 3 s of "typing".
 */
import { BenchTab } from './browser.js';
import { waitForQuiet } from './machine.js';
import { type Ctx, modelUrl } from './measure.js';
import { formatById, type ModelName } from './models.js';
import { median } from './stats.js';

type Warm = 'short' | 'idle' | 'full';

export interface FirstQuestionVariant {
  warm: Warm;
  name: string;
  delayMs: number;
  /** First 1×384 question, ms from the page. */
  firstMs: number[];
  /** Median of the next three questions in the same worker. */
  steadyMs: number[];
  /** Idle variant: warm-up steps run, and how the warm-up ended. */
  idleSteps: number[];
  idleStops: string[];
}

export interface FirstQuestionResult {
  model: ModelName;
  threads: number;
  variants: FirstQuestionVariant[];
}

const NAMES: Record<Warm, string> = {
  short: 'short warm-up in load only',
  idle: 'plus idle warm-up (the app on WASM)',
  full: 'plus one full-size window',
};

export async function measureFirstQuestion(ctx: Ctx, model: ModelName, threads: number, rounds = 3): Promise<FirstQuestionResult> {
  const { question, context } = ctx.inputs.window;
  const variants: FirstQuestionVariant[] = [];
  for (const delayMs of [0, 3000]) {
    for (const warm of ['short', 'idle', 'full'] as Warm[]) {
      variants.push({ warm, name: NAMES[warm], delayMs, firstMs: [], steadyMs: [], idleSteps: [], idleStops: [] });
    }
  }
  for (let r = 0; r < rounds; r++) {
    // Rotate the order so no variant always runs first in a round.
    for (let i = 0; i < variants.length; i++) {
      const v = variants[(i + r) % variants.length];
      const tab = await BenchTab.open(ctx.rig);
      try {
        await waitForQuiet(ctx.opts.quietWaitMs);
        await tab.call('rawStart', 'first', threads, modelUrl(ctx, model), formatById('q8').file, {}, 'wasm');
        // The app's own warm-up inside load (load-model.ts).
        await tab.call('rawAsk', 'first', 'warm up?', 'Warm up the model once so the first question is fast.', { topK: 1 });
        if (v.warm === 'idle') await tab.call('rawStartIdleWarmUp', 'first');
        if (v.warm === 'full') void tab.call('rawWarmUp', 'first');
        if (v.delayMs) await new Promise((ok) => setTimeout(ok, v.delayMs));
        v.firstMs.push((await tab.call('rawAskFromPage', 'first', question, context, { topK: 1 })).pageMs);
        const next: number[] = [];
        for (let k = 0; k < 3; k++) next.push((await tab.call('rawAskFromPage', 'first', question, context, { topK: 1 })).pageMs);
        v.steadyMs.push(median(next));
        if (v.warm === 'idle') {
          const rep = await tab.call('rawIdleWarmUpReport', 'first');
          v.idleSteps.push(rep?.steps.length ?? 0);
          v.idleStops.push(rep?.stoppedBy ?? 'none');
        }
      } finally {
        await tab.close();
      }
    }
  }
  ctx.log(
    `first question: ${variants.map((v) => `${v.name} @${v.delayMs / 1000}s: ${(median(v.firstMs) / median(v.steadyMs)).toFixed(2)}×`).join('; ')}`,
  );
  return { model, threads, variants };
}
