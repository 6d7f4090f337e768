import { describe, expect, it } from 'vitest';
import { BertTokenizer } from './bert-tokenizer';
import { tokenizerFromJson } from './from-json';
import { PipelineTokenizer } from './pipeline-tokenizer';

/** A tiny Unigram tokenizer.json: enough pieces to tokenize "▁ab c" and friends. */
function unigram(overrides: Record<string, unknown> = {}): any {
  return {
    added_tokens: [
      { id: 0, content: '<s>', special: true },
      { id: 1, content: '</s>', special: true },
      { id: 2, content: '<unk>', special: true },
    ],
    normalizer: null,
    pre_tokenizer: { type: 'Metaspace', replacement: '▁', prepend_scheme: 'always', split: true },
    post_processor: {
      type: 'TemplateProcessing',
      single: [
        { SpecialToken: { id: '<s>', type_id: 0 } },
        { Sequence: { id: 'A', type_id: 0 } },
        { SpecialToken: { id: '</s>', type_id: 0 } },
      ],
      pair: [
        { SpecialToken: { id: '<s>', type_id: 0 } },
        { Sequence: { id: 'A', type_id: 0 } },
        { SpecialToken: { id: '</s>', type_id: 0 } },
        { Sequence: { id: 'B', type_id: 1 } },
        { SpecialToken: { id: '</s>', type_id: 1 } },
      ],
      special_tokens: { '<s>': { id: '<s>', ids: [0], tokens: ['<s>'] }, '</s>': { id: '</s>', ids: [1], tokens: ['</s>'] } },
    },
    model: {
      type: 'Unigram',
      unk_id: 2,
      vocab: [
        ['<s>', 0],
        ['</s>', 0],
        ['<unk>', 0],
        ['▁', -2],
        ['▁ab', -1],
        ['a', -3],
        ['b', -3],
        ['c', -3],
        ['▁c', -1.5],
      ],
    },
    ...overrides,
  };
}

describe('tokenizerFromJson', () => {
  it('matches a non-special added token in the text before the model (added-tokens.ts)', () => {
    const tokens = tokenizerFromJson(unigram({ added_tokens: [{ id: 5, content: 'a', special: false }] })).tokenize('ab c');
    expect(tokens[0]).toEqual({ id: 5, start: 0, end: 1 });
    expect(tokens.map((t) => t.id)).toEqual([5, 3, 6, 8]);
  });

  it("keeps BERT's own pipeline on the tuned BertTokenizer, everything else on the general pipeline", () => {
    const bert = {
      normalizer: { type: 'BertNormalizer', lowercase: true },
      pre_tokenizer: { type: 'BertPreTokenizer' },
      model: { type: 'WordPiece', vocab: { '[PAD]': 0, '[UNK]': 1, '[CLS]': 2, '[SEP]': 3, hello: 4 } },
    };
    expect(tokenizerFromJson(bert)).toBeInstanceOf(BertTokenizer);
    expect(tokenizerFromJson(unigram())).toBeInstanceOf(PipelineTokenizer);
  });

  it('builds a Sequence holding a BertNormalizer step by step, never as BertTokenizer (which would drop the others)', () => {
    const vocab = { '[PAD]': 0, '[UNK]': 1, '[CLS]': 2, '[SEP]': 3, fi: 4, '1': 5 };
    const bert = {
      normalizer: { type: 'Sequence', normalizers: [{ type: 'BertNormalizer', lowercase: true }, { type: 'NFKC' }] },
      pre_tokenizer: { type: 'BertPreTokenizer' },
      post_processor: { type: 'BertProcessing', sep: ['[SEP]', 3], cls: ['[CLS]', 2] },
      model: { type: 'WordPiece', vocab },
    };
    const tok = tokenizerFromJson(bert);
    expect(tok).toBeInstanceOf(PipelineTokenizer);
    // NFKC makes "ﬁ" "fi" and "①" "1": the tuned path without it gave [UNK] for both.
    expect(tok.tokenize('ﬁ ①').map((t) => [t.id, t.start, t.end])).toEqual([
      [4, 0, 1],
      [5, 2, 3],
    ]);
  });

  it("reads the pair layout from the post-processor, and offsets are the user's characters", () => {
    const tok = tokenizerFromJson(JSON.stringify(unigram()));
    expect(tok.layout).toMatchObject({ prefix: [0], middle: [1], suffix: [1], questionType: 0, contextType: 1, suffixTypes: [1] });
    const text = '  ab\u00a0c';
    // Metaspace: "▁▁ab\u00a0c" split before each ▁; "▁ab" stands for the space before "ab" and its
    // offsets start at the word (whitespace trimmed); the lone "▁" and the unknown NBSP become empty.
    expect(tok.tokenize(text).map((t) => [t.id, t.start, t.end])).toEqual([
      [3, 1, 1],
      [4, 2, 4],
      [2, 5, 5],
      [7, 5, 6],
    ]);
  });

  it('never produces a special token from text, even when the vocabulary holds its string', () => {
    const tok = tokenizerFromJson(unigram());
    const ids = tok.tokenize('<s> c').map((t) => t.id);
    expect(ids).not.toContain(0);
    expect(ids).toContain(8);
  });

  it.each<[string, any, RegExp]>([
    ['an unknown normalizer', unigram({ normalizer: { type: 'Nmt' } }), /the Nmt normalizer/],
    ['an unknown pre-tokenizer', unigram({ pre_tokenizer: { type: 'UnicodeScripts' } }), /the UnicodeScripts pre-tokenizer/],
    ['an unknown model', unigram({ model: { type: 'WordLevel', vocab: {} } }), /the WordLevel model/],
    ['an unknown post-processor', unigram({ post_processor: { type: 'Fancy' } }), /the Fancy post-processor/],
    ['no post-processor', unigram({ post_processor: null }), /no post_processor/],
    ['an inline-flag regex', unigram({ normalizer: { type: 'Replace', pattern: { Regex: '(?i)x' }, content: 'y' } }), /inline flags/],
    [
      'a context-first template',
      unigram({ post_processor: { type: 'TemplateProcessing', pair: [{ Sequence: { id: 'B' } }, { Sequence: { id: 'A' } }] } }),
      /pair template/,
    ],
  ])('refuses %s with TOKENIZER_UNSUPPORTED naming it', (_, json, message) => {
    expect(() => tokenizerFromJson(json)).toThrow(message);
    try {
      tokenizerFromJson(json);
    } catch (e) {
      expect((e as { code: string }).code).toBe('TOKENIZER_UNSUPPORTED');
      expect((e as { detail: { component: string } }).detail.component).toBeTruthy();
    }
  });

  it('calls broken files TOKENIZER_INVALID', () => {
    expect(() => tokenizerFromJson('{')).toThrow(expect.objectContaining({ code: 'TOKENIZER_INVALID' }));
    expect(() => tokenizerFromJson({})).toThrow(expect.objectContaining({ code: 'TOKENIZER_INVALID' }));
    const badMerge = { ...unigram(), model: { type: 'BPE', vocab: { a: 0 }, merges: ['a b'] } };
    expect(() => tokenizerFromJson(badMerge)).toThrow(expect.objectContaining({ code: 'TOKENIZER_INVALID' }));
  });
});
