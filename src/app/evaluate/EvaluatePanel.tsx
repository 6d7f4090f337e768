import { useId, useState } from 'react';
import type { SquadMetrics, SquadV2Metrics } from '../../shared/squad';
import type { SquadMiss } from '../../shared/squad';
import { ErrorBanner } from '../common/ErrorBanner';
import { downloadFile } from '../common/download-file';
import { useEvaluate, type EvalProgress } from './use-evaluate';

/** A paragraph to open with the predicted span highlighted; start = end = -1 for a "no answer" prediction. */
export interface ShownSpan {
  context: string;
  start: number;
  end: number;
}

interface Props {
  modelReady: boolean;
  onShowSpan(span: ShownSpan): void;
}

/** Rendering thousands of rows (each with a button) makes the page sluggish; the file has them all. */
const MAX_MISS_ROWS = 300;

/** The SQuAD script's files, indented as they write them. */
const downloadJson = (name: string, value: unknown) => downloadFile(name, 'application/json', JSON.stringify(value, null, 2));

const pct = (x: number | undefined) => (x === undefined ? '–' : x.toFixed(2));

function etaText(p: EvalProgress): string {
  if (p.done === p.total) return 'scoring…';
  if (p.etaMs === null) return 'estimating time left…';
  const s = Math.ceil(p.etaMs / 1000);
  return s < 90 ? `about ${s} s left` : `about ${Math.round(s / 60)} min left`;
}

function MetricsView({ metrics, questions }: { metrics: SquadMetrics; questions: number }) {
  if ('exact_match' in metrics) {
    return (
      <dl className="eval-metrics" data-testid="eval-metrics" data-version="1.1">
        <dt>EM</dt>
        <dd>{pct(metrics.exact_match)}</dd>
        <dt>F1</dt>
        <dd>{pct(metrics.f1)}</dd>
        <dt>Questions</dt>
        <dd>{questions}</dd>
      </dl>
    );
  }
  const m: SquadV2Metrics = metrics;
  return (
    <dl className="eval-metrics" data-testid="eval-metrics" data-version="2.0">
      <dt>EM</dt>
      <dd>{pct(m.exact)}</dd>
      <dt>F1</dt>
      <dd>{pct(m.f1)}</dd>
      <dt>Questions</dt>
      <dd>{m.total}</dd>
      {m.HasAns_total !== undefined && (
        <>
          <dt>HasAns EM / F1</dt>
          <dd>
            {pct(m.HasAns_exact)} / {pct(m.HasAns_f1)} ({m.HasAns_total} questions)
          </dd>
        </>
      )}
      {m.NoAns_total !== undefined && (
        <>
          <dt>NoAns EM / F1</dt>
          <dd>
            {pct(m.NoAns_exact)} / {pct(m.NoAns_f1)} ({m.NoAns_total} questions)
          </dd>
        </>
      )}
      {m.best_f1 !== undefined && (
        <>
          <dt>Best EM / F1 (tuned null threshold)</dt>
          <dd>
            {pct(m.best_exact)} at {m.best_exact_thresh?.toFixed(2)} / {pct(m.best_f1)} at {m.best_f1_thresh?.toFixed(2)}
          </dd>
        </>
      )}
    </dl>
  );
}

