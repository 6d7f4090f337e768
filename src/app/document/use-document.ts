import { useCallback, useEffect, useRef, useState } from 'react';
import type { DocumentProgress, OpenedDocument } from '../../shared/documents';
import { isQaError } from '../../shared/errors';
import { readDraft, removeDraft, writeDraft } from './document-draft';
import { loadStoredDocument, saveStoredDocument, type StoredDocument } from './document-store';
import { openDocumentFile } from './open-document';

/** A file being opened: reading (with progress), or waiting for a PDF's password. */
export type Opening =
  | { status: 'idle' }
  | { status: 'reading'; name: string; progress: DocumentProgress | null }
  | { status: 'password'; name: string; failures: number; busy: boolean };

export interface DocumentApi {
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
  /** Typing or pasting into the textarea. */
  setText: (text: string) => void;
  /** Replaces the document with plain text (e.g. a SQuAD paragraph to show). */
  setPlainText: (text: string, name: string) => void;
  open: (file: File) => void;
  submitPassword: (password: string) => void;
  cancelOpen: () => void;
  /** Empties the document here and in storage, for good. */
  clear: () => void;
}

const EMPTY: StoredDocument = { doc: { kind: 'text', name: '', text: '' } };
const SAVE_DELAY_MS = 500;

/**
 * The current document and its life: opening files (progress, Cancel, password), editing, and
 * keeping it in IndexedDB across reloads. The previous document stays until a new one is ready.
 */
export interface DocumentEvents {
  /** A file was opened and is now the document. */
  onOpened: (doc: OpenedDocument) => void;
  /** The user changed the text, or a file failed to open: the place to drop complaints about the old input. */
  onInputChanged: () => void;
}

