import { useMemo } from 'react';
import type { UndoEntry } from './document-session';
import { countWords, plural } from '../common/format';

interface Props {
  undoable: UndoEntry | null;
  onUndo: () => void;
  onDismissUndo: () => void;
  /** While the user is on the notice, its offer does not run out. */
  onHoldUndo: (held: boolean) => void;
  /** What the temporary document in front of the user's is; null when the user's shows. */
  temporary: string | null;
  onBack: () => void;
}

const named = (name: string) => (name ? `“${name}”` : 'your text');

function undoMessage(entry: UndoEntry): string {
  const { previous, next, action } = entry;
  if (action === 'cleared') return `Cleared ${named(previous.doc.name)} (${plural(countWords(previous.doc.text), 'word')}).`;
  if (action === 'undone') return `Brought back ${named(next.doc.name)}. Undo returns to the text it replaced.`;
  // The same file opened again (its broken pages recognised): say so rather than "x replaced x".
  if (next.doc.name && next.doc.name === previous.doc.name && next.doc.kind === previous.doc.kind)
    return `Read “${next.doc.name}” again. Undo brings back the text it had before.`;
  return `${next.doc.name ? `“${next.doc.name}”` : 'The new text'} replaced ${named(previous.doc.name)}.`;
}

/** Counting a 5 MB document's words once per entry, not on every render of the page. */
function UndoMessage({ entry }: { entry: UndoEntry }) {
  const message = useMemo(() => undoMessage(entry), [entry]);
  return <p className="banner-body banner-message">{message}</p>;
}

/**
 * What the app did to the user's document, with the way back: Undo after anything that replaced or
 * emptied it, and "Back to your document" while a temporary one is in front. A polite live region
 * that is always in the page, so the message is announced when it appears.
 */
export function DocumentNotices(props: Props) {
  const { undoable, temporary } = props;
  return (
    <div role="status" className="document-notices" data-testid="document-notices">
      {temporary !== null && (
        <div className="banner banner-notice" data-testid="temporary-document">
          <p className="banner-body banner-message">Showing {temporary}, read-only. Your document is kept as it was.</p>
          <div className="banner-actions">
            <button type="button" className="button button-secondary" onClick={props.onBack}>
              Back to your document
            </button>
          </div>
        </div>
      )}
      {undoable && (
        <div
          className="banner banner-notice"
          data-testid="undo-notice"
          onFocus={() => props.onHoldUndo(true)}
          onBlur={(e) => !e.currentTarget.contains(e.relatedTarget as Node | null) && props.onHoldUndo(false)}
          onPointerEnter={() => props.onHoldUndo(true)}
          onPointerLeave={() => props.onHoldUndo(false)}
        >
          <UndoMessage entry={undoable} />
          <div className="banner-actions">
            <button type="button" className="button button-secondary" onClick={props.onUndo}>
              Undo
            </button>
            <button type="button" className="button button-quiet" onClick={props.onDismissUndo} aria-label="Dismiss the Undo offer">
              Dismiss
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
