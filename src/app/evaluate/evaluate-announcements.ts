import { formatCount, plural } from '../common/format';
import { completionText } from './evaluate-report';
import type { EvalProgress, EvaluateState } from './use-evaluate';

/** The visible line under the progress bar, updated question by question. */
export function progressLine(fileName: string | null, p: EvalProgress | null): string {
  if (!p) return `Reading ${fileName ?? 'the file'}…`;
  return `${formatCount(p.done)} / ${formatCount(p.total)} questions · ${etaText(p)}`;
}

function etaText(p: EvalProgress): string {
  if (p.done === p.total) return 'scoring…';
  if (p.etaMs === null) return 'estimating time left…';
  const s = Math.ceil(p.etaMs / 1000);
  return s < 90 ? `about ${s} s left` : `about ${Math.round(s / 60)} min left`;
}

const QUARTERS = ['', 'A quarter', 'Half', 'Three quarters'] as const;

/**
 * The panel's polite live region. It is a function of the state alone, and while running it
 * changes only at each quarter of the questions, so a screen reader hears milestones rather than
 * every question. Errors are left to the alert banner, which speaks for itself.
 */
export function spokenStatus(state: EvaluateState): string {
  switch (state.status) {
    case 'running': {
      const p = state.progress;
      if (!p) return `Evaluation started: reading ${state.fileName ?? 'the file'}…`;
      if (p.done >= p.total) return `Scoring ${plural(p.total, 'question')}…`;
      const quarter = Math.floor((4 * p.done) / p.total);
      return quarter === 0
        ? `Evaluating ${plural(p.total, 'question')}…`
        : `${QUARTERS[quarter]} of ${plural(p.total, 'question')} evaluated…`;
    }
    case 'done':
      return state.result ? completionText(state.result) : '';
    case 'cancelled':
      return 'Evaluation cancelled.';
    default:
      return '';
  }
}
