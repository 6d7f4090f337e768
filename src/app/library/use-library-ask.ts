import { startTransition, useCallback, useState } from 'react';
import type { AskOptions } from '../../shared/answers';
import { pageAt, type PdfLayout } from '../../shared/documents';
import { toQaError, type QaError } from '../../shared/errors';
import type { LibraryAnswer, LibraryDocumentInput, LibraryResult } from '../../shared/library';
import { qaClient, type LibraryProgress } from '../../client/worker-client';
import { useLatestRequest } from '../common/use-latest-request';
import { loadLibraryDocument } from './library-store';

export interface LibraryAskState {
  status: 'idle' | 'loading' | 'running' | 'done' | 'cancelled' | 'error';
  question: string;
  result: LibraryResult | null;
  progress: { done: number; total: number } | null;
  error: QaError | null;
  /** Page of each PDF answer, by document id: kept apart from the texts, which are not held. */
  layouts: ReadonlyMap<string, PdfLayout | undefined>;
}

const INITIAL: LibraryAskState = { status: 'idle', question: '', result: null, progress: null, error: null, layouts: new Map() };

/** The page an answer is on, or null for a document without pages. */
export const answerPage = (state: LibraryAskState, a: LibraryAnswer): number | null => pageAt(state.layouts.get(a.docId), a.start);

/**
 * One question across the chosen library documents. Their texts are read from storage for the
 * question and handed to the worker (which keeps their tokens and indexes); only the PDF layouts
 * stay here, for the pages answers are on.
 */
export function useLibraryAsk() {
  const [state, setState] = useState<LibraryAskState>(INITIAL);
  const requests = useLatestRequest();

  const run = useCallback(
    (request: ReturnType<typeof requests.start>, call: (onProgress: (p: LibraryProgress) => void) => Promise<LibraryResult>) => {
      const onProgress = (p: LibraryProgress) => {
        if (!request.isLatest()) return;
        const update = () => {
          if (request.isLatest())
            setState((s) => ({ ...s, status: 'running', result: p.partial ?? s.result, progress: { done: p.done, total: p.total } }));
        };
        if (p.partial) startTransition(update);
        else update();
      };
      call(onProgress)
        .then(
          (result) =>
            request.isLatest() &&
            setState((s) => ({ ...s, status: 'done', result, progress: { done: result.windowsDone, total: result.windowsTotal } })),
          (e: unknown) => {
            if (!request.isLatest()) return;
            const error = toQaError(e);
            setState((s) => (error.code === 'ABORTED' ? { ...s, status: 'cancelled' } : { ...s, status: 'error', error }));
          },
        )
        .finally(request.settled);
    },
    [requests],
  );

  const ask = useCallback(
    (question: string, ids: readonly string[], options: Partial<AskOptions>) => {
      const request = requests.start();
      setState({ ...INITIAL, status: 'loading', question });
      void (async () => {
        const inputs: LibraryDocumentInput[] = [];
        const layouts = new Map<string, PdfLayout | undefined>();
        for (const id of ids) {
          const stored = await loadLibraryDocument(id).catch(() => null);
          if (!stored) continue;
          inputs.push({ id, text: stored.doc.text });
          layouts.set(id, stored.doc.pdf);
        }
        return { inputs, layouts };
      })().then(({ inputs, layouts }) => {
        if (!request.isLatest()) return;
        setState((s) => ({ ...s, layouts }));
        run(request, (onProgress) => qaClient.askLibrary(question, inputs, options, { signal: request.signal, onProgress }));
      });
    },
    [requests, run],
  );

  const readRest = useCallback(() => {
    const request = requests.start();
    setState((s) => ({ ...s, status: 'running', error: null }));
    run(request, (onProgress) => qaClient.readLibraryRest({ signal: request.signal, onProgress }));
  }, [requests, run]);

  const cancel = useCallback(() => {
    if (requests.abandon()) setState((s) => (s.status === 'running' || s.status === 'loading' ? { ...s, status: 'cancelled' } : s));
  }, [requests]);

  return { state, ask, readRest, cancel };
}
