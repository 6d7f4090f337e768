import { describe, expect, it } from 'vitest';
import { progressLine, spokenStatus } from './evaluate-announcements';
import type { EvaluateState } from './use-evaluate';

const running = (done: number, total: number): EvaluateState => ({
  status: 'running',
  fileName: 'dev.json',
  progress: { done, total, etaMs: 30_000 },
  result: null,
  error: null,
});

describe('evaluate announcements', () => {
  it('speaks a run at its start and at each quarter, not at every question', () => {
    const spoken = Array.from({ length: 41 }, (_, done) => spokenStatus(running(done, 40)));
    const changes = spoken.filter((s, i) => i === 0 || s !== spoken[i - 1]);
    expect(changes).toEqual([
      'Evaluating 40 questions…',
      'A quarter of 40 questions evaluated…',
      'Half of 40 questions evaluated…',
      'Three quarters of 40 questions evaluated…',
      'Scoring 40 questions…',
    ]);
    expect(spokenStatus({ ...running(0, 1), progress: null })).toBe('Evaluation started: reading dev.json…');
  });

  it('says a cancel, and leaves errors to their alert', () => {
    expect(spokenStatus({ ...running(3, 40), status: 'cancelled' })).toBe('Evaluation cancelled.');
    expect(spokenStatus({ ...running(3, 40), status: 'error' })).toBe('');
  });

  it('shows every question and the time left on the visible line', () => {
    expect(progressLine('dev.json', null)).toBe('Reading dev.json…');
    expect(progressLine('dev.json', { done: 7, total: 40, etaMs: 30_000 })).toBe('7 / 40 questions · about 30 s left');
    expect(progressLine('dev.json', { done: 40, total: 40, etaMs: 0 })).toBe('40 / 40 questions · scoring…');
  });
});
