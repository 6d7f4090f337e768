import type { QaAnswer, QaResult } from '../../shared/answers';
import { formatPercent } from '../common/format';

/** One line of an answer's "Score details": the figure and what it means, in words. */
export interface ScoreRow {
  term: string;
  value: string;
  meaning: string;
}

const logit = (n: number) => (Number.isFinite(n) ? n.toFixed(2) : null);

const confidenceRow = (share: number, meaning: string): ScoreRow => ({ term: 'Confidence', value: formatPercent(share), meaning });

/** The confidence, the model's own score within the passage, and the logits behind both (when kept). */
export function answerScoreRows(answer: QaAnswer, nullAllowed: boolean): ScoreRow[] {
  const merged = answer.alternatives?.length ? ', its overlapping variants included,' : '';
  const rows = [
    confidenceRow(
      answer.share,
      `This answer's share${merged} among all the answers found in the document${nullAllowed ? ' and “no answer”' : ''}: a softmax over their logits.`,
    ),
    {
      term: 'Score in its passage',
      value: formatPercent(answer.score),
      meaning: 'p(start) × p(end): how sure the model is of this exact span within the passage it was read in, ignoring the rest.',
    },
  ];
  const start = logit(answer.startLogit);
  const end = logit(answer.endLogit);
  rows.push(
    start !== null && end !== null
      ? { term: 'Start and end logits', value: `${start} and ${end}`, meaning: 'The raw outputs the shares come from: higher is surer.' }
      : { term: 'Start and end logits', value: 'not kept', meaning: 'Answers shown again from the history keep only the figures above.' },
  );
  return rows;
}

/** For a "no answer" result: its share, and the null score and odds that decided it (when kept). */
export function noAnswerScoreRows(result: QaResult): ScoreRow[] {
  const rows = [
    confidenceRow(result.nullShare ?? 0, '“No answer” counted as one more answer: its share among all those found in the document.'),
  ];
  if (Number.isFinite(result.nullScore) && Number.isFinite(result.nullOdds))
    rows.push(
      {
        term: '“No answer” score',
        value: formatPercent(result.nullScore),
        meaning: 'p(start) × p(end) at the [CLS] token, in the passage where it is lowest.',
      },
      {
        term: 'Null odds',
        value: result.nullOdds.toFixed(2),
        meaning:
          'ln(“no answer” score) − ln(best span’s score): above the threshold (0 unless changed), the model says the text has no answer.',
      },
    );
  return rows;
}
