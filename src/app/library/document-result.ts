import type { QaAnswer, QaResult } from '../../shared/answers';
import type { LibraryAnswer, LibraryResult } from '../../shared/library';

/**
 * A library result as one document's answers, the chosen one first, for the viewer's marks and
 * answer list. Shares stay those of the library question (out of every document's answers), so
 * the numbers match the list the user chose from.
 */
export function documentResult(result: LibraryResult, chosen: LibraryAnswer): QaResult {
  const others = result.answers.filter((a) => a.docId === chosen.docId && a !== chosen);
  const answers = [chosen, ...others].map(({ docId: _, ...answer }) => answer);
  return {
    answers,
    nullScore: 0,
    nullOdds: -Infinity,
    noAnswer: false,
    nullShare: result.nullShare,
    windowsDone: result.windowsDone,
    windowsTotal: result.windowsTotal,
    stoppedEarly: result.stoppedEarly,
    questionTruncated: result.questionTruncated,
  };
}

/** One grid cell's answer as the document's result, for its mark in the viewer. */
export function cellResult(answer: QaAnswer): QaResult {
  return {
    answers: [answer],
    nullScore: 0,
    nullOdds: -Infinity,
    noAnswer: false,
    nullShare: null,
    windowsDone: 0,
    windowsTotal: 0,
    stoppedEarly: false,
    questionTruncated: false,
  };
}