export function useDocument(events: DocumentEvents): DocumentApi {
  const [current, setCurrent] = useState<StoredDocument>(EMPTY);
  const [restored, setRestored] = useState(false);
  const [stored, setStored] = useState(true);
  const [password, setPassword] = useState<string | undefined>(undefined);
  const [editedFrom, setEditedFrom] = useState<string | null>(null);
  const [opening, setOpening] = useState<Opening>({ status: 'idle' });
  const [fileError, setFileError] = useState<unknown>(null);
  const touched = useRef(false);
  /** The value last handed to IndexedDB, and the value IndexedDB last confirmed. */
  const saved = useRef<StoredDocument>(EMPTY);
  const [acked, setAcked] = useState<StoredDocument | null>(null);
  const ackedRef = useRef<StoredDocument | null>(null);
  const latest = useRef(current);
  latest.current = current;
  const task = useRef<{ file: File; controller: AbortController } | null>(null);
  const on = useRef(events);
  on.current = events;

  // Restore the saved document, unless the user already put something else in.
  useEffect(() => {
    let cancelled = false;
    // A draft is newer than the stored copy: it is what the last page held as it went.
    const draft = readDraft();
    void loadStoredDocument().then((value) => {
      if (cancelled) return;
      if (touched.current) {
        if (draft) removeDraft(); // The user already put something newer in.
      } else {
        const copy = value ?? EMPTY;
        saved.current = copy;
        ackedRef.current = copy;
        setAcked(copy);
        // Once restored, the debounced save takes a draft over into IndexedDB (and then removes it).
        setCurrent(draft ?? copy);
      }
      setRestored(true);
    });
    return () => {
      cancelled = true;
    };
  }, []);

  const save = useCallback((value: StoredDocument) => {
    if (value === saved.current) return;
    saved.current = value;
    saveStoredDocument(value.doc.text.length > 0 ? value : null).then(
      () => {
        setStored(true);
        ackedRef.current = value;
        setAcked(value);
        if (value === latest.current) removeDraft();
      },
      // Quota or storage disabled: the document still lives in memory for this session. The older
      // copy is dropped, or a reload would bring back a document the user has since replaced.
      () => {
        setStored(false);
        void saveStoredDocument(null).catch(() => undefined);
      },
    );
  }, []);

  // Typing is saved debounced (a document can be megabytes and change on every keystroke); a
  // document that replaces another (a file, an example) is saved at once, in replace().
  useEffect(() => {
    if (!restored) return;
    const timer = setTimeout(() => save(current), SAVE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [current, restored, save]);
  useEffect(() => {
    if (!restored) return;
    const flush = () => {
      const value = latest.current;
      if (value === ackedRef.current) return;
      writeDraft(value); // Synchronous: on disk even if the page goes before IndexedDB answers.
      save(value);
    };
    // A phone may kill a hidden tab without pagehide.
    const onVisibility = () => document.visibilityState === 'hidden' && flush();
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, [restored, save]);

  const replace = useCallback(
    (value: StoredDocument, typed = false) => {
      touched.current = true;
      setCurrent(value);
      if (!typed) save(value);
    },
    [save],
  );

  const setText = useCallback(
    (text: string) => {
      const { doc } = latest.current;
      if (text === doc.text) return;
      if (doc.kind === 'pdf') {
        // The page map indexes the extracted text; edited, it would point at the wrong characters.
        setEditedFrom(doc.name);
        replace({ doc: { kind: 'text', name: doc.name, text } }, true);
      } else {
        replace({ doc: { ...doc, text } }, true);
      }
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

  const run = useCallback(
    (file: File, pw: string | undefined) => {
      task.current?.controller.abort();
      const controller = new AbortController();
      task.current = { file, controller };
      setFileError(null);
      setOpening((o) =>
        o.status === 'password' && pw !== undefined ? { ...o, busy: true } : { status: 'reading', name: file.name, progress: null },
      );
      // Progress comes once per page: shown at most once a frame.
      let frame = 0;
      let progress: DocumentProgress | null = null;
      const onProgress = (p: DocumentProgress) => {
        progress = p;
        frame ||= requestAnimationFrame(() => {
          frame = 0;
          if (!controller.signal.aborted) setOpening((o) => (o.status === 'reading' ? { ...o, progress } : o));
        });
      };
      openDocumentFile(file, { password: pw, signal: controller.signal, onProgress }).then(
        (doc) => {
          if (controller.signal.aborted) return;
          task.current = null;
          cancelAnimationFrame(frame);
          setOpening({ status: 'idle' });
          setEditedFrom(null);
          setPassword(doc.kind === 'pdf' ? pw : undefined);
          replace(doc.kind === 'pdf' ? { doc, file } : { doc });
          on.current.onOpened(doc);
        },
        (e: unknown) => {
          if (controller.signal.aborted) return;
          cancelAnimationFrame(frame);
          if (isQaError(e) && e.code === 'DOCUMENT_PASSWORD') {
            const wrong = e.detail?.wrong === true;
            setOpening((o) => ({
              status: 'password',
              name: file.name,
              busy: false,
              failures: wrong ? (o.status === 'password' ? o.failures : 0) + 1 : 0,
            }));
            return;
          }
          task.current = null;
          setOpening({ status: 'idle' });
          if (isQaError(e) && e.code === 'ABORTED') return;
          setFileError(e); // The current document stays untouched.
          on.current.onInputChanged();
        },
      );
    },
    [replace],
  );

  const open = useCallback((file: File) => run(file, undefined), [run]);
  const submitPassword = useCallback((pw: string) => task.current && run(task.current.file, pw), [run]);
  const cancelOpen = useCallback(() => {
    task.current?.controller.abort();
    task.current = null;
    setOpening({ status: 'idle' });
  }, []);

  const clear = useCallback(() => {
    cancelOpen();
    setPassword(undefined);
    setEditedFrom(null);
    setFileError(null);
    touched.current = true;
    setCurrent(EMPTY);
    // At once and unconditionally (even before the saved copy was read back): gone means gone.
    saved.current = EMPTY;
    removeDraft();
    saveStoredDocument(null).then(
      () => {
        setStored(true);
        ackedRef.current = EMPTY;
        setAcked(EMPTY);
      },
      () => setStored(false),
    );
  }, [cancelOpen]);

  return {
    doc: current.doc,
    file: current.file,
    password,
    setPassword,
    stored,
    saved: acked === current,
    editedFrom,
    opening,
    fileError,
    setFileError,
    setText,
    setPlainText,
    open,
    submitPassword,
    cancelOpen,
    clear,
  };
}
