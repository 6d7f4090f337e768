import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import { readDraft, removeDraft, writeDraft } from './document-draft';
import { loadStoredDocument, saveStoredDocument, type StoredDocument } from './document-store';
import { EMPTY_DOCUMENT } from './document-session';

export interface DocumentStorage {
  /** True once the saved copy was read back (or found missing). */
  restored: boolean;
  /** False when the browser's storage refused the document, so it won't survive a reload. */
  stored: boolean;
  /** True once the browser's storage holds the document as it is now. */
  saved: boolean;
  /** Saves at once: a document that replaced another must not wait for the typing debounce. */
  saveNow: (value: StoredDocument) => void;
  /** Deletes the saved copy at once and unconditionally (even before it was read back). */
  forget: () => void;
}

const SAVE_DELAY_MS = 500;

/**
 * Keeps `current` in IndexedDB across reloads: read back once at start (unless the user already
 * put something in, `touched`), typing saved after a pause, and the last edit written to a
 * synchronous draft as the page hides (see document-draft.ts for why).
 */
export function useDocumentStorage(
  current: StoredDocument,
  touched: RefObject<boolean>,
  onRestore: (value: StoredDocument) => void,
): DocumentStorage {
  const [restored, setRestored] = useState(false);
  const [stored, setStored] = useState(true);
  /** The value last handed to IndexedDB, and the value IndexedDB last confirmed. */
  const handed = useRef<StoredDocument>(EMPTY_DOCUMENT);
  const [acked, setAcked] = useState<StoredDocument | null>(null);
  const ackedRef = useRef<StoredDocument | null>(null);
  const latest = useRef(current);
  latest.current = current;
  const restore = useRef(onRestore);
  restore.current = onRestore;

  const confirm = useCallback((value: StoredDocument) => {
    ackedRef.current = value;
    setAcked(value);
  }, []);

  useEffect(() => {
    let cancelled = false;
    // A draft is newer than the stored copy: it is what the last page held as it went.
    const draft = readDraft();
    void loadStoredDocument().then((value) => {
      if (cancelled) return;
      if (touched.current) {
        if (draft) removeDraft(); // The user already put something newer in.
      } else {
        const copy = value ?? EMPTY_DOCUMENT;
        handed.current = copy;
        confirm(copy);
        // Once restored, the debounced save takes a draft over into IndexedDB (and then removes it).
        restore.current(draft ?? copy);
      }
      setRestored(true);
    });
    return () => {
      cancelled = true;
    };
  }, [touched, confirm]);

  const saveNow = useCallback(
    (value: StoredDocument) => {
      if (value === handed.current) return;
      handed.current = value;
      saveStoredDocument(value.doc.text.length > 0 ? value : null).then(
        () => {
          setStored(true);
          confirm(value);
          if (value === latest.current) removeDraft();
        },
        // Quota or storage disabled: the document still lives in memory for this session. The older
        // copy is dropped, or a reload would bring back a document the user has since replaced.
        () => {
          setStored(false);
          void saveStoredDocument(null).catch(() => undefined);
        },
      );
    },
    [confirm],
  );

  const forget = useCallback(() => {
    handed.current = EMPTY_DOCUMENT;
    removeDraft();
    saveStoredDocument(null).then(
      () => {
        setStored(true);
        confirm(EMPTY_DOCUMENT);
      },
      () => setStored(false),
    );
  }, [confirm]);

  // Typing: a document can be megabytes and change on every keystroke.
  useEffect(() => {
    if (!restored) return;
    const timer = setTimeout(() => saveNow(current), SAVE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [current, restored, saveNow]);

  useEffect(() => {
    if (!restored) return;
    const flush = () => {
      const value = latest.current;
      if (value === ackedRef.current) return;
      writeDraft(value); // Synchronous: on disk even if the page goes before IndexedDB answers.
      saveNow(value);
    };
    // A phone may kill a hidden tab without pagehide.
    const onVisibility = () => document.visibilityState === 'hidden' && flush();
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, [restored, saveNow]);

  return { restored, stored, saved: acked === current, saveNow, forget };
}
