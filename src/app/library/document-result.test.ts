import { describe, expect, it } from 'vitest';
import type { LibraryAnswer, LibraryResult } from '../../shared/library';
import { documentResult } from './document-result';

const answer = (docId: string, start: number, share: number): LibraryAnswer => ({
  docId,
  text: 'x',
  start,
  end: start + 1,
  score: share,
  share,
  startLogit: 0,
  endLogit: 0,
  tokenStart: 0,
  tokenEnd: 0,
});

describe('documentResult', () => {
  it("keeps only the chosen answer's document, the chosen one first, without the document id", () => {
    const a = answer('a', 0, 0.5);
    const b1 = answer('b', 3, 0.3);
    const b2 = answer('b', 9, 0.2);
    const result: LibraryResult = {
      answers: [a, b1, b2],
      nullShare: null,
      noAnswer: false,
      windowsDone: 4,
      windowsTotal: 4,
      documentsDone: 2,
      documentsTotal: 2,
      stoppedEarly: false,
      questionTruncated: false,
      skipped: [],
    };
    const r = documentResult(result, b2);
    expect(r.answers.map((x) => [x.start, x.share])).toEqual([
      [9, 0.2],
      [3, 0.3],
    ]);
    expect(r.answers[0]).not.toHaveProperty('docId');
    expect(r.noAnswer).toBe(false);
  });
});
