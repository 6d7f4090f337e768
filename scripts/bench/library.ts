/**
 * Library benchmark in Node on onnxruntime-web's WASM build (the engine code the worker runs):
 * ingest (tokens + BM25 term index per document, pages/s; PDF extraction not included), one
 * question across the whole library (first answer, after the first batch, and every window read),
 * and grid cells per minute (one question × one document per cell, indexes kept).
 * Run: npx tsx scripts/bench/library.ts [--docs 100] [--pages 20] [--model tiny-random] [--dtype q8]
 * Real BERT-base weights cannot be downloaded on these machines: the fixture models stand in.
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
import { SQUAD_SAMPLE } from '../fixtures/data-paths';

const { values } = parseArgs({
  options: {
    docs: { type: 'string', default: '100' },
    pages: { type: 'string', default: '20' },
    model: { type: 'string', default: 'tiny-random' },
    dtype: { type: 'string', default: 'q8' },
    threads: { type: 'string', default: '1' },
  },
});
ort.env.wasm.numThreads = Number(values.threads);
// The engine yields between batches through a MessageChannel (next-task.ts), which does not hold
// Node's event loop open: a timer does, until the end.
const keepAlive = setInterval(() => {}, 1000);
const dir = resolve(import.meta.dirname, '../../fixtures/models', values.model!);
const loaded = await createEngine(
  ort,
  {
    config: readFileSync(resolve(dir, 'config.json'), 'utf8'),
    tokenizer: readFileSync(resolve(dir, 'tokenizer.json'), 'utf8'),
    onnx: new Uint8Array(readFileSync(resolve(dir, dtypeFile(values.dtype as Dtype)))),
  },
  'wasm',
);

// Pages of real prose: SQuAD paragraphs, one per page, cycled; each document's pages start at another paragraph.
const paragraphs = (JSON.parse(readFileSync(SQUAD_SAMPLE, 'utf8')).data as Array<{ paragraphs: Array<{ context: string }> }>).flatMap((a) =>
  a.paragraphs.map((p) => p.context),
);
const nDocs = Number(values.docs);
const nPages = Number(values.pages);
const docs = Array.from({ length: nDocs }, (_, d) => ({
  id: `doc-${d}`,
  text: Array.from({ length: nPages }, (_, p) => `Document ${d}, page ${p + 1}. ${paragraphs[(d * 7 + p) % paragraphs.length]}`).join(
    '\n\n',
  ),
}));
const question = 'What did the committee decide about the budget?';

const cache = new DocumentCache(loaded.engine.tokenizer);
let t = performance.now();
for (const d of docs) {
  cache.tokens(d.id, d.text);
  cache.terms(d.id, d.text);
}
const ingestMs = performance.now() - t;

t = performance.now();
let firstMs = 0;
const plan = planLibraryReading(loaded.engine, cache, question, docs, { batchSize: 1 });
const planMs = performance.now() - t;
const reading = new LibraryReading(loaded.runner, plan);
await reading.read({ onPartial: () => (firstMs ||= performance.now() - t) });
const wholeMs = performance.now() - t;

// Grid: 3 questions × 10 documents, one cell at a time as the app fills it.
const gridQuestions = [question, 'Who founded the university?', 'When was it built?'];
t = performance.now();
let cellCount = 0;
for (const q of gridQuestions)
  for (const d of docs.slice(0, 10)) {
    await new LibraryReading(loaded.runner, planLibraryReading(loaded.engine, cache, q, [d], { batchSize: 1 })).read();
    cellCount++;
  }
const gridMs = performance.now() - t;
await loaded.dispose();
clearInterval(keepAlive);

const flags = [...new Set(readFileSync('/proc/cpuinfo', 'utf8').match(/\b(avx512_vnni|avx512f|avx2)\b/g) ?? [])].sort().join(' ');
console.log(
  JSON.stringify(
    {
      model: `${values.model} ${values.dtype}`,
      threads: Number(values.threads),
      cpu: `${cpus()[0]?.model} (${flags})`,
      library: `${nDocs} documents × ${nPages} pages, ${docs.reduce((s, d) => s + d.text.length, 0)} characters`,
      ingestPagesPerSecond: Math.round((nDocs * nPages) / (ingestMs / 1000)),
      windows: plan.order.length,
      rankingMs: Math.round(planMs),
      firstAnswerMs: Math.round(firstMs),
      wholeLibraryMs: Math.round(wholeMs),
      gridCellsPerMinute: Math.round(cellCount / (gridMs / 60000)),
      gridCellsAvgPages: nPages,
    },
    null,
    2,
  ),
);
