import { useEffect, useState } from 'react';
import { QaError } from '../../shared/errors';
import { describeError } from '../common/error-messages';
import { formatPercent } from '../common/format';
import type { QaAnswer } from '../../shared/answers';
import { sentenceAround } from './answer-context';
import { answerClipboardText } from './export-qa';

interface Props {
  answer: QaAnswer;
  question: string;
  /** The text the answer's offsets point into. */
  context: string;
  /** The document's name, said on the clipboard as the source. */
  source: string;
}

const CONFIRM_MS = 2500;

/** Copies one answer with its sentence and question; says "Copied", or why the browser refused. */
export function CopyAnswerButton({ answer, question, context, source }: Props) {
  const [outcome, setOutcome] = useState<{ ok: true } | { ok: false; error: QaError } | null>(null);
  useEffect(() => {
    if (!outcome?.ok) return;
    const timer = setTimeout(() => setOutcome(null), CONFIRM_MS);
    return () => clearTimeout(timer);
  }, [outcome]);

  const copy = async () => {
    const text = answerClipboardText(
      question,
      answer.text,
      formatPercent(answer.share),
      sentenceAround(context, answer.start, answer.end),
      source,
    );
    try {
      // Undefined outside a secure context (a plain-http host): the same refusal, said the same way.
      if (!navigator.clipboard) throw new Error('The clipboard is not available on this page (it needs https).');
      await navigator.clipboard.writeText(text);
      setOutcome({ ok: true });
    } catch (e) {
      setOutcome({ ok: false, error: new QaError('CLIPBOARD_DENIED', e instanceof Error ? e.message : String(e)) });
    }
  };
  const refused = outcome && !outcome.ok ? describeError(outcome.error) : null;

  return (
    <div className="copy-answer">
      <button type="button" className="button button-quiet" onClick={() => void copy()}>
        {outcome?.ok ? 'Copied' : 'Copy'}
        <span className="visually-hidden"> answer: {answer.text}</span>
      </button>
      <span className="copy-status" role="status" data-testid="copy-status">
        {outcome?.ok && 'Copied the answer, its sentence and the question.'}
        {refused && `${refused.title} ${refused.hint}`}
      </span>
    </div>
  );
}
