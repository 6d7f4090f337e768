import { describe, expect, it } from 'vitest';
import type { QaAnswer } from '../../shared/answers';
import { qaAnswer, qaResult } from '../../../test/helpers/qa-result';
import { answerCountLabel, shownAnswers, splitVariants, strongCount, WEAK_PERCENT } from './answer-groups';

const answer = (text: string, share: number) => qaAnswer(text, 0, share);
const result = (answers: QaAnswer[], noAnswer = false) => qaResult(answers, { noAnswer });

describe('answer groups (what the list shows, folds and highlights)', () => {
  const mixed = result([answer('Denver Broncos', 0.62), answer('Broncos', 0.3), answer('Carolina', 0.02), answer('Panthers', 0.01)]);

  it('counts what is shown, not what is folded under weaker guesses', () => {
    expect(strongCount(mixed.answers)).toBe(2);
    expect(answerCountLabel(mixed, false)).toBe('2 answers (2 weaker guesses hidden)');
    expect(answerCountLabel(mixed, true)).toBe('2 answers, 2 weaker guesses');
    expect(answerCountLabel(result([answer('a', 0.9), answer('b', 0.01)]), false)).toBe('1 answer (1 weaker guess hidden)');
    expect(answerCountLabel(result([answer('a', 0.6), answer('b', 0.4)]), false)).toBe('2 answers');
    expect(answerCountLabel(result([answer('a', 0.01)], true), false)).toBe('No answer');
  });

  it('keeps the best answer even when weak, and highlights folded answers only once their fold is open', () => {
    expect(strongCount([answer('a', 0.01), answer('b', 0.005)])).toBe(1);
    expect(shownAnswers(mixed, false).map((a) => a.text)).toEqual(['Denver Broncos', 'Broncos']);
    expect(shownAnswers(mixed, true)).toHaveLength(4);
    const none = result([answer('a', 0.2)], true);
    expect(shownAnswers(none, false)).toEqual([]);
    expect(shownAnswers(none, true)).toHaveLength(1);
  });

  it('lists overlapping variants at 3% or more and only counts the rest, best first in each', () => {
    const variants = [answer('ran far', 0.2), answer('far', 0.03), answer('ran', 0.0299), answer('Zébra ran', 0.01), answer('past', 0.001)];
    const { listed, weak } = splitVariants(variants);
    expect(listed.map((v) => v.text)).toEqual(['ran far', 'far']);
    expect(weak.map((v) => v.text)).toEqual(['ran', 'Zébra ran', 'past']);
    expect(listed.length + weak.length).toBe(variants.length);
    expect(splitVariants([answer('a', 0.01)])).toEqual({ listed: [], weak: [answer('a', 0.01)] });
    expect(splitVariants([])).toEqual({ listed: [], weak: [] });
    expect(WEAK_PERCENT).toBe('3%');
  });
});
