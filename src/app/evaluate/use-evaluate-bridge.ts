import { useState } from 'react';
import type { QaAnswer } from '../../shared/answers';
import type { ShownSpan } from './EvaluatePanel';

/** A span opened from the Evaluate panel's misses, shown in the document until the next question. */
export function useEvaluateBridge() {
  const [shown, setShown] = useState<ShownSpan | null>(null);
  return { shown, setShown };
}

/** The shown span as the document's highlights while its paragraph is the document; null otherwise. */
export function spanHighlights(shown: ShownSpan | null, text: string): { answers: QaAnswer[] } | null {
  if (!shown || shown.context !== text) return null;
  return { answers: shown.start >= 0 ? [shownAnswer(shown)] : [] };
}

/** A SQuAD miss's span, shaped like an answer so the document view can highlight it. */
function shownAnswer(span: ShownSpan): QaAnswer {
  return {
    text: span.context.slice(span.start, span.end),
    start: span.start,
    end: span.end,
    score: 1,
    share: 1,
    startLogit: 0,
    endLogit: 0,
    tokenStart: 0,
    tokenEnd: 0,
  };
}
