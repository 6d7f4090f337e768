import { describe, expect, it } from 'vitest';
import { qaAnswer, qaResult } from '../../../test/helpers/qa-result';
import { answerScoreRows, noAnswerScoreRows } from './score-details';

describe('score details (what the disclosure under each answer says)', () => {
  const answer = qaAnswer('Zébra ran far', 10, 0.874, { score: 0.92, startLogit: 8.123, endLogit: 7.95 });

  it('gives the share, the passage score and the logits, each with what it means', () => {
    const rows = answerScoreRows(answer, false);
    expect(rows.map((r) => [r.term, r.value])).toEqual([
      ['Confidence', '87%'],
      ['Score in its passage', '92%'],
      ['Start and end logits', '8.12 and 7.95'],
    ]);
    expect(rows[0].meaning).toBe("This answer's share among all the answers found in the document: a softmax over their logits.");
    expect(rows[1].meaning).toMatch(/^p\(start\) × p\(end\)/);
  });

  it('says when "no answer" and merged variants take part in the share', () => {
    const merged = { ...answer, alternatives: [qaAnswer('ran far', 16, 0.1)] };
    expect(answerScoreRows(merged, true)[0].meaning).toBe(
      "This answer's share, its overlapping variants included, among all the answers found in the document and “no answer”: a softmax over their logits.",
    );
  });

  it('says the logits were not kept for an answer shown again from the history', () => {
    const fromHistory = { ...answer, startLogit: NaN, endLogit: NaN };
    expect(answerScoreRows(fromHistory, false)[2]).toMatchObject({ value: 'not kept' });
  });

  it('gives "no answer" its confidence, null score and odds', () => {
    const result = qaResult([], { noAnswer: true, nullShare: 0.62, nullScore: 0.41, nullOdds: 1.234 });
    expect(noAnswerScoreRows(result).map((r) => [r.term, r.value])).toEqual([
      ['Confidence', '62%'],
      ['“No answer” score', '41%'],
      ['Null odds', '1.23'],
    ]);
    expect(noAnswerScoreRows({ ...result, nullScore: NaN, nullOdds: NaN }).map((r) => r.term)).toEqual(['Confidence']);
  });
});
