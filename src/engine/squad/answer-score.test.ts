import { describe, expect, it } from 'vitest';
import { exactMatch, f1Score, maxOverGold, normalizeAnswer } from './answer-score';

describe('normalizeAnswer (official evaluate-v1.1 semantics)', () => {
  it.each([
    ['The Normans', 'normans'],
    ['  a  Tale of Two   Cities. ', 'tale of two cities'],
    ["Rollo's men!", 'rollos men'],
    ['An apple, the end', 'apple end'],
    ['theatre and anthem', 'theatre and anthem'],
    ['éthe the', 'éthe'],
    ['«Quoted» — dash', '«quoted» — dash'],
    ['', ''],
  ])('%j → %j', (input, expected) => {
    expect(normalizeAnswer(input)).toBe(expected);
  });
});

describe('EM and F1', () => {
  it('exact match after normalisation', () => {
    expect(exactMatch('the Eiffel Tower.', 'Eiffel tower')).toBe(1);
    expect(exactMatch('Eiffel', 'Eiffel tower')).toBe(0);
  });
  it('token F1 with repeated tokens counted once each', () => {
    expect(f1Score('Eiffel', 'Eiffel tower')).toBeCloseTo(2 / 3, 10);
    expect(f1Score('x b b', 'b b c')).toBeCloseTo(2 / 3, 10);
    expect(f1Score('a b b', 'b b c')).toBeCloseTo(0.8, 10); // "a" is an article: dropped
    expect(f1Score('x', 'y')).toBe(0);
  });
  it('v2 empty answers: both empty agree, one empty scores 0', () => {
    expect(f1Score('', '')).toBe(1);
    expect(f1Score('', 'something')).toBe(0);
    expect(exactMatch('', '')).toBe(1);
  });
  it('takes the best gold answer', () => {
    expect(maxOverGold(f1Score, 'in 1066', ['1066', 'in the year 1066'])).toBeCloseTo(0.8, 10);
    expect(maxOverGold(exactMatch, '', [])).toBe(1);
  });
});
