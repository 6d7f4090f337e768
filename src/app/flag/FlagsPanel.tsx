import { downloadFile } from '../common/download-file';
import { plural } from '../common/format';
import { flagsToSquad } from './squad-export';
import type { FlagStore } from './use-flags';

/** The flagged answers, each removable (with undo), exported as SQuAD 2.0 for npm run eval or Evaluate. */
export function FlagsPanel({ store }: { store: FlagStore }) {
  const { flags, remove, undo, saved } = store;
  if (flags.length === 0 && !undo) return null;
  const exportFlags = () => downloadFile('flagged-answers.json', 'application/json', JSON.stringify(flagsToSquad(flags), null, 2));
  return (
    <details className="flags-panel" data-testid="flags-panel">
      <summary>Flagged answers ({flags.length})</summary>
      {!saved && <p className="field-hint">These flags could not be saved in this browser: export them before closing the page.</p>}
      <ul className="flags-list" aria-label="Flagged answers">
        {flags.map((f) => (
          <li key={f.id} data-testid="flag-item">
            <span>
              {f.question} — {f.verdict === 'right' ? 'right: ' : 'wrong; right answer: '}
              {f.span ? `“${f.context.slice(f.span.start, f.span.end)}”` : 'none in the text'}
            </span>{' '}
            <button
              type="button"
              className="button button-secondary"
              onClick={() => remove(f.id)}
              aria-label={`Remove the flag on “${f.question}”`}
            >
              Remove
            </button>
          </li>
        ))}
      </ul>
      {undo && (
        <button type="button" className="button button-secondary" onClick={undo}>
          Undo remove
        </button>
      )}
      <button type="button" className="button" onClick={exportFlags} disabled={flags.length === 0}>
        Export {plural(flags.length, 'flag')} as SQuAD 2.0 JSON
      </button>
    </details>
  );
}
