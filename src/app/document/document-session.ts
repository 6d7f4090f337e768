import type { StoredDocument } from './document-store';

/**
 * The user's document and what the app's own actions may do to it, as a pure reducer, so that the
 * promise "nothing you opened or typed is lost" is one tested place (document-session.test.ts runs
 * random action sequences against it). Every action that replaces or empties the document keeps the
 * one it replaced on an undo stack until that entry expires (the Undo notice's lifetime); a paragraph
 * shown from Evaluate is a temporary document in front of the user's, never saved, never replacing it.
 */
export interface DocumentSession {
  /** The user's document: what is saved and restored after a reload. */
  current: StoredDocument;
  /** A read-only document shown in front of the user's (a SQuAD paragraph from Evaluate). */
  temporary: { doc: StoredDocument; label: string } | null;
  /** Replaced or cleared documents, newest last; each can be brought back until it expires. */
  undo: readonly UndoEntry[];
  /** Increases with each entry, so a late expiry timer cannot remove a newer entry. */
  lastId: number;
}

export interface UndoEntry {
  id: number;
  /** The document as it was before the action, and the one the action put in its place. */
  previous: StoredDocument;
  next: StoredDocument;
  /** 'cleared' by Clear; 'replaced' by a file, an example or a paste over everything; 'undone' by an Undo. */
  action: 'cleared' | 'replaced' | 'undone';
}

export type SessionAction =
  /** The saved document read back at start-up (ignored once the user put something in). */
  | { type: 'restored'; value: StoredDocument }
  /** Typing: the textarea keeps its own undo for keystrokes. */
  | { type: 'typed'; value: StoredDocument }
  /** A document that takes the place of the current one (a file, an example, a large paste). */
  | { type: 'replaced'; value: StoredDocument }
  | { type: 'cleared' }
  /** Brings back the newest undo entry; what it replaces becomes undoable in turn. */
  | { type: 'undone' }
  /** The Undo notice of this entry timed out or was dismissed: the entry is gone for good. */
  | { type: 'expired'; id: number }
  | { type: 'temporary-shown'; doc: StoredDocument; label: string }
  | { type: 'temporary-closed' };

export const EMPTY_DOCUMENT: StoredDocument = { doc: { kind: 'text', name: '', text: '' } };

export const initialSession: DocumentSession = { current: EMPTY_DOCUMENT, temporary: null, undo: [], lastId: 0 };

const isEmpty = (d: StoredDocument) => d.doc.text.length === 0 && d.file === undefined;

/** `next` becomes the document; the one it replaces goes on the undo stack unless it was empty. */
function replaceWith(s: DocumentSession, next: StoredDocument, action: UndoEntry['action']): DocumentSession {
  if (next === s.current) return { ...s, temporary: null };
  if (isEmpty(s.current)) return { ...s, current: next, temporary: null };
  const id = s.lastId + 1;
  return { current: next, temporary: null, undo: [...s.undo, { id, previous: s.current, next, action }], lastId: id };
}

export function sessionReducer(s: DocumentSession, a: SessionAction): DocumentSession {
  switch (a.type) {
    case 'restored':
      return { ...s, current: a.value };
    case 'typed':
      return { ...s, current: a.value };
    case 'replaced':
      return replaceWith(s, a.value, 'replaced');
    case 'cleared':
      return replaceWith(s, EMPTY_DOCUMENT, 'cleared');
    case 'undone': {
      const top = s.undo.at(-1);
      if (!top) return s;
      return replaceWith({ ...s, undo: s.undo.slice(0, -1) }, top.previous, 'undone');
    }
    case 'expired':
      return s.undo.some((e) => e.id === a.id) ? { ...s, undo: s.undo.filter((e) => e.id !== a.id) } : s;
    case 'temporary-shown':
      return { ...s, temporary: { doc: a.doc, label: a.label } };
    case 'temporary-closed':
      return s.temporary ? { ...s, temporary: null } : s;
  }
}

/** True while the document is as the newest undoable action left it, so Ctrl+Z in the box means that Undo. */
export const undoIsNext = (s: DocumentSession): boolean => s.undo.at(-1)?.next === s.current;

/** What the page shows: the temporary document when there is one, else the user's. */
export const shownDocument = (s: DocumentSession): StoredDocument => s.temporary?.doc ?? s.current;
