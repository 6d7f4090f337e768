import { describe, expect, it } from 'vitest';
import { normalizeBertChar } from './normalizers/bert-normalizer';
import { bertSplitOf, WORD } from './pre-tokenizers/bert-pre-tokenizer';

describe('BertTokenizer fuses BertNormalizer and BertPreTokenizer per code point (char-rules.ts)', () => {
  // The fused rule keeps an expansion of several characters inside one word; that is the
  // composition of the two only while no expansion holds a character BertPreTokenizer splits on.
  it('no code point normalizes to several characters of which one is whitespace or punctuation', () => {
    const found: string[] = [];
    for (const stripAccents of [false, true])
      for (const lowercase of [false, true]) {
        const opts = { cleanText: true, handleChineseChars: false, stripAccents, lowercase };
        for (let cp = 0; cp < 0x110000; cp++) {
          if (cp >= 0xd800 && cp <= 0xdfff) continue;
          const out = normalizeBertChar(String.fromCodePoint(cp), cp, opts);
          if (out.length > 1 && out.some((c) => bertSplitOf(c.codePointAt(0)!) !== WORD)) found.push(cp.toString(16));
        }
      }
    expect(found).toEqual([]);
  });
});
