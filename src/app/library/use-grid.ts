import { useCallback, useEffect, useRef, useState } from 'react';
import type { AskOptions } from '../../shared/answers';
import { pageAt } from '../../shared/documents';
import { isQaError } from '../../shared/errors';
import { qaClient } from '../../client/worker-client';
import type { StoredDocument } from '../document/document-store';
import type { GridCell } from './grid-export';
import { cellKey, loadGrid, saveGrid, withDocument, withoutDocument, type Grid, type GridColumn } from './grid-store';
import { loadLibraryDocument } from './library-store';

/** The next cell to fill, row by row (a question across every document, then the next question). */
function nextCell(g: Grid): { question: string; docId: string } | null {
  for (const question of g.questions) for (const docId of g.docIds) if (!g.cells[cellKey(question, docId)]) return { question, docId };
  return null;
}

/**
 * The question grid's state: filled cell by cell through the library path (each document's tokens
 * and index stay in the worker across questions), saved after every cell, so Cancel, a reload or a
 * crash loses at most the cell being read; a grid that was filling resumes once a model is ready.
 */
export function useGrid(modelReady: boolean, options: Partial<AskOptions>) {
  const [grid, setGrid] = useState<Grid | null>(null);
  const [error, setError] = useState<unknown>(null);
  const latest = useRef<Grid | null>(null);
  const controller = useRef<AbortController | null>(null);
  const opts = useRef(options);
  opts.current = options;

  const update = useCallback((g: Grid) => {
    latest.current = g;
    setGrid(g);
    void saveGrid(g);
  }, []);

  const fill = useCallback(async () => {
    controller.current?.abort();
    const c = new AbortController();
    controller.current = c;
    const docs = new Map<string, StoredDocument | null>();
    setError(null);
    try {
      for (let g = latest.current, next = g && nextCell(g); g && next; g = latest.current, next = g && nextCell(g)) {
        if (!docs.has(next.docId)) docs.set(next.docId, await loadLibraryDocument(next.docId).catch(() => null));
        const doc = docs.get(next.docId);
        let cell: GridCell = { answer: null, page: null, missing: true };
        if (doc) {
          const r = await qaClient.askLibrary(
            next.question,
            [{ id: next.docId, text: doc.doc.text }],
            { ...opts.current, stopWhenConfident: false },
            { signal: c.signal },
          );
          const best = r.noAnswer ? null : (r.answers[0] ?? null);
          // Its variants stay out: the grid keeps one answer per cell, and is saved whole after each.
          if (best) {
            const { docId: _, alternatives: __, ...answer } = best;
            cell = { answer, page: pageAt(doc.doc.pdf, best.start) };
          } else cell = { answer: null, page: null };
        }
        if (c.signal.aborted) return;
        const now = latest.current!;
        // Removed from the library while it was read: its column is gone, and stays gone.
        if (!now.docIds.includes(next.docId) || !now.questions.includes(next.question)) continue;
        update({ ...now, cells: { ...now.cells, [cellKey(next.question, next.docId)]: cell } });
      }
      if (latest.current) update({ ...latest.current, running: false });
    } catch (e) {
      if (!(isQaError(e) && e.code === 'ABORTED')) {
        setError(e);
        if (latest.current) update({ ...latest.current, running: false });
      }
    } finally {
      if (controller.current === c) controller.current = null;
    }
  }, [update]);

  useEffect(() => {
    void loadGrid().then((g) => {
      if (g && !latest.current) {
        latest.current = g;
        setGrid(g);
      }
    });
  }, []);

  // A grid that was filling when the page went resumes where it was, once a model can read.
  const resumable = grid?.running === true && modelReady;
  useEffect(() => {
    if (resumable && !controller.current) void fill();
  }, [resumable, fill]);

  const start = useCallback(
    (questions: string[], docIds: string[]) => {
      controller.current?.abort();
      controller.current = null;
      update({ questions, docIds, cells: {}, running: true });
      void fill();
    },
    [update, fill],
  );

  const cancel = useCallback(() => {
    controller.current?.abort();
    controller.current = null;
    if (latest.current) update({ ...latest.current, running: false });
  }, [update]);

  const resume = useCallback(() => {
    if (!latest.current) return;
    update({ ...latest.current, running: true });
    void fill();
  }, [update, fill]);

  /** Asks one cell again, or a whole row (docId omitted). */
  const reask = useCallback(
    (question: string, docId?: string) => {
      const g = latest.current;
      if (!g) return;
      const cells = { ...g.cells };
      for (const id of docId ? [docId] : g.docIds) delete cells[cellKey(question, id)];
      controller.current?.abort();
      controller.current = null;
      update({ ...g, cells, running: true });
      void fill();
    },
    [update, fill],
  );

  /** Takes a removed document's column out (saved at once); the cell being read for it is dropped when it ends. */
  const take = useCallback(
    (docId: string): GridColumn | null => {
      const g = latest.current;
      const out = g && withoutDocument(g, docId);
      if (!out) return null;
      update(out.grid);
      return out.column;
    },
    [update],
  );

  const restore = useCallback(
    (column: GridColumn) => {
      const g = latest.current;
      if (g) update(withDocument(g, column));
    },
    [update],
  );

  return { grid, error, start, cancel, resume, reask, take, restore };
}
