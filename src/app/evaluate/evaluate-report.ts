import type { SquadEvalResult, SquadMetrics } from '../../shared/squad';
import { formatDuration, plural } from '../common/format';

/**
 * The evaluation as a reader needs it: every score a percentage with one decimal and one line on
 * what it measures. Pure, so the wording is tested without a browser.
 */

const oneDecimal = new Intl.NumberFormat(undefined, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const signed = new Intl.NumberFormat(undefined, { minimumFractionDigits: 2, maximumFractionDigits: 2, signDisplay: 'exceptZero' });

/** Metrics arrive on the official scripts' 0-100 scale. */
export const formatScore = (x: number | undefined) => (x === undefined || !Number.isFinite(x) ? '–' : `${oneDecimal.format(x)}%`);

export interface MetricRow {
  id: 'em' | 'f1' | 'has-ans' | 'no-ans' | 'best';
  label: string;
  value: string;
  note: string;
}

/** EM, F1 and the question count, whichever version's key names the metrics use. */
export function headline(metrics: SquadMetrics, questions: number): { em: number; f1: number; questions: number } {
  if ('exact_match' in metrics) return { em: metrics.exact_match, f1: metrics.f1, questions };
  return { em: metrics.exact, f1: metrics.f1, questions: metrics.total };
}

const both = (em: number | undefined, f1: number | undefined) => `EM ${formatScore(em)} · F1 ${formatScore(f1)}`;
/** On unanswerable questions EM and F1 are the same by definition: one number says it. */
const pair = (em: number | undefined, f1: number | undefined) => (em === f1 ? formatScore(em) : both(em, f1));

export function metricRows(metrics: SquadMetrics, questions: number): MetricRow[] {
  const h = headline(metrics, questions);
  const rows: MetricRow[] = [
    {
      id: 'em',
      label: 'Exact match (EM)',
      value: formatScore(h.em),
      note: 'Share of questions whose answer equals a reference answer after SQuAD normalisation (case, punctuation, “a/an/the” and extra spaces ignored).',
    },
    {
      id: 'f1',
      label: 'F1',
      value: formatScore(h.f1),
      note: 'Word overlap between the answer and its closest reference (harmonic mean of precision and recall), averaged: partly right answers earn part of a point.',
    },
  ];
  if ('exact_match' in metrics) return rows;
  if (metrics.HasAns_total !== undefined) {
    rows.push({
      id: 'has-ans',
      label: 'Answerable (HasAns)',
      value: pair(metrics.HasAns_exact, metrics.HasAns_f1),
      note: `EM and F1 over the ${plural(metrics.HasAns_total, 'question')} whose paragraph holds an answer.`,
    });
  }
  if (metrics.NoAns_total !== undefined) {
    rows.push({
      id: 'no-ans',
      label: 'Unanswerable (NoAns)',
      value: pair(metrics.NoAns_exact, metrics.NoAns_f1),
      note: `Share of the ${plural(metrics.NoAns_total, 'question')} without an answer in their paragraph where the model rightly said “no answer”.`,
    });
  }
  const best = bestThresholdRow(metrics);
  if (best) rows.push(best);
  return rows;
}

function bestThresholdRow(m: Extract<SquadMetrics, { exact: number }>): MetricRow | null {
  if (m.best_exact === undefined || m.best_f1 === undefined) return null;
  const value = both(m.best_exact, m.best_f1);
  const label = 'With the best null threshold';
  // find_best_thresh starts from "no answer to everything" at threshold 0 and keeps it unless
  // answering some questions scores higher: then 0 does not mean the app's own threshold.
  const noAnsShare = m.NoAns_total !== undefined && m.total ? (100 * m.NoAns_total) / m.total : undefined;
  if (m.best_exact_thresh === 0 && noAnsShare !== undefined && Math.abs(m.best_exact - noAnsShare) < 1e-9) {
    return {
      id: 'best',
      label,
      value,
      note: 'Answering “no answer” to every question would score best on this set: the model’s spans do not beat abstaining.',
    };
  }
  const thresholds =
    m.best_exact_thresh === m.best_f1_thresh
      ? `above ${signed.format(m.best_exact_thresh ?? 0)}`
      : `above ${signed.format(m.best_exact_thresh ?? 0)} (for EM) or ${signed.format(m.best_f1_thresh ?? 0)} (for F1)`;
  return {
    id: 'best',
    label,
    value,
    note: `The scores if the model said “no answer” whenever ln p(no answer) − ln p(best span) is ${thresholds}; the app uses 0.`,
  };
}

/** "SQuAD 2.0 · 40 questions · 25 misses · 12.3 s" */
export function summaryLine(result: SquadEvalResult): string {
  const questions = headline(result.metrics, Object.keys(result.predictions).length).questions;
  return [
    `SQuAD ${result.version}`,
    plural(questions, 'question'),
    plural(result.misses.length, 'miss', 'misses'),
    formatDuration(result.elapsedMs),
  ].join(' · ');
}

/** What the live region says when a run ends: "Evaluation done: EM 62.5%, F1 70.1% on 40 questions." */
export function completionText(result: SquadEvalResult): string {
  const h = headline(result.metrics, Object.keys(result.predictions).length);
  return `Evaluation done: EM ${formatScore(h.em)}, F1 ${formatScore(h.f1)} on ${plural(h.questions, 'question')}.`;
}
