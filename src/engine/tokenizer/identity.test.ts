import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { TOKENIZER_JSON } from '../../../test/helpers/paths';
import { referenceTokenizer } from '../../../test/helpers/reference-tokenizer';
import { LONG_PIECES, tokenizerCorpus } from '../../../test/helpers/tokenizer-corpus';
import { BertTokenizer } from './bert-tokenizer';
import type { Token } from './token';

const json = JSON.parse(readFileSync(TOKENIZER_JSON, 'utf8'));
const corpus = tokenizerCorpus();
/** bert-base-uncased has neither; the corpus contains words made of them (LONG_PIECES in tokenizer-corpus.ts). */
const EXTRA_PIECES = ['😀', '##😀', '𝔘𝔫', '##𝔦', ...LONG_PIECES.map((p, i) => (i % 2 ? `##${p}` : p))];

/** Every normalizer switch off in turn, and a small word limit (more [UNK]s, surrogates at the edge). */
const VARIANTS: Array<[string, any]> = [
  ['bert-base-uncased as shipped', json],
  ['cased (no lower-casing, no accent stripping)', withNormalizer({ lowercase: false, strip_accents: null })],
  ['accents stripped without lower-casing', withNormalizer({ lowercase: false, strip_accents: true })],
  ['lower-cased, accents kept', withNormalizer({ strip_accents: false })],
  ['no CJK splitting, no text cleaning', withNormalizer({ handle_chinese_chars: false, clean_text: false })],
  ['inside a Sequence normalizer, 7-character words at most', { ...json, ...sequenceWithLimit(7) }],
  ['with astral pieces and pieces longer than any other', withPieces(EXTRA_PIECES)],
];

function withPieces(pieces: string[]): any {
  const vocab = { ...json.model.vocab };
  for (const p of pieces) vocab[p] = Object.keys(vocab).length;
  return { ...json, model: { ...json.model, vocab } };
}

function withNormalizer(changes: object): any {
  return { ...json, normalizer: { ...json.normalizer, ...changes } };
}

function sequenceWithLimit(maxChars: number) {
  return {
    normalizer: { type: 'Sequence', normalizers: [{ type: 'Strip' }, json.normalizer] },
    model: { ...json.model, max_input_chars_per_word: maxChars },
  };
}

/** The first difference, as something readable, or null. */
function firstDifference(text: string, got: Token[], want: Token[]): string | null {
  const n = Math.max(got.length, want.length);
  for (let i = 0; i < n; i++) {
    const g = got[i];
    const w = want[i];
    if (g?.id !== w?.id || g?.start !== w?.start || g?.end !== w?.end) {
      const at = w ?? g;
      const around = JSON.stringify(text.slice(Math.max(0, at.start - 20), at.end + 20));
      return `token ${i} of ${want.length}: got ${JSON.stringify(g)}, want ${JSON.stringify(w)} near ${around}`;
    }
  }
  return null;
}

describe('BertTokenizer equals the frozen reference implementation, ids and offsets', () => {
  it('on a corpus of over 1 MB', () => {
    const units = corpus.reduce((a, d) => a + d.length, 0);
    expect(units).toBeGreaterThan(1_000_000);
  });

  // The default tokenizer also gets the whole corpus as one text (5 MB-document scale, one rule cache).
  it.each(VARIANTS)('%s: every corpus document', (name, variant) => {
    const fast = BertTokenizer.fromJSON(variant);
    const reference = referenceTokenizer(variant);
    let tokens = 0;
    for (const text of name === VARIANTS[0][0] ? [...corpus, corpus.join(' ')] : corpus) {
      const want = reference(text);
      expect(firstDifference(text, fast.tokenize(text), want)).toBeNull();
      tokens += want.length;
    }
    expect(tokens).toBeGreaterThan(100_000);
  });
});
