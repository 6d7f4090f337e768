import { useCallback, useEffect, useReducer, useRef } from 'react';
import { QaError, toQaError } from '../../shared/errors';
import type { Backend, Dtype } from '../../shared/model-formats';
import type { LoadProgress, ModelInfo } from '../../shared/protocol';
import { useLatestRequest } from '../common/use-latest-request';
import { qaClient } from '../../client/worker-client';
import { requestKey, type LoadRequest } from './model-settings';

export interface FileProgress {
  file: string;
  loaded: number;
  total: number | null;
  fromCache: boolean;
}

export type LoadPhase = { kind: 'download' } | { kind: 'compile'; backend: Backend; dtype: Dtype } | { kind: 'warmup'; backend: Backend };

export interface ModelState {
  status: 'idle' | 'loading' | 'ready' | 'error';
  /** The request being loaded, or the last one (for "Reload" after a crash). */
  request: LoadRequest | null;
  files: FileProgress[];
  phase: LoadPhase | null;
  notices: string[];
  info: ModelInfo | null;
  error: QaError | null;
}

type Action =
  | { type: 'start'; request: LoadRequest; notice?: string }
  | { type: 'progress'; p: LoadProgress }
  | { type: 'ready'; info: ModelInfo }
  | { type: 'fail'; error: QaError }
  | { type: 'cancelled' }
  | { type: 'dismiss-error' }
  | { type: 'dismiss-notices' };

const INITIAL: ModelState = { status: 'idle', request: null, files: [], phase: null, notices: [], info: null, error: null };

function addNotice(notices: string[], message: string | null): string[] {
  return message && !notices.includes(message) ? [...notices, message] : notices;
}

function reducer(state: ModelState, action: Action): ModelState {
  switch (action.type) {
    case 'start':
      return {
        ...INITIAL,
        status: 'loading',
        request: action.request,
        phase: { kind: 'download' },
        notices: addNotice([], action.notice ?? null),
      };
    case 'progress': {
      const p = action.p;
      if (p.phase === 'notice') return { ...state, notices: addNotice(state.notices, p.message) };
      if (p.phase === 'compile') return { ...state, phase: { kind: 'compile', backend: p.backend, dtype: p.dtype } };
      if (p.phase === 'warmup') return { ...state, phase: { kind: 'warmup', backend: p.backend } };
      const entry: FileProgress = { file: p.file, loaded: p.loaded, total: p.total, fromCache: p.fromCache };
      const i = state.files.findIndex((f) => f.file === p.file);
      const files = i < 0 ? [...state.files, entry] : state.files.map((f, k) => (k === i ? entry : f));
      return { ...state, files, phase: { kind: 'download' } };
    }
    case 'ready':
      // A fallback is reported both as a notice event and in the info; show it once.
      return { ...state, status: 'ready', phase: null, info: action.info, notices: addNotice(state.notices, action.info.fallbackReason) };
    case 'fail':
      return { ...state, status: 'error', phase: null, info: null, error: action.error };
    case 'cancelled':
      return { ...state, status: 'idle', phase: null, info: null };
    case 'dismiss-error':
      return state.status === 'error' ? { ...state, status: 'idle', error: null } : state;
    case 'dismiss-notices':
      return { ...state, notices: [] };
  }
}

/** A crash this soon after an automatic restart is not retried: the model or input likely causes it. */
const AUTO_RESTART_INTERVAL_MS = 60_000;

/**
 * The model's load state machine: idle → loading (per-file downloads, compile, warm-up) → ready or
 * error. Only the latest load may change the state (useLatestRequest): an older one still reporting
 * progress, or settling late after being replaced, is ignored. A worker crash drops the model; a
 * crash of a ready model restarts the worker and reloads it (from Cache Storage, so quickly) once,
 * with a notice.
 */
export function useModel() {
  const [state, dispatch] = useReducer(reducer, INITIAL);
  const requests = useLatestRequest();
  const latestState = useRef(state);
  const lastRestart = useRef(-Infinity);
  useEffect(() => {
    latestState.current = state;
  }, [state]);

  const load = useCallback(
    (request: LoadRequest, notice?: string) => {
      const key = requestKey(request);
      // A second click on "Load model" for the load already running must not cancel it.
      if (requests.isRunning(key)) return;
      const r = requests.start(key);
      dispatch({ type: 'start', request, notice });
      qaClient
        .load(request.source, request.options, (p) => r.isLatest() && dispatch({ type: 'progress', p }), r.signal)
        .then(
          (info) => r.isLatest() && dispatch({ type: 'ready', info }),
          (e) => {
            if (!r.isLatest()) return;
            const error = toQaError(e);
            dispatch(error.code === 'ABORTED' ? { type: 'cancelled' } : { type: 'fail', error });
          },
        )
        .finally(r.settled);
    },
    [requests],
  );

  useEffect(
    () =>
      qaClient.onCrash((error) => {
        requests.abandon();
        const { status, request } = latestState.current;
        // Only a ready model restarts by itself: a crash while loading would likely repeat forever.
        if (status === 'ready' && request && performance.now() - lastRestart.current > AUTO_RESTART_INTERVAL_MS) {
          lastRestart.current = performance.now();
          load(request, `${error.message} It was restarted and the model reloaded; ask again.`);
          return;
        }
        dispatch({ type: 'fail', error });
      }),
    [load, requests],
  );

  /** Stops a load in progress; the UI returns to idle at once, without waiting for the worker. */
  const cancel = useCallback(() => {
    if (requests.abandon()) dispatch({ type: 'cancelled' });
  }, [requests]);

  /** Reports a problem found before loading (e.g. an empty model id) through the same error path. */
  const fail = useCallback(
    (error: QaError) => {
      requests.abandon();
      dispatch({ type: 'fail', error });
    },
    [requests],
  );

  const reload = useCallback(() => {
    if (state.request) load(state.request);
  }, [load, state.request]);

  const dismissError = useCallback(() => dispatch({ type: 'dismiss-error' }), []);
  const dismissNotices = useCallback(() => dispatch({ type: 'dismiss-notices' }), []);

  return { state, load, cancel, fail, reload, dismissError, dismissNotices };
}

export type ModelController = ReturnType<typeof useModel>;
