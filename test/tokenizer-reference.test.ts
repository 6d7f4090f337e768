import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureTokenizerFixtures, FIXTURE_TOKENIZERS, tokenizerPath } from '../scripts/fixtures/tokenizers/generate';
import { multilingualTexts } from '../scripts/fixtures/tokenizers/multilingual';
import { TOKENIZER_JSON, squadQuestions } from './helpers/paths';
import { compareWithReference, pairTemplate, referenceCorpus } from './helpers/reference-run';

/**
 * Every fixture tokenizer — the real files of each family and variants that exercise the other
 * tokenizer.json components — against Hugging Face's Rust tokenizers on the SQuAD sample, the
 * bad-input corpus and texts in 17 languages: zero id mismatches, and offsets identical except
 * where the grapheme rule says so (reference-compare.ts). The counts are printed.
 */
ensureTokenizerFixtures();
const load = (path: string) => JSON.parse(readFileSync(path, 'utf8'));
const bert = load(TOKENIZER_JSON);
const fixtures = Object.fromEntries(FIXTURE_TOKENIZERS.map((n) => [n, load(tokenizerPath(n))]));
const FIXTURE_LABELS: Record<(typeof FIXTURE_TOKENIZERS)[number], string> = {
  roberta: 'RoBERTa byte-level BPE (GPT-2 vocabulary)',
  'xlm-roberta': 'XLM-R Unigram (Precompiled nmt_nfkc)',
  'deberta-v3': 'DeBERTa-v3 Unigram',
  albert: 'ALBERT Unigram (NFKD, StripAccents, Lowercase, Precompiled)',
  'unigram-byte-fallback': 'Unigram with byte_fallback (Prepend, Replace, no pre-tokenizer)',
};
const FIXTURE_NAMES = new Set(Object.values(FIXTURE_LABELS));
const byteTokens = Object.fromEntries(Array.from({ length: 256 }, (_, b) => [`<0x${b.toString(16).toUpperCase().padStart(2, '0')}>`, 0]));

const template = (cls: string, sep: string) => pairTemplate([cls, bert.model.vocab[cls] ?? 0], [sep, bert.model.vocab[sep] ?? 2]);

