import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { QaResult } from '../../shared/answers';
import type { OpenedDocument } from '../../shared/documents';
import type { ModelInfo } from '../../shared/protocol';
import type { AskState } from '../ask/use-ask';
import { answeredBy, toEntry, toResult, type HistoryEntry } from './history-entry';
import { createHistoryStore, MAX_ENTRIES, withEntry, type HistoryStore } from './history-store';
import type { ExportDocument } from './export-qa';
import { textKey } from './text-key';

export interface QaHistory {
  /** The current document's questions, oldest first. */
  entries: readonly HistoryEntry[];
  /** False when the browser's storage refused the history: it won't survive a reload. */
  stored: boolean;
  /** True when the entry's answers point into the text as it is now (so they can be shown again). */
  isCurrent: (entry: HistoryEntry) => boolean;
  /** The entry as a result to show again; it is not recorded a second time. */
  resultOf: (entry: HistoryEntry) => QaResult;
  /** The document as the exports describe it. */
  exportDocument: ExportDocument;
  /** Stops showing the current document's history (the document's Clear; Undo brings it back from storage). */
  hide: () => void;
  /** Removes a document's history from storage (a cleared document's Undo ran out). */
  forget: (text: string) => void;
  /** Takes a document's history out of storage and, if it is the one shown, out of view; resolves with it (for Undo). */
  take: (text: string) => Promise<readonly HistoryEntry[]>;
  /** Puts a taken history back, with any question asked about the text since. */
  restore: (text: string, entries: readonly HistoryEntry[]) => void;
}

/** Two lists of one text's entries as one, oldest first, each entry once. */
function merged(a: readonly HistoryEntry[], b: readonly HistoryEntry[]): HistoryEntry[] {
  const ids = new Set(a.map((e) => e.id));
  return [...a, ...b.filter((e) => !ids.has(e.id))].sort((x, y) => x.askedAt - y.askedAt).slice(-MAX_ENTRIES);
}

/** Hashing a long text on every keystroke is wasted work: the key follows the text once typing pauses. */
const SETTLE_MS = 300;
let defaultStore: HistoryStore | null = null;

interface Current {
  key: string | null;
  entries: HistoryEntry[];
}

/**
 * The questions asked about the current document, kept in IndexedDB under its text's key, so
 * another document has its own history and reopening a file brings its history back. Editing the
 * text (same document name) carries the history over to the edited text; its older entries then
 * say the text changed. A question is recorded when it finishes (status 'done'), with the model
 * loaded then: loading another one resets the answers, so it is the model that gave them.
 */
