import { readFileSync } from 'node:fs';
import { ORACLE_END_MARKER, ORACLE_START_MARKER } from '../../scripts/fixtures/oracle-spec';
import { TOKENIZER_JSON } from './paths';

/** Deterministic PRNG, the one the fixture generator uses: every synthetic document is reproducible. */
import { mulberry32 as rng } from '../../scripts/fixtures/prng';

export { rng };

let fillerCache: string[] | undefined;
/** Whole-word vocabulary entries (one token each), minus anything that could read as a marker. */
export function fillerWords(): string[] {
  if (fillerCache) return fillerCache;
  const vocab = Object.keys(JSON.parse(readFileSync(TOKENIZER_JSON, 'utf8')).model.vocab);
  fillerCache = vocab.filter((w) => /^[a-z]{2,12}$/.test(w) && !w.startsWith(ORACLE_START_MARKER) && !w.startsWith(ORACLE_END_MARKER));
  return fillerCache;
}

const DECORATIONS = ['café', 'naïve', 'İstanbul', '北京', '😀', 'שלום', 'مرحبا', 'e\u0301t\u00e9', 'zero\u200bwidth', '—', '«', '»'];
const START_FORMS = [ORACLE_START_MARKER, 'Zebra', 'ZEBRA', 'Zébra', 'zébra'];
const END_FORMS = [ORACLE_END_MARKER, 'Omega', 'OMEGA', 'ömega', 'Ómégà'];

export interface SyntheticDoc {
  context: string;
  /** Gold answer offsets: from the start marker's first character to the end marker's last. */
  start: number;
  end: number;
}

/**
 * A document of `words` filler words with the start marker at word `at` and the end marker `gap`
 * words later; punctuation, capitals, newlines and Unicode decorations are sprinkled in.
 */
export function syntheticDoc(seed: number, words: number, at: number, gap: number): SyntheticDoc {
  const rand = rng(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)];
  const filler = fillerWords();
  let context = '';
  let start = -1;
  let end = -1;
  const emit = (w: string) => {
    if (context.length > 0) context += rand() < 0.03 ? '\n\n' : rand() < 0.1 ? ' \t ' : ' ';
    context += w;
  };
  for (let i = 0; i < words; i++) {
    if (i === at) {
      emit('');
      start = context.length;
      context += pick(START_FORMS);
      continue;
    }
    if (start >= 0 && end < 0 && i === at + gap) {
      emit(pick(END_FORMS));
      end = context.length;
      continue;
    }
    const r = rand();
    let w = pick(filler);
    if (r < 0.05) w = w[0].toUpperCase() + w.slice(1);
    else if (r < 0.08) w = pick(DECORATIONS);
    emit(w);
    // Punctuation only outside the answer, so the gold span stays within 30 tokens.
    if ((start < 0 || end >= 0) && rand() < 0.08) context += pick([',', '.', ';', '!', '?']);
  }
  return { context, start, end };
}
