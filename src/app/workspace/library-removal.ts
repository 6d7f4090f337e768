import type { StoredDocument } from '../document/document-store';
import type { HistoryEntry } from '../history/history-entry';

/**
 * What a library removal asks of the features that keep something about a document; `Column` is
 * what the grid takes out and puts back (the library's GridColumn).
 */
export interface RemovalPorts<Column> {
  history: {
    /** Takes the text's questions out of storage and out of view; resolves with them. */
    take(text: string): Promise<readonly HistoryEntry[]>;
    restore(text: string, entries: readonly HistoryEntry[]): void;
  };
  grid: {
    /** Takes the document's column out of the grid (saved at once); null when it has none. */
    take(docId: string): Column | null;
    restore(column: Column): void;
  };
}

/**
 * A document removed from the library takes its questions and its grid column with it, at once and
 * from storage too, as its stored copy goes: so a tab closed while Undo is offered leaves nothing of
 * it behind. The returned function is Undo: it puts them back (into the grid it came from only).
 * A document whose stored copy was already unreadable (`value` null) has no text to key its history.
 */
export async function takeRemoved<Column>(docId: string, value: StoredDocument | null, ports: RemovalPorts<Column>): Promise<() => void> {
  const column = ports.grid.take(docId);
  const text = value?.doc.text ?? '';
  const history = text ? await ports.history.take(text) : [];
  return () => {
    if (column) ports.grid.restore(column);
    if (history.length > 0) ports.history.restore(text, history);
  };
}