export function useQaHistory(
  doc: OpenedDocument,
  ask: AskState,
  model: ModelInfo | null,
  store: HistoryStore = (defaultStore ??= createHistoryStore()),
): QaHistory {
  const [current, setCurrent] = useState<Current>({ key: null, entries: [] });
  const [stored, setStored] = useState(true);
  const latest = useRef(current);
  latest.current = current;
  const lastName = useRef<string | null>(null);
  const loads = useRef(0);
  const shown = useRef(new WeakSet<QaResult>());
  const recorded = useRef<QaResult | null>(null);
  // Read when a question finishes, not a reason to run the recording effect again.
  const modelRef = useRef(model);
  modelRef.current = model;
  const { text, name } = doc;

  const persist = useCallback(
    (p: Promise<void>) =>
      p.then(
        () => setStored(true),
        () => setStored(false),
      ),
    [],
  );
  const put = useCallback(
    (next: Current) => {
      latest.current = next;
      setCurrent(next);
      if (next.key) void persist(store.save(next.key, next.entries));
    },
    [persist, store],
  );

  // The settle step for the current text, pending until its timer fires or a question is recorded.
  const settlePending = useRef<() => void>(() => {});
  useEffect(() => {
    let pending = true;
    const settle = () => {
      if (!pending) return;
      pending = false;
      clearTimeout(timer);
      const key = text ? textKey(text) : null;
      const prev = latest.current;
      const sameDocument = lastName.current === name;
      lastName.current = name;
      if (key === prev.key) return;
      // Emptied by editing: the history waits for the text typed or pasted next.
      if (key === null) {
        if (!sameDocument) setCurrent((latest.current = { key: null, entries: [] }));
        return;
      }
      if (sameDocument && prev.entries.length > 0) {
        setCurrent((latest.current = { key, entries: prev.entries }));
        void persist(prev.key ? store.move(prev.key, key, prev.entries) : store.save(key, prev.entries));
        return;
      }
      const seq = ++loads.current;
      setCurrent((latest.current = { key, entries: [] }));
      store.load(key).then(
        (loaded) => {
          if (seq !== loads.current || latest.current.key !== key) return;
          const added = latest.current.entries.filter((e) => !loaded.some((l) => l.id === e.id));
          // A question that finished while the history was being read must not be lost, nor overwrite it.
          if (added.length > 0) put({ key, entries: [...loaded, ...added].slice(-MAX_ENTRIES) });
          else setCurrent((latest.current = { key, entries: loaded }));
        },
        () => setStored(false),
      );
    };
    settlePending.current = settle;
    const timer = setTimeout(settle, SETTLE_MS);
    return () => {
      pending = false;
      clearTimeout(timer);
    };
  }, [text, name, persist, put, store]);

  useEffect(() => {
    const result = ask.result;
    if (ask.status !== 'done' || !result || result === recorded.current || shown.current.has(result)) return;
    recorded.current = result;
    // An answer can arrive before the text's settle timer: settle first, so the entry is filed under
    // the text as it is now (an edit moved to its new key), not under the key the timer replaces —
    // a reload in between found the history under neither.
    settlePending.current();
    const info = modelRef.current;
    const entry = toEntry(ask.question, ask.context, result, Date.now(), info && answeredBy(info));
    const prev = latest.current;
    put({ key: prev.key ?? entry.textKey, entries: withEntry(prev.entries, entry) });
  }, [ask.status, ask.result, ask.question, ask.context, put]);

  // A few ms for a 300-page PDF's text, once per change: cheaper than hashing once per entry shown.
  const currentKey = useMemo(() => textKey(text), [text]);
  const isCurrent = useCallback((entry: HistoryEntry) => entry.textKey === currentKey, [currentKey]);
  const resultOf = useCallback((entry: HistoryEntry) => {
    const result = toResult(entry);
    shown.current.add(result);
    return result;
  }, []);
  const hide = useCallback(() => {
    loads.current++;
    setCurrent((latest.current = { key: null, entries: [] }));
  }, []);
  const forget = useCallback((forgotten: string) => void persist(store.remove(textKey(forgotten))), [persist, store]);
  const take = useCallback(
    async (taken: string) => {
      const key = textKey(taken);
      // A load still under way for this text would bring the entries back into view: it is dropped.
      if (latest.current.key === key) loads.current++;
      const loaded = await store.load(key).catch(() => []);
      const shownNow = latest.current.key === key ? latest.current.entries : [];
      if (latest.current.key === key) setCurrent((latest.current = { key, entries: [] }));
      await persist(store.remove(key));
      return merged(loaded, shownNow);
    },
    [persist, store],
  );
  const restore = useCallback(
    (text: string, entries: readonly HistoryEntry[]) => {
      const key = textKey(text);
      if (latest.current.key === key) put({ key, entries: merged(entries, latest.current.entries) });
      else
        void store.load(key).then(
          (since) => persist(store.save(key, merged(entries, since))),
          () => setStored(false),
        );
    },
    [persist, put, store],
  );

  const exportDocument = useMemo(
    () => ({ title: doc.name || 'Pasted text', kind: doc.kind, characters: text.length, textKey: currentKey }),
    [doc.name, doc.kind, text.length, currentKey],
  );
  return { entries: current.entries, stored, isCurrent, resultOf, exportDocument, hide, forget, take, restore };
}
