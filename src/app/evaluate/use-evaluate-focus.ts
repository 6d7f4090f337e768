import { useEffect, useRef, type RefObject } from 'react';
import type { EvaluateState } from './use-evaluate';

interface Targets {
  card: RefObject<HTMLElement | null>;
  evaluate: RefObject<HTMLButtonElement | null>;
  cancel: RefObject<HTMLButtonElement | null>;
  results: RefObject<HTMLHeadingElement | null>;
}

/**
 * Evaluate disables itself and Cancel goes away when a run ends, and a focused element that does
 * either drops focus to <body>. So focus follows the run: to Cancel while it runs, to the results
 * when it is done, back to Evaluate after a cancel or an error. Only when focus was in the panel
 * (or already lost): a user reading elsewhere during a long run is not pulled back.
 */
export function useEvaluateFocus(status: EvaluateState['status'], t: Targets): void {
  const previous = useRef(status);
  useEffect(() => {
    const was = previous.current;
    previous.current = status;
    if (status === was) return;
    const active = document.activeElement;
    const inPanel = !active || active === document.body || (t.card.current?.contains(active) ?? false);
    if (!inPanel) return;
    if (status === 'running') t.cancel.current?.focus();
    else if (status === 'done') t.results.current?.focus();
    else if (was === 'running') t.evaluate.current?.focus();
  }, [status, t]);
}
