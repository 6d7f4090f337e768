import { useId, type FormEvent } from 'react';
import type { AskState } from './use-ask';
import { ErrorBanner } from '../common/ErrorBanner';
import { readingCountLine } from './reading-progress';
import { readingEstimate } from './reading-estimate';
import { ReadingOptionsFields } from './ReadingOptionsFields';
import type { ReadingOptions } from './use-reading-options';

interface Props {
  question: string;
  onQuestionChange: (q: string) => void;
  onAsk: () => void;
  onCancel: () => void;
  /** Why asking is impossible right now (no model ready), or null when it is possible. */
  blockedReason: string | null;
  ask: AskState;
  onDismissError: () => void;
  allowNull: boolean;
  onAllowNullChange: (on: boolean) => void;
  readingOptions: ReadingOptions;
  onReadingOptionsChange: (patch: Partial<ReadingOptions>) => void;
  /** The question input's id (the skip link's target). */
  inputId: string;
}

/**
 * The question and its progress. Asking again while a question runs is allowed on purpose: the new
 * question replaces the old one, so only "no model" disables the Ask button.
 */
export function QuestionBox(props: Props) {
  const { ask, blockedReason } = props;
  const id = useId();
  const running = ask.status === 'running';
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!blockedReason) props.onAsk();
  };
  const progress = ask.progress;
  const estimate = progress && readingEstimate(progress);

  return (
    <form className="question-box" onSubmit={submit} noValidate>
      <label htmlFor={props.inputId} className="question-label">
        Question
      </label>
      <div className="question-row">
        <input
          id={props.inputId}
          type="text"
          className="question-input"
          value={props.question}
          placeholder="e.g. Who wrote the report?"
          autoComplete="off"
          enterKeyHint="search"
          aria-describedby={blockedReason ? `${id}-blocked` : undefined}
          onChange={(e) => props.onQuestionChange(e.target.value)}
        />
        <button type="submit" className="button button-primary" disabled={blockedReason !== null}>
          Ask
        </button>
        {running && (
          <button type="button" className="button button-secondary" onClick={props.onCancel}>
            Cancel
          </button>
        )}
      </div>
      {blockedReason && (
        <p className="field-hint" id={`${id}-blocked`}>
          {blockedReason}
        </p>
      )}
      <label className="checkbox">
        <input type="checkbox" checked={props.allowNull} onChange={(e) => props.onAllowNullChange(e.target.checked)} />
        Allow “no answer” when the text doesn't say
      </label>
      <ReadingOptionsFields options={props.readingOptions} onChange={props.onReadingOptionsChange} />
      {running && (
        <div className="infer-progress" data-testid="infer-progress">
          {/* Before the count, the worker splits the text into passages (seconds, for megabytes). */}
          <p>{progress ? readingCountLine(progress.done, progress.total, ask.order) : 'Preparing the passages…'}</p>
          {estimate && <p data-testid="reading-estimate">{estimate}</p>}
          <progress max={progress?.total ?? undefined} value={progress?.done ?? undefined} aria-label="Reading progress" />
        </div>
      )}
      {ask.status === 'error' && ask.error && <ErrorBanner error={ask.error} onDismiss={props.onDismissError} />}
    </form>
  );
}
