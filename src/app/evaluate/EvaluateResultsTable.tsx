import type { SquadMiss } from '../../shared/squad';
import type { ShownSpan } from './EvaluatePanel';

/** Rendering thousands of rows (each with a button) makes the page sluggish; the file has them all. */
const MAX_MISS_ROWS = 300;

interface Props {
  misses: readonly SquadMiss[];
  onShowSpan(span: ShownSpan): void;
}

/**
 * The questions without an exact match. On narrow screens each row is a card (evaluate.css); the
 * labels it shows there are hidden from assistive technology, which has the column headers.
 */
export function EvaluateResultsTable({ misses, onShowSpan }: Props) {
  if (misses.length === 0) return <p>No misses: every prediction is an exact match.</p>;
  const shown = misses.slice(0, MAX_MISS_ROWS);
  return (
    <table className="eval-misses">
      <caption>
        Misses: {misses.length} question{misses.length === 1 ? '' : 's'} without an exact match
        {misses.length > shown.length && ` (first ${shown.length} shown)`}
      </caption>
      <thead>
        <tr>
          <th scope="col">Question</th>
          <th scope="col">Gold</th>
          <th scope="col">Predicted</th>
          <th scope="col">
            <span className="visually-hidden">Paragraph</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {shown.map((m) => (
          <tr key={m.id} data-testid="eval-miss" data-id={m.id}>
            <td className="eval-question">{m.question}</td>
            <td>
              <CellLabel text="Gold" />
              {m.gold.length ? [...new Set(m.gold)].join(' | ') : <em>no answer</em>}
            </td>
            <td>
              <CellLabel text="Predicted" />
              {m.predicted || <em>no answer</em>}
            </td>
            <td className="eval-show">
              <button
                type="button"
                className="button button-quiet"
                aria-label={`Show the paragraph for "${m.question}"`}
                onClick={() => onShowSpan({ context: m.context, start: m.start, end: m.end })}
              >
                Show
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function CellLabel({ text }: { text: string }) {
  return (
    <span className="eval-cell-label" aria-hidden="true">
      {text}:{' '}
    </span>
  );
}
