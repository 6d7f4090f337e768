/** BENCHMARKS.md sections for reading.ts and first-question.ts (see those files for what is measured). */
import type { FirstQuestionResult } from './first-question.js';
import type { ReadingResult, RightAnswerResult } from './reading.js';
import { median, ms, table } from './stats.js';

export function readingSection(r: ReadingResult): string[] {
  const base = r.variants[0];
  return [
    `## Long document: windows, order and early stop (${r.model} q8, ${r.threads} threads, ${r.words.toLocaleString('en')} words)`,
    '',
    "The app's worker, one question (`In what country is Normandy located?`), top 5. *Before* is the app as it was: the seed's windows (doc_stride 128 as the step) read front to back. *Now*: doc_stride as the overlap (Hugging Face's pipeline), most relevant windows first (same final answer as front to back: test/reading-order.test.ts). Random weights, so the early stop's confidence test decides on noise here; the oracle table below shows it on a model whose answer is known.",
    '',
    table(
      ['Variant', 'Windows', 'Windows read', 'First answer (ms)', 'Total (ms)', 'Total vs before', 'Top answer same as full reading'],
      r.variants.map((v) => [
        v.name,
        String(v.windowsTotal),
        String(median(v.windowsDone)),
        ms(v.firstMs),
        ms(v.totalMs),
        `${(median(v.totalMs) / median(base.totalMs)).toFixed(2)}×`,
        v.sameAsFull.length ? `${v.sameAsFull.filter(Boolean).length} of ${v.sameAsFull.length}` : '—',
      ]),
    ),
    '',
    `Single 1×384 question in the same worker, before each round: ${ms(r.windowMs)} ms.`,
    '',
  ];
}

export function rightAnswerSection(r: RightAnswerResult, bertWindowMs: number | null): string[] {
  const one = median(r.windowMs);
  const rows = r.orders.map((o) => {
    const found = o.rightWindows.filter((w): w is number => w !== null);
    const foundMs = o.rightMs.filter((w): w is number => w !== null);
    const medWin = median(found);
    return [
      o.order === 'relevance' ? 'most relevant first (app default)' : 'document order',
      `${found.length} of ${o.rightWindows.length}`,
      `${medWin} (${Math.min(...found)}–${Math.max(...found)})`,
      String(median(o.windowsTotal)),
      ms(foundMs),
      `${(median(foundMs) / one).toFixed(1)}×`,
      bertWindowMs ? `${((medWin * bertWindowMs) / 1000).toFixed(1)} s` : '—',
    ];
  });
  return [
    `## Time to the right answer (oracle model, ${r.placements.length} placements)`,
    '',
    "The bench document with the oracle's marker span (`zebra <gold answer> omega`) in the paragraph a SQuAD question is about, asked with that question (placements spread from " +
      `${(100 * Math.min(...r.placements.map((p) => p.at))).toFixed(0)}% to ${(100 * Math.max(...r.placements.map((p) => p.at))).toFixed(0)}% into the document). ` +
      '"Right" = the first partial result whose top answer is the gold span. The oracle is tiny, so its ms are mostly tokenizing and messaging; the windows column is what carries over to a real model, and the last column multiplies it by BERT-base\'s single window from this run (an estimate, not a measurement: random BERT-base weights cannot find the span).',
    '',
    table(
      [
        'Order',
        'Found',
        'Windows read until right: median (min–max)',
        'Windows',
        'Oracle ms until right',
        'In oracle single-window times',
        'Estimated on BERT-base q8',
      ],
      rows,
    ),
    '',
  ];
}

export function firstQuestionSection(r: FirstQuestionResult): string[] {
  return [
    `## First question on a first visit (${r.model} q8, ${r.threads} threads)`,
    '',
    "A fresh Chromium profile per trial (V8 compiles onnxruntime's WASM from scratch and optimises it in the background), the app's engine in a bench worker on the app's WASM build. First = the first 1×384 question, timed from the page (so waiting for a warm-up call in flight counts); steady = median of the next three. Target: first ≤ 1.3× steady.",
    '',
    table(
      ['Warm-up', 'Asked', 'First (ms)', 'Steady (ms)', 'First / steady', 'Idle warm-up steps, end'],
      r.variants.map((v) => [
        v.name,
        v.delayMs ? `${v.delayMs / 1000} s after load` : 'at once',
        ms(v.firstMs),
        ms(v.steadyMs),
        `${(median(v.firstMs) / median(v.steadyMs)).toFixed(2)}×`,
        v.idleSteps.length ? `${median(v.idleSteps)} (${[...new Set(v.idleStops)].join(', ')})` : '—',
      ]),
    ),
    '',
  ];
}
