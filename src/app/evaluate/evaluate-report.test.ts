import { describe, expect, it } from 'vitest';
import type { SquadEvalResult, SquadV2Metrics } from '../../shared/squad';
import { completionText, formatScore, metricRows, summaryLine } from './evaluate-report';

const v2: SquadV2Metrics = {
  exact: 62.5,
  f1: 70.125,
  total: 40,
  HasAns_exact: 45,
  HasAns_f1: 60.25,
  HasAns_total: 20,
  NoAns_exact: 80,
  NoAns_f1: 80,
  NoAns_total: 20,
  best_exact: 65,
  best_exact_thresh: -1.234,
  best_f1: 72.5,
  best_f1_thresh: 0.5,
};

const result = (metrics: SquadEvalResult['metrics'], questions: number): SquadEvalResult => ({
  version: 'exact_match' in metrics ? '1.1' : '2.0',
  predictions: Object.fromEntries(Array.from({ length: questions }, (_, i) => [`q${i}`, 'x'])),
  nullOdds: {},
  metrics,
  misses: [],
  elapsedMs: 12_300,
});

describe('evaluate report', () => {
  it('writes scores as percentages with one decimal', () => {
    expect([formatScore(62.5), formatScore(70.125), formatScore(0), formatScore(100), formatScore(undefined)]).toEqual([
      '62.5%',
      '70.1%',
      '0.0%',
      '100.0%',
      '–',
    ]);
  });

  it('explains each v2 metric in one line, naming the question counts and both thresholds', () => {
    const rows = metricRows(v2, 40);
    expect(rows.map((r) => [r.id, r.value])).toEqual([
      ['em', '62.5%'],
      ['f1', '70.1%'],
      ['has-ans', 'EM 45.0% · F1 60.3%'],
      ['no-ans', '80.0%'], // EM and F1 are the same on unanswerable questions: said once.
      ['best', 'EM 65.0% · F1 72.5%'],
    ]);
    for (const r of rows) expect(r.note).not.toMatch(/\n/);
    expect(rows[0].note).toMatch(/normalisation/);
    expect(rows[2].note).toContain('20 questions');
    expect(rows[4].note).toMatch(/above -1\.23 \(for EM\) or \+0\.50 \(for F1\); the app uses 0/);
  });

  it('says when "no answer" to everything is what the best threshold found', () => {
    const abstain = { ...v2, best_exact: 50, best_exact_thresh: 0, best_f1: 50, best_f1_thresh: 0 };
    expect(metricRows(abstain, 40).at(-1)?.note).toMatch(/“no answer” to every question would score best/);
    const realZero = { ...v2, best_exact_thresh: 0, best_f1_thresh: 0 };
    expect(metricRows(realZero, 40).at(-1)?.note).toMatch(/is above 0\.00;/);
  });

  it('has EM and F1 only for v1.1', () => {
    expect(metricRows({ exact_match: 81.25, f1: 88.5 }, 16).map((r) => [r.id, r.value])).toEqual([
      ['em', '81.3%'],
      ['f1', '88.5%'],
    ]);
  });

  it('sums the run up and announces its end', () => {
    expect(summaryLine(result(v2, 40))).toBe('SQuAD 2.0 · 40 questions · 0 misses · 12.3 s');
    expect(completionText(result(v2, 40))).toBe('Evaluation done: EM 62.5%, F1 70.1% on 40 questions.');
    expect(completionText(result({ exact_match: 50, f1: 75 }, 1))).toBe('Evaluation done: EM 50.0%, F1 75.0% on 1 question.');
  });
});
