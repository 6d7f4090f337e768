/**
 * Throughput of the general tokenizer.json pipeline (byte-level BPE, Unigram) on ~1 MB of mixed
 * text: SQuAD paragraphs with the multilingual texts interleaved. Prints MB/s per fixture family,
 * median of several rounds after one warm-up round. For profiling, run it under `node --cpu-prof`.
 *
 *   npx tsx scripts/bench/pipeline-tokenize.ts [--rounds 5] [--mb 1] [roberta xlm-roberta ...]
 */
import { readFileSync } from 'node:fs';
import { ensureTokenizerFixtures, FIXTURE_TOKENIZERS, tokenizerPath, type FixtureTokenizer } from '../fixtures/tokenizers/generate.js';
import { MULTILINGUAL } from '../fixtures/tokenizers/multilingual.js';
import { tokenizerFromJson } from '../../src/engine/tokenizer/from-json.js';
import { SQUAD_SAMPLE } from '../../test/helpers/paths.js';

/** SQuAD contexts, each followed by one multilingual text, repeated to `bytes` UTF-8 bytes. */
export function mixedText(bytes: number): string {
  const contexts: string[] = [];
  for (const article of JSON.parse(readFileSync(SQUAD_SAMPLE, 'utf8')).data) for (const p of article.paragraphs) contexts.push(p.context);
  const other = Object.values(MULTILINGUAL).flat();
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const part = `${contexts[i % contexts.length]}\n\n${other[i % other.length]}\n\n`;
    parts.push(part);
    size += Buffer.byteLength(part);
  }
  return parts.join('');
}

function main(): void {
  const args = process.argv.slice(2);
  const opt = (name: string, fallback: number) => {
    const i = args.indexOf(`--${name}`);
    return i >= 0 ? Number(args.splice(i, 2)[1]) : fallback;
  };
  const rounds = opt('rounds', 5);
  const mb = opt('mb', 1);
  const names = (args.length > 0 ? args : ['roberta', 'xlm-roberta']) as FixtureTokenizer[];
  for (const n of names) if (!FIXTURE_TOKENIZERS.includes(n)) throw new Error(`unknown fixture ${n}`);
  ensureTokenizerFixtures();
  const text = mixedText(mb * 1e6);
  const bytes = Buffer.byteLength(text);
  for (const name of names) {
    const json = readFileSync(tokenizerPath(name), 'utf8');
    const t0 = performance.now();
    const tokenizer = tokenizerFromJson(json);
    const buildMs = performance.now() - t0;
    let tokens = 0;
    const speeds: number[] = [];
    for (let r = 0; r <= rounds; r++) {
      const s = performance.now();
      tokens = tokenizer.tokenize(text).length;
      const ms = performance.now() - s;
      if (r > 0) speeds.push(bytes / 1e6 / (ms / 1000));
    }
    speeds.sort((a, b) => a - b);
    const median = speeds[speeds.length >> 1];
    console.log(
      `${name}: ${median.toFixed(2)} MB/s median of ${rounds} (min ${speeds[0].toFixed(2)}, max ${speeds[speeds.length - 1].toFixed(2)}); ${(bytes / 1e6).toFixed(2)} MB, ${tokens} tokens; build ${buildMs.toFixed(0)} ms`,
    );
  }
}

main();