/** The real files of each family get the whole corpus; variants that exercise components a smaller one. */
const FULL = new Set(['bert-base-uncased (BertTokenizer)']);
const VARIANTS: Array<[string, any]> = [
  ['bert-base-uncased (BertTokenizer)', bert],
  [
    'WordPiece: NFD, Lowercase, StripAccents, Replace; WhitespaceSplit, Punctuation, Digits',
    {
      ...bert,
      normalizer: {
        type: 'Sequence',
        normalizers: [
          { type: 'NFD' },
          { type: 'Lowercase' },
          { type: 'StripAccents' },
          { type: 'Replace', pattern: { Regex: '[0-9]+%' }, content: 'percent' },
        ],
      },
      pre_tokenizer: {
        type: 'Sequence',
        pretokenizers: [
          { type: 'WhitespaceSplit' },
          { type: 'Punctuation', behavior: 'Isolated' },
          { type: 'Digits', individual_digits: true },
        ],
      },
      post_processor: template('[CLS]', '[SEP]'),
    },
  ],
  [
    'WordPiece: NFKC, Strip; Whitespace; BertProcessing',
    {
      ...bert,
      normalizer: { type: 'Sequence', normalizers: [{ type: 'NFKC' }, { type: 'Strip', strip_left: true, strip_right: true }] },
      pre_tokenizer: { type: 'Whitespace' },
      post_processor: { type: 'BertProcessing', sep: ['[SEP]', 102], cls: ['[CLS]', 101] },
    },
  ],
  [
    // Built step by step: a Sequence is never handed to BertTokenizer, which would drop the NFKC.
    'WordPiece: Sequence[BertNormalizer, NFKC]; BertPreTokenizer',
    { ...bert, normalizer: { type: 'Sequence', normalizers: [bert.normalizer, { type: 'NFKC' }] } },
  ],
  [
    // The general pipeline's BertNormalizer and WordPiece: BertTokenizer's code, so \p{Mn} accents only.
    'WordPiece: BertNormalizer; WhitespaceSplit, Punctuation',
    { ...bert, pre_tokenizer: { type: 'Sequence', pretokenizers: [{ type: 'WhitespaceSplit' }, { type: 'Punctuation' }] } },
  ],
  [FIXTURE_LABELS.roberta, fixtures.roberta],
  [
    'byte-level BPE: Split regex + ByteLevel(add_prefix_space, no regex), Digits contiguous; Sequence[ByteLevel, Template]',
    {
      ...fixtures.roberta,
      pre_tokenizer: {
        type: 'Sequence',
        pretokenizers: [
          {
            type: 'Split',
            pattern: { Regex: "'s|'t|'re|'ve|'m|'ll|'d| ?\\p{L}+| ?\\p{N}+| ?[^\\s\\p{L}\\p{N}]+|\\s+(?!\\S)|\\s+" },
            behavior: 'Isolated',
            invert: false,
          },
          { type: 'Digits', individual_digits: false },
          { type: 'ByteLevel', add_prefix_space: true, trim_offsets: true, use_regex: false },
        ],
      },
      post_processor: {
        type: 'Sequence',
        processors: [{ type: 'ByteLevel', add_prefix_space: true, trim_offsets: true, use_regex: true }, template('<s>', '</s>')],
      },
    },
  ],
  [
    'BPE with byte_fallback and fused unk: NFC; Metaspace',
    {
      ...fixtures.roberta,
      normalizer: { type: 'NFC' },
      pre_tokenizer: { type: 'Metaspace', replacement: '▁', prepend_scheme: 'always', split: true },
      post_processor: { type: 'RobertaProcessing', sep: ['</s>', 2], cls: ['<s>', 0], trim_offsets: false, add_prefix_space: true },
      model: {
        ...fixtures.roberta.model,
        unk_token: '<unk>',
        fuse_unk: true,
        byte_fallback: true,
        vocab: { ...fixtures.roberta.model.vocab, ...Object.fromEntries(Object.keys(byteTokens).map((k, i) => [k, 50300 + i])) },
      },
    },
  ],
  [FIXTURE_LABELS['xlm-roberta'], fixtures['xlm-roberta']],
  [FIXTURE_LABELS['deberta-v3'], fixtures['deberta-v3']],
  [FIXTURE_LABELS.albert, fixtures.albert],
  [FIXTURE_LABELS['unigram-byte-fallback'], fixtures['unigram-byte-fallback']],
  [
    'Unigram: NFKD, Lowercase; Punctuation contiguous, Metaspace prepend first, no split',
    {
      ...fixtures['xlm-roberta'],
      normalizer: { type: 'Sequence', normalizers: [{ type: 'NFKD' }, { type: 'Lowercase' }] },
      pre_tokenizer: {
        type: 'Sequence',
        pretokenizers: [
          { type: 'Punctuation', behavior: 'Contiguous' },
          { type: 'Metaspace', replacement: '▁', prepend_scheme: 'first', split: false },
        ],
      },
    },
  ],
  [
    'Unigram: Precompiled; CharDelimiterSplit, Metaspace never',
    {
      ...fixtures['xlm-roberta'],
      pre_tokenizer: {
        type: 'Sequence',
        pretokenizers: [
          { type: 'CharDelimiterSplit', delimiter: '.' },
          { type: 'Metaspace', replacement: '▁', prepend_scheme: 'never', split: true },
        ],
      },
    },
  ],
];

const squadTexts = new Set(squadQuestions().flatMap((q) => [q.question, q.context]));

describe('tokenizers equal Hugging Face tokenizers (Rust, 0.22): ids and offsets', () => {
  const texts = referenceCorpus();
  beforeAll(() => {
    expect(texts.length).toBeGreaterThan(1000);
    expect(multilingualTexts().length).toBeGreaterThanOrEqual(24);
  });

  const small = texts.filter((t, i) => i % 5 === 0 || !squadTexts.has(t));
  it.each(VARIANTS)('%s', async (name, json) => {
    const corpusFor = FULL.has(name) || FIXTURE_NAMES.has(name) ? texts : small;
    const result = await compareWithReference(name, json, corpusFor);
    expect(result.unexplained.slice(0, 10)).toEqual([]);
    expect(result.tokens).toBeGreaterThan(corpusFor === texts ? 25_000 : 5_000);
  });
});
