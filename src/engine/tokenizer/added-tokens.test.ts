import { describe, expect, it } from 'vitest';
import { AddedTokens, hasMatchableAddedTokens, type Span } from './added-tokens';
import { tokenizerFromJson } from './from-json';
import { Normalized } from './normalized-string';
import { buildNormalizer } from './normalizers/build-normalizer';

/** Added tokens from (content, flags) pairs, ids 100, 101, ... in order. */
function tokens(...defs: Array<[string, Record<string, unknown>?]>): any[] {
  return defs.map(([content, flags], i) => ({ id: 100 + i, content, special: false, normalized: false, ...flags }));
}

/** The spans as [text, id], id null for the text between matches: what each span covers is visible. */
function pieces(spans: Span[] | null, text: string): Array<[string, number | null]> {
  return (spans ?? []).map(([from, to, id]) => [text.slice(from, to), id >= 0 ? id : null]);
}

function splitRaw(defs: any[], text: string): Array<[string, number | null]> {
  return pieces(AddedTokens.fromJson(defs, null)!.splitRaw(text), text);
}

describe('AddedTokens: matching in the raw text', () => {
  it('takes the leftmost match, the longest of those starting there', () => {
    const defs = tokens(['ab'], ['abc'], ['bcd']);
    expect(splitRaw(defs, 'xabcd')).toEqual([
      ['x', null],
      ['abc', 101],
      ['d', null],
    ]);
    expect(splitRaw(defs, 'bcdab')).toEqual([
      ['bcd', 102],
      ['ab', 100],
    ]);
  });

  it('finds tokens side by side, at both ends, and nothing in text without them', () => {
    const defs = tokens(['<b>'], ['\n'], ['\n\n']);
    expect(splitRaw(defs, '<b><b>x\n\n\n')).toEqual([
      ['<b>', 100],
      ['<b>', 100],
      ['x', null],
      ['\n\n', 102],
      ['\n', 101],
    ]);
    expect(splitRaw(defs, 'plain <b text')).toEqual([['plain <b text', null]]);
    expect(splitRaw(defs, '')).toEqual([]);
  });

  it('lstrip takes the whitespace before the token, but none a match before it took', () => {
    const defs = tokens(['[x]', { lstrip: true }], ['@@', { rstrip: true }]);
    expect(splitRaw(defs, 'a \u3000\t[x]b')).toEqual([
      ['a', null],
      [' \u3000\t[x]', 100],
      ['b', null],
    ]);
    expect(splitRaw(defs, '@@  [x]')).toEqual([
      ['@@  ', 101],
      ['[x]', 100],
    ]);
    // A zero-width space is no whitespace (Unicode White_Space), as in Rust's \s.
    expect(splitRaw(defs, 'a\u200b[x]')).toEqual([
      ['a\u200b', null],
      ['[x]', 100],
    ]);
  });

  it('rstrip takes the whitespace after the token; the search goes on from the match itself, as in Rust', () => {
    const defs = tokens(['@@', { rstrip: true }], [' z']);
    expect(splitRaw(defs, '@@ \n\u00a0b')).toEqual([
      ['@@ \n\u00a0', 100],
      ['b', null],
    ]);
    // " z" begins inside what "@@" took: Rust matches it there, so its span overlaps.
    expect(AddedTokens.fromJson(defs, null)!.splitRaw('@@  z')).toEqual([
      [0, 4, 100],
      [3, 5, 101],
    ]);
  });

  it("single_word matches only where no word character (Rust's Unicode \\w) touches the token", () => {
    const defs = tokens(['cat', { single_word: true }]);
    const matched = (text: string) => splitRaw(defs, text).filter(([, id]) => id !== null).length;
    expect(matched('cat')).toBe(1);
    expect(matched('a cat.')).toBe(1);
    expect(matched('-cat-')).toBe(1);
    expect(matched('😀cat😀')).toBe(1);
    for (const glued of ['concat', 'cats', 'cat1', '_cat', 'écat', 'cat\u0301', 'cat\u200d'])
      expect({ glued, n: matched(glued) }).toEqual({ glued, n: 0 });
  });

  it('a single_word match that is refused is skipped whole: no shorter token is searched inside it', () => {
    const defs = tokens(['ab', { single_word: true }], ['b']);
    expect(splitRaw(defs, 'xab')).toEqual([['xab', null]]);
    expect(splitRaw(defs, 'x ab b')).toEqual([
      ['x ', null],
      ['ab', 100],
      [' ', null],
      ['b', 101],
    ]);
  });

  it('gives UTF-16 offsets, astral characters included', () => {
    const defs = tokens(['<b>']);
    const text = '😀<b>𝔘';
    expect(AddedTokens.fromJson(defs, null)!.splitRaw(text)).toEqual([
      [0, 2, -1],
      [2, 5, 100],
      [5, 7, -1],
    ]);
  });

  it('the first of two entries with one content wins', () => {
    expect(splitRaw([...tokens(['<b>']), { id: 7, content: '<b>', special: false, normalized: false }], '<b>')).toEqual([['<b>', 100]]);
  });
});

