import type { KeyboardEvent } from 'react';

/**
 * An answer lives in two places: its entry in the answer list and its mark in the document (text or
 * PDF page). These ids tie the two together, so that choosing an answer can move focus to its mark
 * and Escape on the mark can bring focus back to the entry.
 */
export const answerElementId = (rank: number) => `answer-${rank}`;
export const answerLinkId = (rank: number) => `answer-link-${rank}`;

/** The accessible name of a focusable mark: where it stands among the answers, and what it says. */
export const markLabel = (rank: number, count: number, text: string) => `Answer ${rank} of ${count}: ${text}`;

/** For a document view's keydown: Escape on a focused mark (data-rank) returns focus to its answer in the list. */
export function returnFocusToAnswer(e: KeyboardEvent<HTMLElement>): void {
  if (e.key !== 'Escape') return;
  const target = e.target as HTMLElement;
  const rank = target.tabIndex === -1 ? target.dataset.rank : undefined;
  const link = rank !== undefined ? window.document.getElementById(answerLinkId(Number(rank))) : null;
  if (!link) return;
  e.preventDefault();
  link.focus();
}
