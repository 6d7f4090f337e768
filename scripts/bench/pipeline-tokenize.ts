/**
 * Throughput of the general tokenizer.json pipeline (byte-level BPE, Unigram) on ~1 MB of mixed
 * text: SQuAD paragraphs with the multilingual texts interleaved. Prints MB/s per fixture family,
 * median of several rounds after one warm-up round. For profiling, run it under `node --cpu-prof`.
 *
 *   npx tsx scripts/bench/pipeline-tokenize.ts [--rounds 5] [--mb 1] [--before /work/main/src] [roberta xlm-roberta ...]
 *
 * `--before` also times another checkout's tokenizer, interleaved round by round (the machine is
 * shared: only rounds taken together compare), and checks that both give the same tokens.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ensureTokenizerFixtures, FIXTURE_TOKENIZERS, tokenizerPath, type FixtureTokenizer } from '../fixtures/tokenizers/generate.js';
import { MULTILINGUAL } from '../fixtures/tokenizers/multilingual.js';
import { tokenizerFromJson } from '../../src/engine/tokenizer/from-json.js';
import type { QaTokenizer } from '../../src/engine/tokenizer/qa-tokenizer.js';
import type { Token } from '../../src/engine/tokenizer/token.js';
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

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const opt = (name: string, fallback: string) => {
    const i = args.indexOf(`--${name}`);
    return i >= 0 ? args.splice(i, 2)[1] : fallback;
  };
  const rounds = Number(opt('rounds', '5'));
  const mb = Number(opt('mb', '1'));
  const beforeSrc = opt('before', '');
  const names = (args.length > 0 ? args : ['roberta', 'xlm-roberta']) as FixtureTokenizer[];
  for (const n of names) if (!FIXTURE_TOKENIZERS.includes(n)) throw new Error(`unknown fixture ${n}`);
  const before: typeof tokenizerFromJson | null = beforeSrc
    ? (await import(resolve(beforeSrc, 'engine/tokenizer/from-json.ts'))).tokenizerFromJson
    : null;
  ensureTokenizerFixtures();
  const text = mixedText(mb * 1e6);
  const bytes = Buffer.byteLength(text);
  const median = (a: number[]) => [...a].sort((x, y) => x - y)[a.length >> 1];
  const fmt = (a: number[]) => `${median(a).toFixed(2)} MB/s (min ${Math.min(...a).toFixed(2)}, max ${Math.max(...a).toFixed(2)})`;
  for (const name of names) {
    const json = readFileSync(tokenizerPath(name), 'utf8');
    const variants: Array<{ label: string; tokenizer: QaTokenizer; buildMs: number; speeds: number[]; tokens: Token[] }> = [];
    for (const [label, build] of [
      ['after', tokenizerFromJson],
      ['before', before],
    ] as const) {
      if (!build) continue;
      const t0 = performance.now();
      const tokenizer = build(json);
      variants.push({ label, tokenizer, buildMs: performance.now() - t0, speeds: [], tokens: [] });
    }
    for (let r = 0; r <= rounds; r++) {
      for (let v = 0; v < variants.length; v++) {
        const variant = variants[(v + r) % variants.length];
        const s = performance.now();
        variant.tokens = variant.tokenizer.tokenize(text);
        const ms = performance.now() - s;
        if (r > 0) variant.speeds.push(bytes / 1e6 / (ms / 1000));
      }
    }
    if (variants.length === 2 && JSON.stringify(variants[0].tokens) !== JSON.stringify(variants[1].tokens)) {
      throw new Error(`${name}: before and after disagree`);
    }
    const line = variants.map((v) => `${v.label} ${fmt(v.speeds)}, build ${v.buildMs.toFixed(0)} ms`).join('; ');
    console.log(`${name} (${(bytes / 1e6).toFixed(2)} MB, ${variants[0].tokens.length} tokens, ${rounds} rounds): ${line}`);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) void main();
