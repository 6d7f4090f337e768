/**
 * How the document pane shows the document: the editable textarea, the read-only text with answers
 * marked, or (for PDFs) the page view. Choosing an answer sends a FocusRequest to whichever is shown.
 */
export type DocumentMode = 'edit' | 'view' | 'page';

/**
 * Bring an answer's mark into view. `reveal` (a click on the answer) may scroll the page and flashes
 * the mark; without it (a new result) only the document box scrolls, so the page doesn't jump away
 * from the question box. `focus` (an answer chosen in the list) moves keyboard focus to the mark too.
 * `seq` makes repeated requests for the same answer work.
 */
export interface FocusRequest {
  rank: number;
  seq: number;
  reveal: boolean;
  focus?: boolean;
}

/** Scrolls `el` into the middle of `box` (only the box) or, revealing, into view and flashes it (and focuses it, with `focus`). */
export function focusElement(box: HTMLElement, el: HTMLElement, reveal: boolean, focus = false): (() => void) | undefined {
  if (!reveal) {
    const b = box.getBoundingClientRect();
    const r = el.getBoundingClientRect();
    box.scrollTop += r.top - b.top - (b.height - r.height) / 2;
    return;
  }
  const reduced = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
  // Focus first without its own jump, so the (possibly smooth) scroll below is the only movement.
  if (focus) el.focus({ preventScroll: true });
  el.scrollIntoView({ block: 'center', behavior: reduced ? 'auto' : 'smooth' });
  // Restart the animation even when the same mark is flashed twice in a row.
  el.classList.remove('flash');
  void el.offsetWidth;
  el.classList.add('flash');
  const done = () => el.classList.remove('flash');
  el.addEventListener('animationend', done, { once: true });
  return () => el.removeEventListener('animationend', done);
}
