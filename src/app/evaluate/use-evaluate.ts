import { useCallback, useState } from 'react';
import type { SquadEvalResult } from '../../shared/squad';
import { QaError, toQaError } from '../../shared/errors';
import { useLatestRequest } from '../common/use-latest-request';
import { qaClient } from '../../client/worker-client';

export interface EvalProgress {
  done: number;
  total: number;
  /** Null until the first question is answered (no rate to extrapolate from yet). */
  etaMs: number | null;
}

export interface EvaluateState {
  status: 'idle' | 'running' | 'done' | 'cancelled' | 'error';
  fileName: string | null;
  progress: EvalProgress | null;
  result: SquadEvalResult | null;
  error: QaError | null;
}

const INITIAL: EvaluateState = { status: 'idle', fileName: null, progress: null, result: null, error: null };

/**
 * SQuAD evaluation of a file the user picked, run in the QA worker (parsing included, so a large
 * file never blocks the page). A cancelled or replaced run that settles late never overwrites the
 * screen (useLatestRequest).
 */
export function useEvaluate() {
  const [state, setState] = useState<EvaluateState>(INITIAL);
  const requests = useLatestRequest();

  const evaluate = useCallback(
    async (file: File, limit?: number) => {
      const request = requests.start();
      setState({ ...INITIAL, status: 'running', fileName: file.name });
      try {
        let text: string;
        try {
          text = await file.text();
        } catch (e) {
          throw new QaError('DATASET_INVALID', `${file.name} could not be read: ${(e as Error).message}`);
        }
        const result = await qaClient.evaluate(
          text,
          { limit },
          {
            signal: request.signal,
            onProgress: (done, total, etaMs) => {
              if (request.isLatest()) setState((s) => ({ ...s, progress: { done, total, etaMs } }));
            },
          },
        );
        if (request.isLatest()) setState((s) => ({ ...s, status: 'done', result }));
      } catch (e) {
        if (!request.isLatest()) return;
        const error = toQaError(e);
        setState((s) => (error.code === 'ABORTED' ? { ...s, status: 'cancelled' } : { ...s, status: 'error', error }));
      } finally {
        request.settled();
      }
    },
    [requests],
  );

  /** Stops at once in the UI; the worker stops at its next model batch. */
  const cancel = useCallback(() => {
    if (requests.abandon()) setState((s) => (s.status === 'running' ? { ...s, status: 'cancelled' } : s));
  }, [requests]);

  const dismissError = useCallback(() => setState((s) => (s.status === 'error' ? { ...s, status: 'idle', error: null } : s)), []);

  return { state, evaluate, cancel, dismissError };
}
