import { describe, expect, it } from 'vitest';
import { forEachTerm, indexTerms, rankByScore, scoreRanges } from './relevance';

const termsOf = (text: string) => {
  const out: Array<[string, number]> = [];
  forEachTerm(text, (term, start) => out.push([term, start]));
  return out;
};

describe('terms', () => {
  it('folds case and accents, keeps offsets into the original text', () => {
    expect(termsOf('Zürich, ZURICH and zurich!')).toEqual([
      ['zurich', 0],
      ['zurich', 8],
      ['and', 15],
      ['zurich', 19],
    ]);
    expect(termsOf('e\u0301te\u0301 İstanbul')).toEqual([
      ['ete', 0],
      ['istanbul', 6],
    ]);
  });

  it('makes each Han or kana character a term (no spaces in CJK text), keeps Hangul and Cyrillic words', () => {
    expect(termsOf('東京タワー 서울 Москва 2024')).toEqual([
      ['東', 0],
      ['京', 1],
      ['タ', 2],
      ['ワ', 3],
      ['ー', 4],
      ['서울', 6],
      ['москва', 9],
      ['2024', 16],
    ]);
  });
});

describe('BM25 over windows', () => {
  const text = 'the cat sat on the mat. the dog ran in the park. a bridge over the river was crossed by the zebra.';
  const ranges = [
    { start: 0, end: 23 },
    { start: 24, end: 48 },
    { start: 49, end: text.length },
  ];

  it('ranks the window with the question words first, ignoring the question words that are not about the document', () => {
    const scores = scoreRanges(indexTerms(text), 'Who crossed the bridge?', ranges);
    expect(rankByScore(scores)[0]).toBe(2);
    expect(scores[0]).toBe(0); // only "who" and "the", which a question's function words never count
    const everywhere = scoreRanges(indexTerms(text), 'mat dog bridge the', ranges);
    expect(everywhere[2]).toBeGreaterThan(0);
  });

  it('scores 0 without shared words, and equal scores keep document order', () => {
    const scores = scoreRanges(indexTerms(text), 'Quantum chromodynamics?', ranges);
    expect(scores).toEqual([0, 0, 0]);
    expect(rankByScore(scores)).toEqual([0, 1, 2]);
    expect(rankByScore([1, 3, 3, 0])).toEqual([1, 2, 0, 3]);
  });

  it('counts a term as often as it occurs in the window, and only inside it', () => {
    const doc = 'apple apple apple. pear. apple.';
    const scores = scoreRanges(indexTerms(doc), 'apple', [
      { start: 0, end: 18 },
      { start: 19, end: 24 },
      { start: 25, end: doc.length },
    ]);
    expect(scores[1]).toBe(0);
    expect(scores[0]).toBeGreaterThan(scores[2]);
  });
});