function MissTable({ misses, onShowSpan }: { misses: readonly SquadMiss[]; onShowSpan: Props['onShowSpan'] }) {
  if (misses.length === 0) return <p>No misses: every prediction is an exact match.</p>;
  const shown = misses.slice(0, MAX_MISS_ROWS);
  return (
    <table className="eval-misses">
      <caption>
        Misses: {misses.length} question{misses.length === 1 ? '' : 's'} without an exact match
        {misses.length > shown.length && ` (first ${shown.length} shown)`}
      </caption>
      <thead>
        <tr>
          <th scope="col">Question</th>
          <th scope="col">Gold</th>
          <th scope="col">Predicted</th>
          <th scope="col">
            <span className="visually-hidden">Paragraph</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {shown.map((m) => (
          <tr key={m.id} data-testid="eval-miss" data-id={m.id}>
            <td>{m.question}</td>
            <td>{m.gold.length ? [...new Set(m.gold)].join(' | ') : <em>no answer</em>}</td>
            <td>{m.predicted || <em>no answer</em>}</td>
            <td>
              <button
                type="button"
                className="button button-quiet"
                aria-label={`Show the paragraph for "${m.question}"`}
                onClick={() => onShowSpan({ context: m.context, start: m.start, end: m.end })}
              >
                Show
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/**
 * "How good is this model?": runs a SQuAD v1.1/v2.0 file through the loaded model in the worker and
 * shows the official EM/F1 numbers, the misses, and the predictions file for the official script.
 */
export function EvaluatePanel({ modelReady, onShowSpan }: Props) {
  const { state, evaluate, cancel, dismissError } = useEvaluate();
  const [file, setFile] = useState<File | null>(null);
  const [scope, setScope] = useState<'all' | 'first'>('all');
  const [limit, setLimit] = useState(100);
  const ids = { file: useId(), heading: useId() };
  const running = state.status === 'running';
  const result = state.status === 'done' ? state.result : null;

  return (
    <section className="card eval-card" aria-labelledby={ids.heading}>
      <h2 id={ids.heading}>Evaluate on SQuAD</h2>
      <div className="field">
        <label htmlFor={ids.file}>SQuAD file (v1.1 or v2.0 JSON)</label>
        <input
          id={ids.file}
          type="file"
          accept=".json,application/json"
          data-testid="eval-file-input"
          onChange={(e) => setFile(e.currentTarget.files?.[0] ?? null)}
        />
      </div>
      <fieldset className="eval-scope">
        <legend>Questions</legend>
        <label className="checkbox">
          <input type="radio" name={`${ids.file}-scope`} checked={scope === 'all'} onChange={() => setScope('all')} />
          All
        </label>
        <label className="checkbox">
          <input type="radio" name={`${ids.file}-scope`} checked={scope === 'first'} onChange={() => setScope('first')} />
          First
        </label>
        <input
          type="number"
          min={1}
          step={1}
          value={limit}
          aria-label="Question limit"
          className="field-narrow"
          // Typing a number means "first N": no need to click the radio button too.
          onChange={(e) => {
            setLimit(Math.max(1, Math.floor(Number(e.currentTarget.value) || 1)));
            setScope('first');
          }}
        />
      </fieldset>
      <div className="button-row">
        <button
          type="button"
          className="button button-primary"
          disabled={!file || !modelReady || running}
          onClick={() => file && void evaluate(file, scope === 'first' ? limit : undefined)}
        >
          Evaluate
        </button>
        {running && (
          <button type="button" className="button button-secondary" onClick={cancel}>
            Cancel
          </button>
        )}
      </div>
      {!modelReady && <p className="empty-hint">Load a model first; the evaluation uses the loaded model.</p>}
      {running && (
        <div className="infer-progress" data-testid="eval-progress">
          <p>
            {state.progress
              ? `${state.progress.done} / ${state.progress.total} questions · ${etaText(state.progress)}`
              : `Reading ${state.fileName}…`}
          </p>
          <progress max={state.progress?.total || undefined} value={state.progress?.done} aria-label="Evaluation progress" />
        </div>
      )}
      {state.status === 'cancelled' && <p role="status">Evaluation cancelled.</p>}
      {state.error && <ErrorBanner error={state.error} onDismiss={dismissError} />}
      {result && (
        <div className="eval-results">
          <MetricsView metrics={result.metrics} questions={Object.keys(result.predictions).length} />
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
          <MissTable misses={result.misses} onShowSpan={onShowSpan} />
        </div>
      )}
    </section>
  );
}
