import { useId, useMemo, useRef } from 'react';
import { ErrorBanner } from '../common/ErrorBanner';
import { EvaluateControls } from './EvaluateControls';
import { EvaluateReport } from './EvaluateReport';
import { EvaluateResultsTable } from './EvaluateResultsTable';
import { progressLine, spokenStatus } from './evaluate-announcements';
import { useEvaluate } from './use-evaluate';
import { useEvaluateFocus } from './use-evaluate-focus';

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

/**
 * "How good is this model?": runs a SQuAD v1.1/v2.0 file through the loaded model in the worker and
 * reports the official EM/F1 numbers, the misses, and the predictions file for the official script.
 */
export function EvaluatePanel({ modelReady, onShowSpan }: Props) {
  const { state, evaluate, cancel, dismissError } = useEvaluate();
  const headingId = useId();
  const card = useRef<HTMLElement>(null);
  const evaluateButton = useRef<HTMLButtonElement>(null);
  const cancelButton = useRef<HTMLButtonElement>(null);
  const results = useRef<HTMLHeadingElement>(null);
  const targets = useMemo(() => ({ card, evaluate: evaluateButton, cancel: cancelButton, results }), []);
  useEvaluateFocus(state.status, targets);
  const running = state.status === 'running';
  const result = state.status === 'done' ? state.result : null;

  return (
    <section ref={card} className="card eval-card" aria-labelledby={headingId}>
      <h2 id={headingId}>Evaluate on SQuAD</h2>
      <EvaluateControls
        modelReady={modelReady}
        running={running}
        onEvaluate={(file, limit) => void evaluate(file, limit)}
        onCancel={cancel}
        evaluateRef={evaluateButton}
        cancelRef={cancelButton}
      />
      {/* Always in the page, so its first message is spoken too; it changes only at milestones. */}
      <p className="visually-hidden" role="status" aria-live="polite" data-testid="eval-announcer">
        {spokenStatus(state)}
      </p>
      {running && (
        <div className="infer-progress" data-testid="eval-progress">
          <p>{progressLine(state.fileName, state.progress)}</p>
          <progress max={state.progress?.total || undefined} value={state.progress?.done} aria-label="Evaluation progress" />
        </div>
      )}
      {state.status === 'cancelled' && <p aria-hidden="true">Evaluation cancelled.</p>}
      {state.error && <ErrorBanner error={state.error} onDismiss={dismissError} />}
      {result && (
        <div className="eval-results">
          <EvaluateReport result={result} headingRef={results} />
          <EvaluateResultsTable misses={result.misses} onShowSpan={onShowSpan} />
        </div>
      )}
    </section>
  );
}
