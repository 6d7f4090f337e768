import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ensureTokenizerFixtures, tokenizerPath } from '../scripts/fixtures/tokenizers/generate';
import { TOKENIZER_JSON } from './helpers/paths';
import { compareWithReference, referenceCorpus } from './helpers/reference-run';

/**
 * Added tokens with every flag (lstrip, rstrip, single_word, normalized) against Hugging Face's Rust
 * tokenizers: none of the real files uses the flags, so fixture tokenizers get tokens that do: a
 * byte-level BPE (no normalizer), a Unigram with a Precompiled (nmt_nfkc) normalizer and BERT's
 * lower-casing one, under which `normalized: true` contents are matched as normalized ("ＮＹ" as "NY").
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
function withAddedTokens(path: string): any {
  const json = JSON.parse(readFileSync(path, 'utf8'));
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
    ['byte-level BPE (RoBERTa fixture) with added tokens', tokenizerPath('roberta')],
    ['Unigram, Precompiled nmt_nfkc (XLM-R fixture) with added tokens', tokenizerPath('xlm-roberta')],
    // BertTokenizer matches no added tokens: such a file takes the general pipeline's BERT components.
    ['bert-base-uncased (lower-casing BertNormalizer) with added tokens', TOKENIZER_JSON],
  ] as const)('%s', async (label, path) => {
    const result = await compareWithReference(label, withAddedTokens(path), texts);
    expect(result.unexplained.slice(0, 10)).toEqual([]);
    expect(result.addedTokens).toBeGreaterThan(300);
  });
});
