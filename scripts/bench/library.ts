/**
 * Library benchmark in Node on onnxruntime-web's WASM build (the engine code the worker runs, batch
 * size 1 as the app on WASM): ingest (PDF text extraction, then tokens + BM25 term index per
 * document, pages/s), one question across the whole library (first answer, after the first batch,
 * and every window read), and grid cells per minute (one question × one document per cell, every
 * window read: the app's grid never stops early).
 *
 *   npx tsx scripts/bench/library.ts [--model bert-base] [--dtype q8] [--threads 2] [--docs 100]
 *     [--pages 20] [--source pdf|text] [--windows N] [--grid-cells 6] [--stop-when-confident]
 *
 * `--model bert-base` / `distilbert`: random weights at real size (models.ts, generated under
 * .bench/models/ when absent): real timings, meaningless answers. Any other name is a fixture model.
 * `--windows N` reads only the first N windows of the library question and extrapolates the rest
 * from their rate (printed as an estimate). Progress goes to stderr.
 */
import { readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import * as ort from 'onnxruntime-web';
import { createEngine } from '../../src/engine/create-engine';
import { DocumentCache } from '../../src/engine/library/document-cache';
import { planLibraryReading } from '../../src/engine/library/library-plan';
import { LibraryReading } from '../../src/engine/library/library-reading';
import { dtypeFile, type Dtype } from '../../src/shared/model-formats';
import { indexAll, ingestPdfs, libraryPages, libraryPdf, type LibraryDoc } from './library-corpus';
import { loadAverage } from './machine';
import { ensureBenchModel, FORMATS, MODEL_DIMS, type ModelName } from './models';

const ROOT = resolve(import.meta.dirname, '../..');
const { values } = parseArgs({
  options: {
    docs: { type: 'string', default: '100' },
    pages: { type: 'string', default: '20' },
    model: { type: 'string', default: 'tiny-random' },
    dtype: { type: 'string', default: 'q8' },
    // The app's default on a 2-core machine when cross-origin isolated.
    threads: { type: 'string', default: '2' },
    source: { type: 'string', default: 'pdf' },
    windows: { type: 'string', default: '0' },
    'grid-cells': { type: 'string', default: '6' },
    'stop-when-confident': { type: 'boolean', default: false },
  },
});
const log = (m: string) => console.error(`[library] ${m}`);
const loadBefore = loadAverage();
const started = new Date().toISOString();
ort.env.wasm.numThreads = Number(values.threads);
// The engine yields between batches through a MessageChannel (next-task.ts), which does not hold
// Node's event loop open: a timer does, until the end.
const keepAlive = setInterval(() => {}, 1000);

const file = dtypeFile(values.dtype as Dtype);
const dir =
  values.model! in MODEL_DIMS
    ? ensureBenchModel(
        ROOT,
        values.model as ModelName,
        FORMATS.filter((f) => f.file === file),
        log,
      )
    : resolve(ROOT, 'fixtures/models', values.model!);
const loaded = await createEngine(
  ort,
  {
    config: readFileSync(resolve(dir, 'config.json'), 'utf8'),
    tokenizer: readFileSync(resolve(dir, 'tokenizer.json'), 'utf8'),
    onnx: new Uint8Array(readFileSync(resolve(dir, file))),
  },
  'wasm',
);

const nDocs = Number(values.docs);
const nPages = Number(values.pages);
const pages = libraryPages(nDocs, nPages);
const cache = new DocumentCache(loaded.engine.tokenizer);
let docs: LibraryDoc[];
let extractMs: number | null = null;
let indexMs: number;
if (values.source === 'pdf') {
  log(`writing ${nDocs} PDFs of ${nPages} pages (not timed)`);
  const pdfs = await Promise.all(pages.map(libraryPdf));
  log(`extracting and indexing ${nDocs * nPages} pages`);
  ({ docs, extractMs, indexMs } = await ingestPdfs(pdfs, cache));
} else {
  docs = pages.map((p, d) => ({ id: `doc-${d}`, text: p.join('\n\n') }));
  const t0 = performance.now();
  indexAll(docs, cache);
  indexMs = performance.now() - t0;
}
const pagesPerSecond = (ms: number) => Math.round((nDocs * nPages) / (ms / 1000));

const question = 'What did the committee decide about the budget?';
const askOptions = { stopWhenConfident: values['stop-when-confident'] };
let t = performance.now();
let firstMs = 0;
const plan = planLibraryReading(loaded.engine, cache, question, docs, askOptions);
const rankingMs = performance.now() - t;
const cap = Number(values.windows) || Infinity;
const total = plan.order.length;
log(`${total} windows; reading ${Number.isFinite(cap) ? `the first ${cap}` : 'all'}`);
const reading = new LibraryReading(loaded.runner, plan);
const stopper = new AbortController();
let stoppedEarly = false;
await reading
  .read({
    signal: stopper.signal,
    onPartial: (r) => {
      firstMs ||= performance.now() - t;
      stoppedEarly = r.stoppedEarly;
      if (r.windowsDone % 25 === 0) log(`${r.windowsDone}/${total} windows, ${((performance.now() - t) / 1000).toFixed(1)} s`);
      if (r.windowsDone >= cap) stopper.abort();
    },
  })
  .catch((e) => {
    if (!stopper.signal.aborted) throw e;
  });
const readMs = performance.now() - t - rankingMs;
const windowsRead = reading.windowsRead;
const msPerWindow = (readMs - firstMs + rankingMs) / Math.max(1, windowsRead - 1);

// Grid: one question × one document per cell, filled one cell at a time as the app does.
const gridQuestions = [question, 'Who founded the university?', 'When was it built?'];
const cells = gridQuestions.flatMap((q) => docs.map((d) => [q, d] as const)).slice(0, Number(values['grid-cells']));
t = performance.now();
let gridWindows = 0;
for (const [i, [q, d]] of cells.entries()) {
  const cellPlan = planLibraryReading(loaded.engine, cache, q, [d], { stopWhenConfident: false });
  gridWindows += cellPlan.order.length;
  await new LibraryReading(loaded.runner, cellPlan).read();
  log(`grid: ${i + 1} cells, ${gridWindows} windows, ${((performance.now() - t) / 1000).toFixed(1)} s`);
}
const gridMs = performance.now() - t;
await loaded.dispose();
clearInterval(keepAlive);

const flags = [...new Set(readFileSync('/proc/cpuinfo', 'utf8').match(/\b(avx512_vnni|avx512f|avx2|fma)\b/g) ?? [])].sort().join(' ');
const whole = windowsRead === total;
console.log(
  JSON.stringify(
    {
      date: started,
      command: `npx tsx scripts/bench/library.ts ${process.argv.slice(2).join(' ')}`,
      node: process.version,
      loadAverageBefore: loadBefore,
      loadAverageAfter: loadAverage(),
      model: `${values.model} ${values.dtype}`,
      threads: Number(values.threads),
      cpu: `${cpus()[0]?.model}, ${cpus().length} cores (${flags})`,
      library: `${nDocs} documents × ${nPages} pages (${values.source}), ${docs.reduce((s, d) => s + d.text.length, 0)} characters, ${docs.reduce((s, d) => s + cache.tokens(d.id, d.text).length, 0)} tokens`,
      extractPagesPerSecond: extractMs === null ? null : pagesPerSecond(extractMs),
      tokensIndexPagesPerSecond: pagesPerSecond(indexMs),
      ingestPagesPerSecond: pagesPerSecond((extractMs ?? 0) + indexMs),
      windows: total,
      rankingMs: Math.round(rankingMs),
      firstAnswerMs: Math.round(firstMs),
      windowsRead,
      msPerWindow: Math.round(msPerWindow),
      stoppedEarly,
      [whole ? 'wholeLibraryMs' : 'wholeLibraryEstimateMs']: Math.round(whole ? rankingMs + readMs : firstMs + (total - 1) * msPerWindow),
      gridCells: cells.length,
      gridWindowsPerCell: Number((gridWindows / Math.max(1, cells.length)).toFixed(1)),
      gridCellsPerMinute: Number((cells.length / (gridMs / 60000)).toFixed(2)),
    },
    null,
    2,
  ),
);
