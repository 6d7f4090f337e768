/**
 * How the app reads a long document (issue 12), through the app's own worker:
 * - layout and order on a real-size model: the seed's step windows front to back (the app before),
 *   overlap windows most relevant first (the app now: same answer as front to back, fewer windows),
 *   and the same with stop-when-confident;
 * - time to the right answer with the oracle model, whose answer is known: its marker span put into
 *   the paragraph a SQuAD question is about, asked with that question, relevance vs document order.
 */
import type { AskOptions } from '../../src/shared/answers.js';
import { BenchTab } from './browser.js';
import { waitForQuiet } from './machine.js';
import { type Ctx, modelUrl } from './measure.js';
import type { ModelName } from './models.js';
import { median } from './stats.js';

export interface ReadingVariant {
  name: string;
  options: Partial<AskOptions>;
  windowsTotal: number;
  windowsDone: number[];
  totalMs: number[];
  firstMs: number[];
  /** Stop-early variant only: its top answer equals the full reading's, round by round. */
  sameAsFull: boolean[];
}

export interface ReadingResult {
  model: ModelName;
  threads: number;
  words: number;
  /** A single 1×384 question before each round, for scale. */
  windowMs: number[];
  variants: ReadingVariant[];
}

const VARIANTS: Array<[string, Partial<AskOptions>]> = [
  ['before: step windows (seed), front to back', { strideMode: 'step', order: 'document' }],
  ['now: overlap windows, most relevant first', { strideMode: 'overlap', order: 'relevance' }],
  ['now + stop when confident (opt-in)', { strideMode: 'overlap', order: 'relevance', stopWhenConfident: true }],
];

export async function measureReading(ctx: Ctx, model: ModelName, threads: number): Promise<ReadingResult> {
  const tab = await BenchTab.open(ctx.rig);
  try {
    const { inputs, opts } = ctx;
    await tab.call('appLoad', modelUrl(ctx, model), 'q8', threads);
    await tab.call('appAsk', inputs.window.question, inputs.window.context, { topK: 1 });
    const res: ReadingResult = { model, threads, words: inputs.doc.words, windowMs: [], variants: [] };
    res.variants = VARIANTS.map(([name, options]) => ({
      name,
      options,
      windowsTotal: 0,
      windowsDone: [],
      totalMs: [],
      firstMs: [],
      sameAsFull: [],
    }));
    for (let r = 0; r < opts.docRuns; r++) {
      await waitForQuiet(opts.quietWaitMs);
      res.windowMs.push((await tab.call('appAsk', inputs.window.question, inputs.window.context, { topK: 1 })).ms);
      let full: number[] | null = null;
      for (const v of res.variants) {
        // A changed context per call, so the tokenization cache does not flatter later variants.
        const context = `${inputs.doc.context}${' '.repeat(1 + r * VARIANTS.length + res.variants.indexOf(v))}`;
        const d = await tab.call('appAskTrace', inputs.doc.question, context, { topK: 5, ...v.options });
        v.windowsTotal = d.windowsTotal;
        v.windowsDone.push(d.windowsDone);
        v.totalMs.push(d.ms);
        v.firstMs.push(d.firstMs);
        if (!v.options.stopWhenConfident && v.options.strideMode === 'overlap') full = d.top;
        else if (v.options.stopWhenConfident) v.sameAsFull.push(JSON.stringify(d.top) === JSON.stringify(full));
      }
    }
    await tab.call('appTerminate');
    ctx.log(`reading: ${res.variants.map((v) => `${v.name}: ${v.windowsTotal} windows, ${median(v.totalMs).toFixed(0)} ms`).join('; ')}`);
    return res;
  } finally {
    await tab.close();
  }
}

export interface RightAnswerOrder {
  order: 'relevance' | 'document';
  /** Per placement: windows read, and ms, until the top answer was the gold span (null: never). */
  rightWindows: Array<number | null>;
  rightMs: Array<number | null>;
  windowsTotal: number[];
}

export interface RightAnswerResult {
  placements: Array<{ question: string; at: number }>;
  /** The oracle's single 1×384 question, for "in single-window times". */
  windowMs: number[];
  orders: RightAnswerOrder[];
}

/** The oracle fixture model (tiny; its answer is the "zebra … omega" span), app defaults otherwise. */
export async function measureRightAnswer(ctx: Ctx, threads: number): Promise<RightAnswerResult> {
  const tab = await BenchTab.open(ctx.rig);
  try {
    const { inputs } = ctx;
    await tab.call('appLoad', `${ctx.rig.server.url}/fixtures/oracle/`, 'fp32', threads);
    const res: RightAnswerResult = {
      placements: inputs.placements.map((p) => ({ question: p.question, at: p.at })),
      windowMs: [],
      orders: (['relevance', 'document'] as const).map((order) => ({ order, rightWindows: [], rightMs: [], windowsTotal: [] })),
    };
    for (let i = 0; i < 3; i++)
      res.windowMs.push((await tab.call('appAsk', inputs.window.question, inputs.window.context, { topK: 1 })).ms);
    for (const p of inputs.placements) {
      for (const o of res.orders) {
        const d = await tab.call('appAskTrace', p.question, p.context, { topK: 5, order: o.order }, p.goldStart);
        o.rightWindows.push(d.right?.windows ?? null);
        o.rightMs.push(d.right?.ms ?? null);
        o.windowsTotal.push(d.windowsTotal);
      }
    }
    await tab.call('appTerminate');
    ctx.log(
      `right answer: ${res.orders.map((o) => `${o.order} median ${median(o.rightWindows.map((w) => w ?? Infinity))} windows`).join('; ')}`,
    );
    return res;
  } finally {
    await tab.close();
  }
}
