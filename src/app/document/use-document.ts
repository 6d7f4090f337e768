import { useCallback, useEffect, useReducer, useRef, useState } from 'react';
import type { DocumentKind, OpenedDocument } from '../../shared/documents';
import type { StoredDocument } from './document-store';
import { initialSession, sessionReducer, shownDocument, undoIsNext, type UndoEntry } from './document-session';
import { useDocumentStorage } from './use-document-storage';
import { useFileOpening, type Opening } from './use-file-opening';
import { useUndoExpiry } from './use-undo-expiry';

export type { Opening } from './use-file-opening';

export interface DocumentApi {
  /** The document on screen: the user's, or a temporary one in front of it. */
  doc: OpenedDocument;
  /** For a PDF, its file (the page view draws from it). */
  file: Blob | undefined;
  /** The password the PDF was opened with; kept in memory only, never saved. */
  password: string | undefined;
  setPassword: (password: string) => void;
  /** False when the browser's storage refused the document, so it won't survive a reload. */
  stored: boolean;
  /** True once the browser's storage holds the document as it is now (a reload would bring it back). */
  saved: boolean;
  /** Set when the user edited a PDF's text, which turned it into plain text (the layout no longer matches). */
  editedFrom: string | null;
  opening: Opening;
  fileError: unknown;
  setFileError: (error: unknown) => void;
  /** Typing into the textarea; `replacing` for an edit the textarea's own undo cannot take back (a large paste). */
  setText: (text: string, replacing?: boolean) => void;
  /** Replaces the document with plain text (e.g. the example); undoable. */
  setPlainText: (text: string, name: string) => void;
  open: (file: File) => void;
  /** Opens a stored document (from the library) in place of the current one; undoable. */
  openStored: (value: StoredDocument) => void;
  submitPassword: (password: string) => void;
  /** Opens the PDF on screen again, recognising (OCR) the pages whose text layer looks broken; undoable. */
  recogniseBrokenPages: () => void;
  /** `keepDone`: text recognition stops, keeping the pages it has read (the Cancel button). */
  cancelOpen: (keepDone?: boolean) => void;
  /** Empties the document; Undo brings it back until the notice expires. */
  clear: () => void;
  /** The newest replaced or cleared document that Undo would bring back. */
  undoable: UndoEntry | null;
  /** True while the document is as that action left it: Ctrl+Z in the box then means Undo. */
  undoByKey: boolean;
  /** Brings the newest undoable document back; returns its kind, or null when there was none. */
  undo: () => DocumentKind | null;
  /** Ends every Undo offer now (the notice's Dismiss). */
  dismissUndo: () => void;
  /** Keeps the Undo offer while the user is on its notice. */
  holdUndo: (held: boolean) => void;
  /** A read-only document shown in front of the user's, with what it is; null when the user's shows. */
  temporary: string | null;
  showTemporary: (text: string, name: string, label: string) => void;
  /** Back to the user's document, exactly as it was; returns its kind. */
  closeTemporary: () => DocumentKind;
}

/**
 * The current document and its life: opening files, editing, undoing what replaced it, a temporary
 * document in front of it, and (use-document-storage) keeping it across reloads. The rules of what
 * may replace what are the pure reducer in document-session.ts.
 */
export interface DocumentEvents {
  /** A file was opened and is now the document. */
  onOpened: (doc: OpenedDocument) => void;
  /** The user changed the text, or a file failed to open: the place to drop complaints about the old input. */
  onInputChanged: () => void;
  /** A cleared document's Undo ran out: what is kept about it (its questions) goes too. */
  onForgotten: (doc: OpenedDocument) => void;
}

