import { startTransition, useCallback, useState } from 'react';
import type { AskOptions, QaResult, ReadingOrder } from '../../shared/answers';
import { toQaError, type QaError } from '../../shared/errors';
import { qaClient, type AskProgress } from '../../client/worker-client';
import { useLatestRequest } from '../common/use-latest-request';

export interface AskState {
  status: 'idle' | 'running' | 'done' | 'cancelled' | 'error';
  /** Final result, or the best answers so far while running (and after a cancel). */
  result: QaResult | null;
  /** Passages read of all; msPerWindow: the measured pace (null until one is measured), for the time left. */
  progress: { done: number; total: number; msPerWindow?: number | null } | null;
  error: QaError | null;
  /** The exact question and document the result belongs to: offsets are only valid for that text. */
  question: string;
  context: string;
  /** The order the passages are read in, for the progress line. */
  order: ReadingOrder;
}

const INITIAL: AskState = { status: 'idle', result: null, progress: null, error: null, question: '', context: '', order: 'relevance' };

/**
 * Asking questions. A new question cancels the one in flight, and useLatestRequest makes sure only
 * the latest request's progress or result reaches the screen: a cancelled request that settles late
 * can never overwrite a newer answer.
 */
export function useAsk() {
  const [state, setState] = useState<AskState>(INITIAL);
  const requests = useLatestRequest();

  /** Runs one reading call (a new question, or the rest of the last one) as the latest request. */
  const run = useCallback(
    (start: (hooks: { signal: AbortSignal; onProgress: (p: AskProgress) => void }) => Promise<QaResult>) => {
      const request = requests.start();
      start({
        signal: request.signal,
        onProgress: (p) => {
          if (!request.isLatest()) return;
          const update = () => {
            if (!request.isLatest()) return;
            setState((s) => ({
              ...s,
              // The first report (no passage read yet) keeps what is shown: nothing, or the answers so far of "Read the rest".
              result: p.partial ?? s.result,
              progress: { done: p.done, total: p.total, msPerWindow: p.msPerWindow },
            }));
          };
          // Batches as transitions: their renders yield to typing and clicks, and several that arrive
          // within one render are drawn once. The first report (the count and the whole time) is
          // drawn as it comes, so the estimate before reading is seen even when the first batch is quick.
          if (p.partial) startTransition(update);
          else update();
        },
      })
        .then(
          (result) => {
            if (request.isLatest())
              setState((s) => ({ ...s, status: 'done', result, progress: { done: result.windowsDone, total: result.windowsTotal } }));
          },
          (e) => {
            if (!request.isLatest()) return;
            const error = toQaError(e);
            setState((s) => (error.code === 'ABORTED' ? { ...s, status: 'cancelled' } : { ...s, status: 'error', error, result: null }));
          },
        )
        .finally(request.settled);
    },
    [requests],
  );

  const ask = useCallback(
    (question: string, context: string, options: Partial<AskOptions>) => {
      setState({ ...INITIAL, status: 'running', question, context, order: options.order ?? 'relevance' });
      run((hooks) => qaClient.ask(question, context, options, hooks));
    },
    [run],
  );

  /** After a reading stopped when confident: reads the passages it skipped, keeping the answers so far. */
  const readRest = useCallback(() => {
    setState((s) => ({ ...s, status: 'running', error: null }));
    run((hooks) => qaClient.readRest(hooks));
  }, [run]);

  /** Cancels at once in the UI (keeping the best answers so far); the worker stops at its next batch. */
  const cancel = useCallback(() => {
    if (requests.abandon()) setState((s) => (s.status === 'running' ? { ...s, status: 'cancelled' } : s));
  }, [requests]);

  const dismissError = useCallback(() => setState((s) => (s.status === 'error' ? { ...s, status: 'idle', error: null } : s)), []);

  /** Shows answers found earlier (from the history) as the finished result for that question and text. */
  const show = useCallback(
    (question: string, context: string, result: QaResult) => {
      requests.abandon();
      setState({
        ...INITIAL,
        status: 'done',
        question,
        context,
        result,
        progress: { done: result.windowsDone, total: result.windowsTotal },
      });
    },
    [requests],
  );

  /** Forgets answers and errors, e.g. when another model is loaded. */
  const reset = useCallback(() => {
    requests.abandon();
    setState(INITIAL);
  }, [requests]);

  return { state, ask, readRest, cancel, dismissError, reset, show };
}
