import { readFileSync } from 'node:fs';
import { Tokenizer } from '@huggingface/tokenizers';
import { describe, expect, it } from 'vitest';
import { canonicalTokenizer, squadQuestions, TOKENIZER_JSON } from '../../../test/helpers/paths';
import { BertTokenizer } from './bert-tokenizer';

const tok = canonicalTokenizer();
const json = JSON.parse(readFileSync(TOKENIZER_JSON, 'utf8'));
const reference = new Tokenizer(json, JSON.parse(readFileSync(TOKENIZER_JSON.replace('tokenizer.json', 'tokenizer_config.json'), 'utf8')));

const ids = (text: string) => tok.tokenize(text).map((t) => t.id);
const refIds = (text: string) => reference.encode(text, { add_special_tokens: false }).ids;
const pieces = (text: string) => tok.tokenize(text).map((t) => text.slice(t.start, t.end));

describe('BertTokenizer ids match the reference tokenizer', () => {
  it('on every SQuAD sample context and question', () => {
    const texts = new Set<string>();
    for (const q of squadQuestions()) texts.add(q.context).add(q.question);
    let mismatches = 0;
    for (const t of texts) if (JSON.stringify(ids(t)) !== JSON.stringify(refIds(t))) mismatches++;
    expect(texts.size).toBeGreaterThan(900);
    expect(mismatches).toBe(0);
  });

  it.each(
    [
      'Héllo, Wörld! naïve café',
      'İstanbul İ ı',
      '北京是中国的首都。東京',
      'emoji 😀👩‍💻 and 🇫🇷 flags',
      'combining e\u0301 a\u0300\u0301 mark',
      'zero\u200bwidth\u200djoiner\u200c',
      'مرحبا بالعالم שלום עולם',
      'tabs\tand\nnewlines\r\n  runs     of spaces',
      "don't $100 a+b=c ^_^ ~tilde~ `tick`",
      'control\u0007bell \u0000nul \ufffd replacement \u000bvt',
      '한국어 텍스트',
      'ΣΊΣΥΦΟΣ ΌΔΟΣ is fine mid-word: ΣΑΣ',
    ].map((t) => t.replace(/Σ(?=\s|$)/gu, 'σ')),
  )('on %j', (text) => {
    expect(ids(text)).toEqual(refIds(text));
  });
});

describe('a documented divergence from tokenizers.js', () => {
  it('lower-cases a word-final capital sigma per character (σ), as the Rust tokenizers crate does', () => {
    // tokenizers.js lower-cases the whole string, so JavaScript's context-sensitive Final_Sigma rule
    // yields "ς"; Rust's `char::to_lowercase` (used by HF tokenizers' NormalizedString) yields "σ".
    const text = 'ΟΔΟΣ';
    expect(ids(text)).toEqual(refIds('οδοσ'));
    expect(refIds(text)).toEqual(refIds('οδος'));
  });
});

describe('BertTokenizer offsets', () => {
  it('maps every token back to the original characters', () => {
    expect(pieces('Héllo, Wörld!')).toEqual(['Héllo', ',', 'Wörld', '!']);
    expect(pieces('unaffable')).toEqual(['una', 'ffa', 'ble']); // the vocab's own split
  });

  it('keeps combining marks and zero-width joiners inside the word they belong to', () => {
    const text = 'cafe\u0301 time';
    expect(pieces(text)[0]).toBe('cafe\u0301');
    const zwj = 'a 👩‍💻 b';
    expect(pieces(zwj)).toEqual(['a', '👩‍💻', 'b']);
  });

  it('maps "İ" (which lower-cases to two code units) to its single source character', () => {
    const text = 'İstanbul';
    const toks = tok.tokenize(text);
    expect(toks[0].start).toBe(0);
    expect(text.slice(toks[0].start, toks[toks.length - 1].end)).toBe('İstanbul');
  });

  it('splits CJK into one token per ideograph with exact offsets', () => {
    expect(pieces('中文abc')).toEqual(['中', '文', 'abc']);
  });

  it('turns a word over 100 characters into one [UNK] spanning the whole word', () => {
    const long = 'x'.repeat(150);
    const toks = tok.tokenize(`before ${long} after`);
    expect(toks.map((t) => t.id)).toEqual([...ids('before'), tok.special.unk, ...ids('after')]);
    expect(toks[1]).toMatchObject({ start: 7, end: 157 });
  });

  it('handles surrogate pairs: offsets are UTF-16 and never split a pair', () => {
    const text = '𝔘𝔫𝔦 😀 x';
    for (const t of tok.tokenize(text)) {
      const s = text.slice(t.start, t.end);
      expect(s.isWellFormed()).toBe(true);
    }
  });

  it('ignores whitespace runs, newlines and control-only text', () => {
    expect(pieces('  a \n\n\t b  ')).toEqual(['a', 'b']);
    expect(tok.tokenize(' \u0000\u0007 \n')).toEqual([]);
  });

  it('treats special-token strings typed by the user as plain text', () => {
    expect(ids('[SEP]')).not.toContain(tok.special.sep);
  });

  it('offsets are increasing and inside the text for a long mixed document', () => {
    const text = squadQuestions()[0].context.repeat(20) + ' é 中 😀';
    const toks = tok.tokenize(text);
    for (let i = 0; i < toks.length; i++) {
      expect(toks[i].start).toBeLessThan(toks[i].end);
      expect(toks[i].end).toBeLessThanOrEqual(text.length);
      if (i > 0) expect(toks[i].start).toBeGreaterThanOrEqual(toks[i - 1].start);
    }
  });
});

describe('BertTokenizer.fromJSON validation', () => {
  it('rejects invalid JSON, non-WordPiece models and vocabularies without special tokens', () => {
    expect(() => BertTokenizer.fromJSON('{oops')).toThrow(/not valid JSON/);
    expect(() => BertTokenizer.fromJSON({ model: { type: 'BPE', vocab: {} } })).toThrow(/only WordPiece/);
    expect(() => BertTokenizer.fromJSON({ model: { type: 'WordPiece', vocab: { a: 0 } } })).toThrow(/lacks \[CLS\]/);
    expect(() => BertTokenizer.fromJSON({})).toThrow(/no "model"/);
  });

  it('honours a cased normalizer (no lower-casing, no accent stripping)', () => {
    const cased = BertTokenizer.fromJSON({
      ...json,
      normalizer: { type: 'BertNormalizer', clean_text: true, handle_chinese_chars: true, strip_accents: null, lowercase: false },
    });
    // "Hello" is not in the uncased vocab, so a cased normalizer must miss it and fall back to pieces/[UNK].
    expect(cased.tokenize('Hello').map((t) => t.id)).not.toEqual(ids('hello'));
  });
});
