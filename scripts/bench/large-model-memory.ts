/**
 * Memory of loading an XLM-R-sized model: a valid QA graph whose int8 embedding table (250 002 rows,
 * ~200 MB) is looked up by the input ids, and a 250k-piece Unigram tokenizer.json (the XLM-R fixture's
 * pieces, Precompiled normalizer, padded with synthetic ones). Each measurement runs `loadModel`
 * (urlSource over a fake `fetch` that streams the files with Content-Length, then onnxruntime-web's
 * WASM backend) in a fresh Node process and reports peak RSS above the process's start, the peak of
 * `arrayBuffers` sampled every 5 ms, and the tokenizer build time.
 *
 *   npx tsx scripts/bench/large-model-memory.ts [--src path/to/src] [--mb 200]
 *
 * `--src` loads another checkout's engine (e.g. /work/main/src) for a before/after comparison.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync, createReadStream } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { NODE_CAPS } from '../../test/helpers/node-capabilities';

const HERE = fileURLToPath(new URL('.', import.meta.url));
const ROWS = 250_002;

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : fallback;
}

/** A deterministic, XLM-R-shaped vocabulary of `size` pieces around the real fixture's ones. */
function bigTokenizerJson(size: number): string {
  const base = JSON.parse(readFileSync(resolve(HERE, '../../fixtures/tokenizers/xlm-roberta/tokenizer.json'), 'utf8'));
  const vocab: Array<[string, number]> = base.model.vocab;
  const mask = vocab.pop()!; // <mask> stays last, as in XLM-R
  const seen = new Set(vocab.map(([p]) => p));
  const scripts = [
    [0x61, 26],
    [0x430, 32],
    [0x3b1, 25],
    [0x5d0, 27],
    [0x627, 36],
    [0x905, 40],
    [0x4e00, 3000],
    [0xac00, 2000],
    [0x3041, 86],
  ];
  let seed = 12345;
  const rand = (n: number) => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return (seed >>> 8) % n;
  };
  while (vocab.length < size - 1) {
    const [from, count] = scripts[rand(scripts.length)];
    const len = 1 + rand(from >= 0x3041 ? 3 : 8);
    let piece = rand(3) > 0 ? '▁' : '';
    for (let i = 0; i < len; i++) piece += String.fromCodePoint(from + rand(count));
    if (seen.has(piece)) continue;
    seen.add(piece);
    vocab.push([piece, -8 - rand(100_000) / 10_000]);
  }
  vocab.push(mask);
  return JSON.stringify(base);
}

async function ensureFiles(dir: string, mb: number): Promise<void> {
  const onnx = join(dir, 'onnx/model_quantized.onnx');
  if (existsSync(onnx) && existsSync(join(dir, 'tokenizer.json'))) return;
  const { GraphBuilder } = await import('../fixtures/graph-builder.js');
  const { DataType, attr } = await import('../fixtures/onnx-proto.js');
  mkdirSync(join(dir, 'onnx'), { recursive: true });
  const hidden = Math.max(1, Math.round((mb * 1e6) / ROWS));
  const table = new Uint8Array(ROWS * hidden);
  for (let i = 0; i < table.length; i++) table[i] = (i * 2654435761) >>> 24;
  const g = new GraphBuilder();
  const ids = g.input('input_ids', DataType.INT64, ['batch', 'sequence']);
  g.input('attention_mask', DataType.INT64, ['batch', 'sequence']);
  const embedding = g.initializer('embeddings', DataType.UINT8, [ROWS, hidden], table);
  const rows = g.op('Cast', [g.op('Gather', [embedding, ids])], { to: attr.int(DataType.FLOAT) });
  const score = g.op('ReduceMean', [rows], { axes: attr.ints([2]), keepdims: attr.int(0) }, 'start_logits');
  g.op('Neg', [score], undefined, 'end_logits');
  g.output('start_logits', DataType.FLOAT, ['batch', 'sequence']);
  g.output('end_logits', DataType.FLOAT, ['batch', 'sequence']);
  writeFileSync(onnx, g.encode('large', 'large-model-memory'));
  const config = {
    model_type: 'xlm-roberta',
    architectures: ['XLMRobertaForQuestionAnswering'],
    pad_token_id: 1,
    max_position_embeddings: 514,
    vocab_size: ROWS,
  };
  writeFileSync(join(dir, 'config.json'), JSON.stringify(config));
  writeFileSync(join(dir, 'tokenizer.json'), bigTokenizerJson(ROWS));
}