describe('AddedTokens: which tokens are matched, and where', () => {
  it('never special tokens, empty contents or contents the normalizer removes', () => {
    const special = [{ id: 0, content: '<s>', special: true, normalized: false }];
    expect(hasMatchableAddedTokens(special)).toBe(false);
    expect(AddedTokens.fromJson(special, null)).toBeNull();
    expect(AddedTokens.fromJson(tokens(['']), null)).toBeNull();
    expect(AddedTokens.fromJson(undefined, null)).toBeNull();
    const accent = AddedTokens.fromJson(tokens(['\u0301', { normalized: true }]), buildNormalizer({ type: 'StripAccents' }))!;
    expect(accent.matchesNormalized).toBe(false);
  });

  it('normalized: false only in the raw text, normalized: true (the default) only in normalized text, as normalized', () => {
    const lower = buildNormalizer({ type: 'Lowercase' });
    const added = AddedTokens.fromJson([...tokens(['ABC']), { id: 9, content: 'Hello', special: false }], lower)!;
    expect(added.matchesNormalized).toBe(true);
    expect(pieces(added.splitRaw('ABC abc'), 'ABC abc')).toEqual([
      ['ABC', 100],
      [' abc', null],
    ]);
    const normalized = lower!(Normalized.fromText('Say HELLO'));
    expect(added.splitNormalized(normalized)).toEqual([
      [0, 4, -1],
      [4, 9, 9],
    ]);
  });
});

/** A tiny Unigram pipeline with added tokens; every character it lacks is <unk> (2). */
function pipeline(added: any[], normalizer: unknown = null) {
  const vocab = [
    ['<s>', 0],
    ['</s>', 0],
    ['<unk>', 0],
    ['▁', -2],
    ['a', -3],
    ['b', -3],
  ];
  const pair = ['<s>', 'A', '</s>', 'B', '</s>'].map((id) =>
    id.length === 1 ? { Sequence: { id, type_id: 0 } } : { SpecialToken: { id, type_id: 0 } },
  );
  return tokenizerFromJson({
    added_tokens: [{ id: 0, content: '<s>', special: true }, { id: 1, content: '</s>', special: true }, ...added],
    normalizer,
    pre_tokenizer: { type: 'Metaspace', replacement: '▁', prepend_scheme: 'always', split: true },
    post_processor: {
      type: 'TemplateProcessing',
      single: pair.slice(0, 3),
      pair,
      special_tokens: { '<s>': { id: '<s>', ids: [0], tokens: ['<s>'] }, '</s>': { id: '</s>', ids: [1], tokens: ['</s>'] } },
    },
    model: { type: 'Unigram', unk_id: 2, vocab },
  });
}

describe('added tokens in the pipeline: offsets into the text the user typed', () => {
  const addedText = (text: string, tok: ReturnType<typeof pipeline>) =>
    tok
      .tokenize(text)
      .filter((t) => t.id >= 100)
      .map((t) => text.slice(t.start, t.end));

  it('raw matches keep their exact range, and the text between them is tokenized as usual', () => {
    const tok = pipeline(tokens(['<b>'], ['\n\n']));
    const text = '😀a<b>b\n\nab';
    const out = tok.tokenize(text);
    expect(out.map((t) => t.id)).toEqual([3, 2, 4, 100, 3, 5, 101, 3, 4, 5]);
    expect(out.find((t) => t.id === 100)).toEqual({ id: 100, start: 3, end: 6 });
    // A token of whitespace only is empty, where the text after it starts (offsets never hold whitespace).
    expect(out.find((t) => t.id === 101)).toEqual({ id: 101, start: 9, end: 9 });
  });

  it('normalized matches map back to the original characters they came from', () => {
    // NFKC: "ﬁ" is "fi" and "e" + combining acute is "é"; the tokens cover what the user typed.
    const tok = pipeline(tokens(['fix', { normalized: true }], ['é', { normalized: true }]), { type: 'NFKC' });
    const text = '𝔘 ﬁx cafe\u0301!';
    expect(addedText(text, tok)).toEqual(['ﬁx', 'e\u0301']);
    expect(tok.tokenize(text).filter((t) => t.id >= 100)).toEqual([
      { id: 100, start: 3, end: 5 },
      { id: 101, start: 9, end: 11 },
    ]);
  });

  it("special tokens' text typed by the user stays text, and a non-special one with such text matches", () => {
    const plain = pipeline(tokens(['<b>']));
    expect(plain.tokenize('a<s>b</s>').some((t) => t.id === 0 || t.id === 1)).toBe(false);
    const gemmaLike = pipeline(tokens(['<s>']));
    expect(addedText('a<s>b', gemmaLike)).toEqual(['<s>']);
  });

  it('whitespace that lstrip / rstrip took is not part of the offsets', () => {
    const tok = pipeline(tokens(['<m>', { lstrip: true, rstrip: true }]));
    const text = 'a  <m>  b';
    expect(tok.tokenize(text).find((t) => t.id === 100)).toEqual({ id: 100, start: 3, end: 6 });
    expect(tok.tokenize('')).toEqual([]);
    expect(tok.tokenize(' <m> ').map((t) => t.id)).toEqual([100]);
  });
});
