import { useCallback, useRef, useState } from 'react';
import type { DocumentProgress, OpenedDocument } from '../../shared/documents';
import { isQaError } from '../../shared/errors';
import { openDocumentFile, type OpenDocumentOptions } from './open-document';
import { keptPages } from './page-list';

/** A file being opened: reading (with progress), or waiting for a PDF's password. */
export type Opening =
  | { status: 'idle' }
  | { status: 'reading'; name: string; progress: DocumentProgress | null }
  | { status: 'password'; name: string; failures: number; busy: boolean };

/** How to open: with a known password, and whether to recognise pages whose text layer looks broken. */
export type OpenHow = Pick<OpenDocumentOptions, 'password' | 'recogniseBrokenPages'>;

interface Outcome {
  /** The file was read; `password` is the one it opened with (PDF only). */
  onOpened: (doc: OpenedDocument, file: File, password: string | undefined) => void;
  /** It could not be read (not for a password prompt or a Cancel). */
  onFailed: (error: unknown) => void;
}

/** Reading a file into a document: progress, Cancel, and a PDF's password prompt. One file at a time. */
export function useFileOpening(outcome: Outcome) {
  const [opening, setOpening] = useState<Opening>({ status: 'idle' });
  // `finish` ends text recognition early, keeping the pages done; `progress` says whether any are.
  const task = useRef<{
    file: File;
    how: OpenHow;
    controller: AbortController;
    finish: AbortController;
    progress: DocumentProgress | null;
  } | null>(null);
  const on = useRef(outcome);
  on.current = outcome;

  const run = useCallback((file: File, pw: string | undefined, how: OpenHow) => {
    task.current?.controller.abort();
    const controller = new AbortController();
    const current = { file, how, controller, finish: new AbortController(), progress: null as DocumentProgress | null };
    task.current = current;
    setOpening((o) =>
      o.status === 'password' && pw !== undefined ? { ...o, busy: true } : { status: 'reading', name: file.name, progress: null },
    );
    // Progress comes once per page: shown at most once a frame.
    let frame = 0;
    let progress: DocumentProgress | null = null;
    const onProgress = (p: DocumentProgress) => {
      progress = p;
      current.progress = p;
      frame ||= requestAnimationFrame(() => {
        frame = 0;
        if (!controller.signal.aborted) setOpening((o) => (o.status === 'reading' ? { ...o, progress } : o));
      });
    };
    openDocumentFile(file, { ...how, password: pw, signal: controller.signal, finishSignal: current.finish.signal, onProgress }).then(
      (doc) => {
        if (controller.signal.aborted) return;
        task.current = null;
        cancelAnimationFrame(frame);
        setOpening({ status: 'idle' });
        on.current.onOpened(doc, file, pw);
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
        on.current.onFailed(e); // The current document stays untouched.
      },
    );
  }, []);

  const open = useCallback((file: File, how: OpenHow = {}) => run(file, how.password, how), [run]);
  const submitPassword = useCallback((pw: string) => task.current && run(task.current.file, pw, task.current.how), [run]);
  /** `keepDone` (the Cancel button): during text recognition, the document opens with the pages already read. */
  const cancelOpen = useCallback((keepDone = false) => {
    const p = task.current?.progress;
    if (keepDone && keptPages(p ?? null).length > 0 && task.current) return task.current.finish.abort();
    task.current?.controller.abort();
    task.current = null;
    setOpening({ status: 'idle' });
  }, []);

  return { opening, open, submitPassword, cancelOpen };
}
