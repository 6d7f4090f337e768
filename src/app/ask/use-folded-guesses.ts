import { useCallback, useState } from 'react';
import type { AskState } from './use-ask';

/**
 * Whether the current question's folded guesses ("Show weaker guesses", or every guess under "No
 * answer") are open. Kept by question and text, so a new question starts folded without an effect.
 */
export function useFoldedGuesses(ask: AskState): [boolean, (open: boolean) => void] {
  const [openFor, setOpenFor] = useState<{ question: string; context: string } | null>(null);
  const { question, context } = ask;
  const open = openFor !== null && openFor.question === question && openFor.context === context;
  const setOpen = useCallback((on: boolean) => setOpenFor(on ? { question, context } : null), [question, context]);
  return [open, setOpen];
}
