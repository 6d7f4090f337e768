import { useState } from 'react';
import type { ScoreRow } from './score-details';

interface Props {
  /** The panel's id, unique on the page (the button controls it). */
  id: string;
  /** Said after "Score details" to screen readers, so each card's button has its own name. */
  about: string;
  rows: readonly ScoreRow[];
}

/**
 * The model's figures behind a confidence, behind a button: reachable by keyboard and touch, which
 * a `title` tooltip is not. The panel stays in the page while hidden so aria-controls always resolves.
 */
export function ScoreDetails({ id, about, rows }: Props) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button
        type="button"
        className="button button-quiet score-toggle"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen((o) => !o)}
      >
        Score details<span className="visually-hidden"> for {about}</span>
      </button>
      <dl id={id} className="score-details" data-testid="score-details" hidden={!open}>
        {rows.map((r) => (
          <div key={r.term}>
            <dt>
              {r.term}: <span className="score-value">{r.value}</span>
            </dt>
            <dd>{r.meaning}</dd>
          </div>
        ))}
      </dl>
    </>
  );
}
