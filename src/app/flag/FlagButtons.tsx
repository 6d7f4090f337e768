import { useState } from 'react';
import type { QaAnswer } from '../../shared/answers';
import { selectedSpan } from './selection-span';
import type { FlagStore } from './use-flags';

interface Props {
  answer: QaAnswer;
  question: string;
  /** The text the answer's offsets point into. */
  context: string;
  store: FlagStore;
}

type Step = { kind: 'idle' } | { kind: 'marking'; problem: string | null } | { kind: 'flagged'; what: string };

/**
 * "Right" keeps the answer as a labelled example; "Wrong" asks for the right span, selected in the
 * document, or "no answer". The user's selection is read when they confirm, so it can be made with
 * the mouse or the keyboard in any order.
 */
export function FlagButtons({ answer, question, context, store }: Props) {
  const [step, setStep] = useState<Step>({ kind: 'idle' });
  const base = { question, context, modelAnswer: answer.text };
  const right = () => {
    store.add({ ...base, verdict: 'right', span: { start: answer.start, end: answer.end } });
    setStep({ kind: 'flagged', what: 'Flagged as right.' });
  };
  const confirm = () => {
    const span = selectedSpan(window.getSelection(), context);
    if (!span) {
      setStep({ kind: 'marking', problem: 'Select the right answer in the document text first.' });
      return;
    }
    store.add({ ...base, verdict: 'wrong', span });
    setStep({ kind: 'flagged', what: `Flagged as wrong; right answer: “${context.slice(span.start, span.end)}”.` });
  };
  const noAnswer = () => {
    store.add({ ...base, verdict: 'wrong', span: null });
    setStep({ kind: 'flagged', what: 'Flagged as wrong: the text has no answer.' });
  };
  return (
    <div className="flag-buttons" data-testid="flag-buttons">
      {step.kind !== 'marking' && (
        <>
          <button type="button" className="button button-quiet" onClick={right}>
            Right
          </button>
          <button type="button" className="button button-quiet" onClick={() => setStep({ kind: 'marking', problem: null })}>
            Wrong<span className="visually-hidden"> — mark the right span</span>
          </button>
        </>
      )}
      {step.kind === 'marking' && (
        <div className="flag-marking" role="group" aria-label="Mark the right answer">
          <p className="field-hint">Select the right answer in the document text, then confirm.</p>
          <button type="button" className="button" onClick={confirm}>
            Use the selected text
          </button>
          <button type="button" className="button button-secondary" onClick={noAnswer}>
            The text has no answer
          </button>
          <button type="button" className="button button-secondary" onClick={() => setStep({ kind: 'idle' })}>
            Cancel
          </button>
        </div>
      )}
      <p className="field-hint" role="status" data-testid="flag-status">
        {step.kind === 'marking' ? step.problem : step.kind === 'flagged' ? step.what : null}
      </p>
    </div>
  );
}
