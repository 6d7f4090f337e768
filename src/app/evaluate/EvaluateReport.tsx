import type { RefObject } from 'react';
import type { SquadEvalResult } from '../../shared/squad';
import { downloadFile } from '../common/download-file';
import { metricRows, summaryLine } from './evaluate-report';

/** The SQuAD script's files, indented as they write them. */
const downloadJson = (name: string, value: unknown) => downloadFile(name, 'application/json', JSON.stringify(value, null, 2));

interface Props {
  result: SquadEvalResult;
  /** Focus lands here when a run the user started from the panel ends. */
  headingRef: RefObject<HTMLHeadingElement | null>;
}

/** The scores, each a percentage with a line on what it measures, and the official script's files. */
export function EvaluateReport({ result, headingRef }: Props) {
  const rows = metricRows(result.metrics, Object.keys(result.predictions).length);
  return (
    <div className="eval-report">
      <h3 ref={headingRef} tabIndex={-1}>
        Results
      </h3>
      <p className="eval-summary" data-testid="eval-summary">
        {summaryLine(result)}
      </p>
      <dl className="eval-metrics" data-testid="eval-metrics" data-version={result.version}>
        {rows.map((r) => (
          <div key={r.id} className="eval-metric" data-testid={`eval-metric-${r.id}`}>
            <dt>{r.label}</dt>
            <dd className="eval-metric-value">{r.value}</dd>
            <dd className="eval-metric-note">{r.note}</dd>
          </div>
        ))}
      </dl>
      <div className="button-row">
        <button type="button" className="button button-secondary" onClick={() => downloadJson('predictions.json', result.predictions)}>
          Download predictions.json
        </button>
        {result.version === '2.0' && (
          <button type="button" className="button button-quiet" onClick={() => downloadJson('null_odds.json', result.nullOdds)}>
            Download null_odds.json
          </button>
        )}
      </div>
    </div>
  );
}
