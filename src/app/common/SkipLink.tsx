import type { MouseEvent } from 'react';

interface Props {
  /** Id of the element to move focus to. */
  target: string;
  label: string;
}

/**
 * The first tab stop, shown only when focused: jumps past the model panel. Focus is moved by hand
 * because following a fragment link only moves the caret's starting point in some browsers.
 */
export function SkipLink({ target, label }: Props) {
  const go = (e: MouseEvent) => {
    const el = window.document.getElementById(target);
    if (!el) return;
    e.preventDefault();
    el.focus();
  };
  return (
    <a className="skip-link" href={`#${target}`} onClick={go}>
      {label}
    </a>
  );
}
