import { describe, expect, it } from 'vitest';
import type { QaAnswer } from '../../shared/answers';
import { qaAnswer, qaResult } from '../../../test/helpers/qa-result';
import { progressMilestone, readingLine, resultSummary } from './announcements';

const answer = (text: string, share: number) => qaAnswer(text, 0, share);
const result = (answers: QaAnswer[], noAnswer = false) => qaResult(answers, { noAnswer });

describe('announcements', () => {
  it('names the question, the top answer, its share and the shown count', () => {
    const r = result([answer('Denver Broncos', 0.62), answer('Broncos', 0.3), answer('x', 0.02)]);
    expect(resultSummary(r, 'Who won?')).toBe('Top answer to “Who won?”: “Denver Broncos”, 62%. 2 answers (1 weaker guess hidden).');
    // Same answers, another question: another sentence, so a screen reader speaks it.
    expect(resultSummary(r, 'Which team won?')).not.toBe(resultSummary(r, 'Who won?'));
    expect(resultSummary(result([], true), 'Who?')).toBe('No answer to “Who?” in the text.');
    expect(resultSummary(result([answer('y'.repeat(200), 1)]), 'q')).toMatch(/^Top answer to “q”: “y{79}…”, 100%\. 1 answer\.$/);
    // Right-to-left text is isolated inside the English sentence; the rest is untouched.
    expect(resultSummary(result([answer('القاهرة', 1)]), 'ما هي العاصمة؟')).toBe(
      'Top answer to “\u2068ما هي العاصمة؟\u2069”: “\u2068القاهرة\u2069”, 100%. 1 answer.',
    );
  });

  it('speaks progress at the start and each quarter only, and shows it passage by passage', () => {
    const spoken: string[] = [];
    let last = -1;
    for (let done = 0; done <= 55; done++) {
      const m = progressMilestone(done, 55, last);
      if (m) {
        spoken.push(m.text);
        last = m.quarter;
      }
    }
    expect(spoken).toEqual(['Reading 55 passages…', 'Read 14 of 55 passages…', 'Read 28 of 55 passages…', 'Read 42 of 55 passages…']);
    expect(progressMilestone(1, 1, -1)).toBeNull();
    expect(readingLine({ done: 4, total: 55 })).toBe('Reading 4 of 55 passages…');
    expect(readingLine(null)).toBe('Reading…');
  });

  it('adds the measured time left to the header line and the spoken milestones, never a guess', () => {
    expect(readingLine({ done: 4, total: 4_349, msPerWindow: 28 })).toBe('Reading 4 of 4,349 passages… About 2 min left');
    expect(readingLine({ done: 4, total: 4_349, msPerWindow: null })).toBe('Reading 4 of 4,349 passages…');
    expect(progressMilestone(0, 4_349, -1, 28)?.text).toBe('Reading 4,349 passages… About 2 min.');
    expect(progressMilestone(1_100, 4_349, 0, 28)?.text).toBe('Read 1100 of 4,349 passages… About 2 min left.');
    expect(progressMilestone(0, 4_349, -1)?.text).toBe('Reading 4,349 passages…');
  });
});
