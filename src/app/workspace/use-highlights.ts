import { useMemo } from 'react';
import { shownAnswers } from '../ask/answer-groups';
import type { AskState } from '../ask/use-ask';
import type { ShownSpan } from '../evaluate/EvaluatePanel';
import { spanHighlights } from '../evaluate/use-evaluate-bridge';

/**
 * What the document marks: a span opened from Evaluate while its paragraph is the document, else
 * the answers when they belong to this very text (their offsets mean nothing in another one).
 */
export function useHighlights(shown: ShownSpan | null, ask: AskState, text: string, foldOpen: boolean) {
  const result = ask.result;
  const sameText = ask.context === text && text.length > 0;
  const highlights = useMemo(
    () => spanHighlights(shown, text) ?? (result && sameText ? { answers: shownAnswers(result, foldOpen), heatmap: result.heatmap } : null),
    [result, sameText, shown, text, foldOpen],
  );
  return { highlights, sameText, stale: !!result && result.answers.length > 0 && !sameText };
}
