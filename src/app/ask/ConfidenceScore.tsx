import { formatPercent } from '../common/format';

/** A share as a number and a bar; screen readers hear "Confidence 87%" (the bar is decoration). */
export function ConfidenceScore({ share }: { share: number }) {
  return (
    <span className="answer-score" data-testid="confidence">
      <span className="visually-hidden">Confidence </span>
      {formatPercent(share)}
      <span className="score-bar" aria-hidden="true">
        <span style={{ width: `${Math.max(2, Math.round(share * 100))}%` }} />
      </span>
    </span>
  );
}