/** The child: one load through the engine path, measured. */
async function child(dir: string, src: string, mode: string): Promise<void> {
  const ort = await import('onnxruntime-web');
  const { loadModel } = await import(resolve(src, 'engine/load-model.ts'));
  const { urlSource } = await import(resolve(src, 'engine/model-source.ts'));
  const { tokenizerFromJson } = await import(resolve(src, 'engine/tokenizer/from-json.ts'));
  ort.env.wasm.numThreads = 1;
  globalThis.fetch = (async (url: string) => {
    const file = join(dir, new URL(url).pathname.replace(/^\/m\//, ''));
    if (!existsSync(file)) return new Response(null, { status: 404 });
    const body = Readable.toWeb(createReadStream(file, { highWaterMark: 1 << 20 })) as ReadableStream<Uint8Array>;
    return new Response(body, { headers: { 'content-length': String(statSync(file).size) } });
  }) as typeof fetch;

  if (mode === 'tokenizer') {
    // Build time and memory of the tokenizer on its own; the second build runs warm (JIT).
    const json = readFileSync(join(dir, 'tokenizer.json'), 'utf8');
    const rss0 = process.memoryUsage().rss;
    const builds: number[] = [];
    let vocab = 0;
    for (let i = 0; i < 2; i++) {
      const t0 = performance.now();
      vocab = tokenizerFromJson(json).vocabSize;
      builds.push(Math.round(performance.now() - t0));
    }
    const peak = process.resourceUsage().maxRSS * 1024;
    console.log(JSON.stringify({ src, vocab, tokenizerBuildMs: builds, peakRssAboveStartMB: Math.round((peak - rss0) / 1e6) }));
    return;
  }
  global.gc?.();
  const start = process.memoryUsage();
  let peakBuffers = start.arrayBuffers;
  const timer = setInterval(() => {
    peakBuffers = Math.max(peakBuffers, process.memoryUsage().arrayBuffers);
  }, 5);
  let downloads = 0;
  const t0 = performance.now();
  const { loaded } = await loadModel(
    ort,
    urlSource('http://fake.test/m/'),
    { backend: 'wasm', dtype: 'auto', threads: 1 },
    NODE_CAPS,
    (p: any) => {
      if (p.phase === 'download') downloads++;
    },
  );
  const loadMs = performance.now() - t0;
  clearInterval(timer);
  // The run yields through an unref'd MessageChannel (next-task.ts) that does not hold Node's event
  // loop open; nothing else need be pending by then, so a timer holds it until the child is done.
  const keepAlive = setInterval(() => {}, 1000);
  const answer = await loaded.engine.ask('what?', 'a short document to answer from', { topK: 1 });
  const MB = (b: number) => Math.round(b / 1e6);
  for (let i = 0; i < 2; i++) {
    await new Promise((ok) => setTimeout(ok, 100));
    global.gc?.();
  }
  const after = process.memoryUsage();
  console.log(
    JSON.stringify({
      src,
      onnxMB: MB(statSync(join(dir, 'onnx/model_quantized.onnx')).size),
      tokenizerMB: MB(statSync(join(dir, 'tokenizer.json')).size),
      loadMs: Math.round(loadMs),
      peakRssAboveStartMB: MB(process.resourceUsage().maxRSS * 1024 - start.rss),
      peakArrayBuffersAboveStartMB: MB(peakBuffers - start.arrayBuffers),
      arrayBuffersAfterGcMB: MB(after.arrayBuffers - start.arrayBuffers),
      rssAfterGcMB: MB(after.rss - start.rss),
      progressEvents: downloads,
      answers: answer.answers.length,
    }),
  );
  await loaded.dispose();
  clearInterval(keepAlive);
}

async function main(): Promise<void> {
  const mb = Number(arg('mb', '200'));
  const dir = join(tmpdir(), `large-model-${mb}`);
  const src = resolve(arg('src', resolve(HERE, '../../src')));
  const mode = arg('child', '');
  if (mode) return child(dir, src, mode);
  await ensureFiles(dir, mb);
  for (const m of ['tokenizer', 'load']) {
    const run = spawnSync(
      process.execPath,
      ['--expose-gc', '--import', 'tsx', fileURLToPath(import.meta.url), '--child', m, '--mb', String(mb), '--src', src],
      {
        stdio: 'inherit',
      },
    );
    if (run.status !== 0) process.exitCode = run.status ?? 1;
  }
}

void main();
