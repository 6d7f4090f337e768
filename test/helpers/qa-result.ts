import type { QaAnswer, QaResult } from '../../src/shared/answers';

/** An answer for UI and export tests: the span and share given, the model's numbers zero. */
export function qaAnswer(text: string, start: number, share: number, fields: Partial<QaAnswer> = {}): QaAnswer {
  return { text, start, end: start + text.length, score: share, share, startLogit: 0, endLogit: 0, tokenStart: 0, tokenEnd: 0, ...fields };
}

/** A finished one-window result holding `answers`, for UI and export tests. */
export function qaResult(answers: QaAnswer[], fields: Partial<QaResult> = {}): QaResult {
  return {
    answers,
    nullScore: 0,
    nullOdds: 0,
    noAnswer: false,
    nullShare: null,
    windowsDone: 1,
    windowsTotal: 1,
    stoppedEarly: false,
    questionTruncated: false,
    ...fields,
  };
}
