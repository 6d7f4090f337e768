import { describe, expect, it } from 'vitest';
import { BEST_THRESH_CASE } from '../../../test/helpers/squad-cases';
import { evaluateV1, evaluateV2, scoreQuestion, v2Golds } from './metrics';

describe('per-question scores (official scripts)', () => {
  it('exact, partial and zero overlap', () => {
    expect(scoreQuestion('2.0', 'Eiffel Tower', ['the eiffel tower'])).toEqual({ exact: 1, f1: 1 });
    const partial = scoreQuestion('2.0', 'the Eiffel', ['Eiffel Tower']);
    expect(partial.exact).toBe(0);
    expect(partial.f1).toBeCloseTo(2 / 3, 12);
    expect(scoreQuestion('1.1', 'Louvre', ['Eiffel Tower'])).toEqual({ exact: 0, f1: 0 });
  });

  it('takes the best of several golds, EM and F1 independently', () => {
    // "in 1066" vs "1066": p=1/2, r=1 → 2/3; vs "in year 1066": p=1, r=2/3 → 0.8 (the max).
    const s = scoreQuestion('1.1', 'in 1066', ['1066', 'in the year 1066', 'Norman conquest']);
    expect(s.exact).toBe(0);
    expect(s.f1).toBeCloseTo(0.8, 12);
    expect(scoreQuestion('2.0', 'Normans', ['Vikings', 'the Normans']).exact).toBe(1);
  });

  it('drops articles and ASCII punctuation only', () => {
    expect(scoreQuestion('1.1', 'A cat!', ['the cat']).exact).toBe(1);
    expect(scoreQuestion('1.1', 'an apple', ['apple']).exact).toBe(1);
    expect(scoreQuestion('1.1', 'theory', ['ory']).exact).toBe(0);
    // string.punctuation is ASCII: the curly quotes and the em dash stay and break the match.
    expect(scoreQuestion('1.1', '"Hello"', ['Hello']).exact).toBe(1);
    expect(scoreQuestion('1.1', '\u201cHello\u201d', ['Hello']).exact).toBe(0);
    expect(scoreQuestion('1.1', 'A\u2014B', ['AB']).exact).toBe(0);
    expect(scoreQuestion('1.1', 'A-B', ['AB']).exact).toBe(1);
  });

  it('v2: "" is right for a question without answers, any text is wrong', () => {
    expect(scoreQuestion('2.0', '', [])).toEqual({ exact: 1, f1: 1 });
    expect(scoreQuestion('2.0', 'Paris', [])).toEqual({ exact: 0, f1: 0 });
    expect(scoreQuestion('2.0', '', ['Paris'])).toEqual({ exact: 0, f1: 0 });
    // Golds that normalise to nothing are dropped; none left means the gold is "".
    expect(v2Golds(['the', '.', 'Paris'])).toEqual(['Paris']);
    expect(v2Golds(['the', '!'])).toEqual(['']);
    expect(scoreQuestion('2.0', '', ['the'])).toEqual({ exact: 1, f1: 1 });
  });

  it('v1.1 F1 is 0 when either side normalises to nothing (its f1_score has no empty case)', () => {
    expect(scoreQuestion('1.1', 'the', ['a'])).toEqual({ exact: 1, f1: 0 });
    expect(scoreQuestion('2.0', 'the', ['a'])).toEqual({ exact: 1, f1: 1 });
  });
});

describe('evaluate-v1.1 totals', () => {
  it('percentages over all questions, missing predictions count 0', () => {
    const items = [
      { id: 'a', answers: ['Paris'] },
      { id: 'b', answers: ['Rome Italy'] },
      { id: 'c', answers: ['Oslo'] },
    ];
    const m = evaluateV1(items, { a: 'paris', b: 'Rome' });
    expect(m.exact_match).toBeCloseTo(100 / 3, 10);
    expect(m.f1).toBeCloseTo((100 * (1 + 2 / 3)) / 3, 10);
    expect(Object.keys(m)).toEqual(['exact_match', 'f1']);
  });
});

describe('evaluate-v2.0 totals and best thresholds', () => {
  it('matches the hand-worked case, key for key', () => {
    const { items, predictions, naProbs, expected } = BEST_THRESH_CASE;
    const m = evaluateV2(items, predictions, { naProbs });
    expect(Object.keys(m)).toEqual(Object.keys(expected));
    for (const [k, v] of Object.entries(expected)) expect(m[k as keyof typeof m], k).toBeCloseTo(v, 10);
  });

  it('without null odds: no threshold applied and no best_* keys', () => {
    const { items, predictions } = BEST_THRESH_CASE;
    const m = evaluateV2(items, predictions);
    expect(m.exact).toBe(60); // q1, q4, q5
    expect(m).not.toHaveProperty('best_exact');
  });

  it('keeps the threshold at 0 when answering nothing is best', () => {
    const items = [
      { id: 'x', answers: [] },
      { id: 'y', answers: ['Oslo'] },
    ];
    const m = evaluateV2(items, { x: 'junk', y: 'Bergen' }, { naProbs: { x: -5, y: -4 } });
    expect(m.best_exact).toBe(50);
    expect(m.best_exact_thresh).toBe(0);
  });

  it('omits HasAns_* or NoAns_* when the slice has none of that kind', () => {
    const m = evaluateV2([{ id: 'a', answers: ['Paris'] }], { a: 'Paris' }, { naProbs: { a: -1 } });
    expect(m).toHaveProperty('HasAns_total', 1);
    expect(m).not.toHaveProperty('NoAns_total');
  });
});