export function useDocument(events: DocumentEvents): DocumentApi {
  const [session, dispatch] = useReducer(sessionReducer, initialSession);
  const [password, setPassword] = useState<string | undefined>(undefined);
  const [editedFrom, setEditedFrom] = useState<string | null>(null);
  const [fileError, setFileError] = useState<unknown>(null);
  const touched = useRef(false);
  const latest = useRef(session);
  latest.current = session;
  const on = useRef(events);
  on.current = events;

  const storage = useDocumentStorage(
    session.current,
    touched,
    useCallback((value: StoredDocument) => dispatch({ type: 'restored', value }), []),
  );
  const { saveNow } = storage;

  const onExpired = useCallback((entry: UndoEntry) => {
    if (entry.action === 'cleared') on.current.onForgotten(entry.previous.doc);
  }, []);
  const { hold } = useUndoExpiry(session.undo, (id) => dispatch({ type: 'expired', id }), onExpired);

  const replace = useCallback(
    (value: StoredDocument) => {
      touched.current = true;
      dispatch({ type: 'replaced', value });
      saveNow(value);
    },
    [saveNow],
  );

  const setText = useCallback(
    (text: string, replacing = false) => {
      const { current, temporary } = latest.current;
      const { doc } = current;
      if (temporary || text === doc.text) return; // A temporary document is read-only.
      // The page map indexes the extracted text; edited, it would point at the wrong characters.
      if (doc.pdf !== undefined) setEditedFrom(doc.name);
      const value: StoredDocument = { doc: doc.pdf !== undefined ? { kind: 'text', name: doc.name, text } : { ...doc, text } };
      touched.current = true;
      if (replacing) replace(value);
      else dispatch({ type: 'typed', value });
      setFileError(null);
      on.current.onInputChanged();
    },
    [replace],
  );

  const setPlainText = useCallback(
    (text: string, name: string) => {
      setEditedFrom(null);
      replace({ doc: { kind: 'text', name, text } });
    },
    [replace],
  );

  const files = useFileOpening({
    onOpened: (doc, file, pw) => {
      setFileError(null);
      setEditedFrom(null);
      setPassword(doc.kind === 'pdf' ? pw : undefined);
      // A PDF or a recognised image keeps its file, for the page view.
      replace(doc.pdf !== undefined ? { doc, file } : { doc });
      on.current.onOpened(doc);
    },
    onFailed: (e) => {
      setFileError(e);
      on.current.onInputChanged();
    },
  });

  const openStored = useCallback(
    (value: StoredDocument) => {
      files.cancelOpen();
      setFileError(null);
      setEditedFrom(null);
      setPassword(undefined);
      replace(value);
    },
    [files.cancelOpen, replace],
  );

  const { opening, cancelOpen } = files;
  // A new try at a file starts without the complaint about the last one.
  const open = useCallback((file: File) => (setFileError(null), files.open(file)), [files.open]);
  const submitPassword = useCallback((pw: string) => (setFileError(null), files.submitPassword(pw)), [files.submitPassword]);

  const recogniseBrokenPages = useCallback(() => {
    const { doc, file } = shownDocument(latest.current);
    if (!file || !doc.pdf?.brokenTextPages?.length) return;
    setFileError(null);
    files.open(new File([file], doc.name, { type: 'application/pdf' }), { password, recogniseBrokenPages: true });
  }, [files.open, password]);

  const clear = useCallback(() => {
    cancelOpen(false);
    setPassword(undefined);
    setEditedFrom(null);
    setFileError(null);
    touched.current = true;
    dispatch({ type: 'cleared' });
    // The saved copy goes at once (a reload shows the empty box); Undo saves it back.
    storage.forget();
  }, [cancelOpen, storage]);

  const undo = useCallback(() => {
    const top = latest.current.undo.at(-1);
    if (!top) return null;
    touched.current = true;
    setEditedFrom(null);
    dispatch({ type: 'undone' });
    saveNow(top.previous);
    return top.previous.doc.kind;
  }, [saveNow]);

  // Whatever Undo still offers for a cleared document is gone with the page: so are its questions.
  useEffect(() => {
    const flush = () => latest.current.undo.forEach(onExpired);
    window.addEventListener('pagehide', flush);
    return () => window.removeEventListener('pagehide', flush);
  }, [onExpired]);

  const shown = shownDocument(session);
  return {
    doc: shown.doc,
    file: shown.file,
    password,
    setPassword,
    stored: storage.stored,
    saved: storage.saved,
    editedFrom,
    opening,
    fileError,
    setFileError,
    setText,
    setPlainText,
    open,
    openStored,
    submitPassword,
    recogniseBrokenPages,
    cancelOpen,
    clear,
    undoable: session.undo.at(-1) ?? null,
    undoByKey: undoIsNext(session),
    undo,
    // Dismissed, the notice goes with every offer behind it: nothing comes back into view later.
    dismissUndo: useCallback(() => {
      for (const entry of latest.current.undo) {
        dispatch({ type: 'expired', id: entry.id });
        onExpired(entry);
      }
    }, [onExpired]),
    holdUndo: hold,
    temporary: session.temporary?.label ?? null,
    showTemporary: useCallback(
      (text: string, name: string, label: string) =>
        dispatch({ type: 'temporary-shown', doc: { doc: { kind: 'text', name, text } }, label }),
      [],
    ),
    closeTemporary: useCallback(() => {
      dispatch({ type: 'temporary-closed' });
      return latest.current.current.doc.kind;
    }, []),
  };
}
