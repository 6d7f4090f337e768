import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ensureTokenizerFixtures, tokenizerPath } from '../scripts/fixtures/tokenizers/generate';
import { compareWithReference, referenceCorpus } from './helpers/reference-run';

/**
 * Added tokens with every flag (lstrip, rstrip, single_word, normalized) against Hugging Face's Rust
 * tokenizers: none of the real files uses the flags, so fixture tokenizers get tokens that do. One
 * byte-level BPE (no normalizer) and one Unigram with a Precompiled (nmt_nfkc) normalizer, under
 * which `normalized: true` contents are matched as normalized ("ＮＹ" as "NY").
 */
ensureTokenizerFixtures();

const TOKENS: Array<[string, Record<string, boolean>]> = [
  ['<b>', {}],
  ['<br>', {}],
  ['ab', { normalized: true }],
  ['abc', { normalized: true }],
  ['[x]', { lstrip: true }],
  ['@@', { rstrip: true }],
  ['cat', { single_word: true, normalized: true }],
  ['ＮＹ', { normalized: true }],
  ['new york', { normalized: true }],
  [' z', {}],
  ['Qq', {}],
  ['%%', { lstrip: true, rstrip: true, single_word: true }],
  ['the', { single_word: true }],
];

const TEXTS = [
  'x<b>y<br>z<b',
  'xabcd abab',
  'a  [x]b',
  '@@  [x]',
  '<m>@@  \t b',
  'cat concat cats cat. -cat- cat1 _cat écat cat\u0301',
  'ＮＹ NY ny',
  'in new york  new  york',
  '@@  z',
  '@@ z @@z',
  'Qq qq QQ',
  'a %% b%% %%c  %%  d',
  '😀cat 😀 @@ 😀',
  'cat\u3000cat\u200bcat',
  '\u00a0[x]\u00a0',
];

/**
 * The fixture with the tokens appended, ids given as Rust gives them (it ignores the file's): a
 * content already in the vocabulary keeps its id, the others count up from the vocabulary's size.
 */
function withAddedTokens(name: 'roberta' | 'xlm-roberta'): any {
  const json = JSON.parse(readFileSync(tokenizerPath(name), 'utf8'));
  const vocab = new Map<string, number>(
    Array.isArray(json.model.vocab) ? json.model.vocab.map(([p]: [string], i: number) => [p, i]) : Object.entries(json.model.vocab),
  );
  let next = vocab.size;
  const added = TOKENS.map(([content, flags]) => ({
    id: vocab.get(content) ?? next++,
    content,
    single_word: false,
    lstrip: false,
    rstrip: false,
    normalized: false,
    special: false,
    ...flags,
  }));
  return { ...json, added_tokens: [...json.added_tokens, ...added] };
}

describe('added tokens with lstrip, rstrip, single_word and normalized equal Hugging Face tokenizers (Rust, 0.22)', () => {
  // Every fifth corpus text: the tokens are common words ("the", "cat", "ab"), so the corpus meets them too.
  const texts = [...TEXTS, ...referenceCorpus().filter((_, i) => i % 5 === 0)];
  it.each([
    ['byte-level BPE (RoBERTa fixture) with added tokens', 'roberta'],
    ['Unigram, Precompiled nmt_nfkc (XLM-R fixture) with added tokens', 'xlm-roberta'],
  ] as const)('%s', async (label, fixture) => {
    const result = await compareWithReference(label, withAddedTokens(fixture), texts);
    expect(result.unexplained.slice(0, 10)).toEqual([]);
    expect(result.addedTokens).toBeGreaterThan(300);
  });
});
