import { useId, useState } from 'react';
import { ErrorBanner } from '../common/ErrorBanner';
import { formatPercent } from '../common/format';
import type { LibraryAnswer } from '../../shared/library';
import type { LibraryEntry } from './library-store';
import { answerPage, type LibraryAskState } from './use-library-ask';

interface Props {
  state: LibraryAskState;
  entries: readonly LibraryEntry[];
  chosen: number;
  /** Why a question cannot be asked now (no model yet), or null. */
  blockedReason: string | null;
  onAsk: (question: string) => void;
  onCancel: () => void;
  onReadRest: () => void;
  onChoose: (answer: LibraryAnswer, rank: number) => void;
}

/** One question across the chosen documents; each answer names its document and page and opens it there. */
export function LibraryQuestion({ state, entries, chosen, blockedReason, onAsk, onCancel, onReadRest, onChoose }: Props) {
  const [question, setQuestion] = useState('');
  const id = useId();
  const busy = state.status === 'running' || state.status === 'loading';
  const names = new Map(entries.map((e) => [e.id, e.name]));
  const result = state.result;
  const submit = () => question.trim() && chosen > 0 && !blockedReason && onAsk(question);
  return (
    <div className="library-question">
      <form
        className="library-ask"
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        <label htmlFor={`${id}-q`}>Ask the library</label>
        <input id={`${id}-q`} type="text" dir="auto" value={question} onChange={(e) => setQuestion(e.target.value)} />
        <button
          type="submit"
          className="button button-primary"
          disabled={!question.trim() || chosen === 0 || blockedReason !== null || busy}
        >
          Ask {chosen} {chosen === 1 ? 'document' : 'documents'}
        </button>
        {busy && (
          <button type="button" className="button button-quiet" onClick={onCancel}>
            Cancel
          </button>
        )}
      </form>
      {/* The question box says why in its own words; the library only says what waits for it. */}
      {blockedReason && <p className="library-hint">The library can be asked once a model is loaded.</p>}
      <p className="library-status" role="status" aria-live="polite" data-testid="library-status">
        {statusLine(state)}
      </p>
      {state.progress && busy && (
        <progress max={state.progress.total || undefined} value={state.progress.done} aria-label="Library reading progress" />
      )}
      {state.error && <ErrorBanner error={state.error} />}
      {result?.stoppedEarly && !busy && (
        <button type="button" className="button button-secondary" onClick={onReadRest}>
          Read the rest ({result.windowsTotal - result.windowsDone} passages)
        </button>
      )}
      {result && result.answers.length > 0 && (
        <ol className="library-answers" aria-label="Answers across the library" data-testid="library-answers">
          {result.answers.map((a, i) => {
            const page = answerPage(state, a);
            return (
              <li key={`${a.docId}:${a.start}:${a.end}`}>
                <button type="button" className="library-answer" data-testid="library-answer" onClick={() => onChoose(a, i + 1)}>
                  <span className="answer-text" dir="auto">
                    {a.text}
                  </span>
                  <span className="library-answer-source" data-testid="library-answer-source">
                    <bdi>{names.get(a.docId) ?? 'Removed document'}</bdi>
                    {page !== null && `, p. ${page}`} · {formatPercent(a.share)}
                  </span>
                </button>
              </li>
            );
          })}
        </ol>
      )}
      {result?.noAnswer && <p data-testid="library-no-answer">No answer: the model finds none in the chosen documents.</p>}
      {result && result.skipped.length > 0 && (
        <p className="library-hint">Not read: {result.skipped.map((s) => `${names.get(s.docId) ?? s.docId} (${s.message})`).join('; ')}</p>
      )}
    </div>
  );
}

function statusLine(s: LibraryAskState): string {
  if (s.status === 'loading') return 'Reading the documents from storage…';
  const r = s.result;
  const read = s.progress ? `${s.progress.done} of ${s.progress.total} passages read` : '';
  if (s.status === 'running') return `${read}${r && r.answers[0] ? `; best so far: ${r.answers[0].text}` : ''}`;
  if (s.status === 'cancelled') return `Cancelled after ${read}.`;
  if (s.status === 'done' && r)
    return `${r.answers.length} answers from ${r.documentsTotal} documents (${read}${r.stoppedEarly ? ', stopped when confident' : ''}).`;
  return '';
}
