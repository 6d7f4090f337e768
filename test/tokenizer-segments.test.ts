import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { mixedText } from '../scripts/bench/pipeline-tokenize';
import { ensureTokenizerFixtures, tokenizerPath, type FixtureTokenizer } from '../scripts/fixtures/tokenizers/generate';
import { multilingualTexts } from '../scripts/fixtures/tokenizers/multilingual';
import { tokenizerFromJson } from '../src/engine/tokenizer/from-json';
import { buildNormalizer } from '../src/engine/tokenizer/normalizers/build-normalizer';
import { PipelineTokenizer } from '../src/engine/tokenizer/pipeline-tokenizer';
import { canSegment, segmentsOf } from '../src/engine/tokenizer/segments';
import { BAD_INPUT_CASES } from './helpers/bad-input-corpus';

/**
 * Long texts are tokenized in segments cut at "x y" spaces (segments.ts); the tokens must be exactly
 * those of the whole text. The whole-text path is reached with a Split that never matches added in
 * front of the pre-tokenizer: it changes no token but is not known to be segment-safe.
 */
ensureTokenizerFixtures();
const load = (name: FixtureTokenizer) => JSON.parse(readFileSync(tokenizerPath(name), 'utf8'));
const wholeText = (json: any) => ({
  ...json,
  pre_tokenizer: {
    type: 'Sequence',
    pretokenizers: [{ type: 'Split', pattern: { String: '\u0001\u0002' }, behavior: 'Isolated' }, json.pre_tokenizer],
  },
});
const allowed = (json: any) => canSegment(json.normalizer, json.pre_tokenizer, buildNormalizer(json.normalizer));

// Around spaces: marks, ZWJ, CR, emoji, double spaces and an Arabic prepended mark (U+0600).
const awkward = [...multilingualTexts(), ...BAD_INPUT_CASES.map((c) => c.document)].join(' x y \u0301z \r\n a\u200db 😀  q \u0600 r ');
const TEXT = mixedText(80_000) + awkward;

describe('segmented tokenization', () => {
  it('is used for the family pipelines and not where it could change tokens', () => {
    for (const name of ['roberta', 'xlm-roberta', 'deberta-v3', 'albert'] as const) expect(allowed(load(name)), name).toBe(true);
    const xlmr = load('xlm-roberta');
    expect(allowed(load('unigram-byte-fallback'))).toBe(false); // no pre-tokenizer: one piece
    expect(allowed(wholeText(xlmr))).toBe(false);
    expect(allowed({ ...xlmr, pre_tokenizer: { ...xlmr.pre_tokenizer, split: false } })).toBe(false);
    expect(allowed({ ...xlmr, normalizer: { type: 'Strip', strip_left: true, strip_right: true } })).toBe(false);
    expect(allowed({ ...xlmr, normalizer: { type: 'Replace', pattern: { Regex: 'a b' }, content: 'c' } })).toBe(false);
    expect(allowed({ ...xlmr, normalizer: { type: 'Replace', pattern: { String: '``' }, content: '"' } })).toBe(true);
    expect(allowed({ ...xlmr, pre_tokenizer: { type: 'Punctuation' } })).toBe(false); // no piece boundary at a space
    expect(allowed({ ...xlmr, normalizer: { type: 'Replace', pattern: { String: ' ' }, content: '_' } })).toBe(false);
    // Checked on the built normalizer too: one that makes a space out of an ASCII character.
    expect(allowed({ ...xlmr, normalizer: { type: 'Replace', pattern: { Regex: 'b' }, content: ' ' } })).toBe(false);
  });

  it('cuts only before a single space between printable ASCII characters, about every `size` units', () => {
    const text = 'aaaa bbbb\u00e9 cccc  dddd eeee';
    const cuts = [...segmentsOf(text, 4)].map(([a, b]) => text.slice(a, b));
    expect(cuts).toEqual(['aaaa', ' bbbbé cccc  dddd', ' eeee']);
    expect(cuts.join('')).toBe(text);
    expect([...segmentsOf('short', 2048)]).toEqual([[0, 5]]);
  });

  it.each(['roberta', 'xlm-roberta', 'deberta-v3', 'albert'] as const)('%s: the same tokens as the whole text', (name) => {
    const json = load(name);
    const whole = tokenizerFromJson(wholeText(json)).tokenize(TEXT);
    expect(whole.length).toBeGreaterThan(15_000);
    expect(tokenizerFromJson(json).tokenize(TEXT)).toEqual(whole);
    // And cut at every space allowed, so cuts meet the awkward characters around them.
    const size = PipelineTokenizer.segmentUnits;
    try {
      PipelineTokenizer.segmentUnits = 1;
      expect(tokenizerFromJson(json).tokenize(TEXT)).toEqual(whole);
    } finally {
      PipelineTokenizer.segmentUnits = size;
    }
  });
});
