import { describe, expect, it } from 'vitest';
import { wordErrors } from './ocr-wer';

describe('wordErrors', () => {
  it('counts substitutions, deletions and insertions of whole words', () => {
    expect(wordErrors('the zebra ran far', 'the zebra ran far')).toEqual({ errors: 0, words: 4 });
    expect(wordErrors('the zebra ran far', 'the zcbra ran')).toEqual({ errors: 2, words: 4 });
    expect(wordErrors('the zebra', 'the big zebra .')).toEqual({ errors: 2, words: 2 });
  });

  it('ignores line breaks and spacing, not case or punctuation', () => {
    expect(wordErrors('one two\nthree', '  one\n\ntwo three ')).toEqual({ errors: 0, words: 3 });
    expect(wordErrors('Euros, 850', 'euros 850')).toEqual({ errors: 1, words: 2 });
  });
});
