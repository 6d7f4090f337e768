import { useCallback, useMemo, useRef } from 'react';

export interface LatestRequest {
  signal: AbortSignal;
  /** False once a newer request started or this one was abandoned: it must not touch the screen. */
  isLatest: () => boolean;
  /** Call when the request has settled. */
  settled: () => void;
}

/**
 * One request of a kind at a time: the one owner of "only the latest request wins" for asking,
 * loading and evaluating. Starting one aborts the one in flight, and a counter tells each request
 * whether it is still the latest, so a cancelled or replaced request that settles late can never
 * overwrite a newer result on screen. A request may carry a key, so a caller can tell a repeat of
 * the request in flight (e.g. a second click on "Load") from a new one.
 */
export function useLatestRequest() {
  const requestId = useRef(0);
  const inFlight = useRef<{ controller: AbortController; key: string | null } | null>(null);

  const start = useCallback((key: string | null = null): LatestRequest => {
    inFlight.current?.controller.abort();
    const entry = { controller: new AbortController(), key };
    inFlight.current = entry;
    const id = ++requestId.current;
    return {
      signal: entry.controller.signal,
      isLatest: () => id === requestId.current,
      settled: () => {
        if (inFlight.current === entry) inFlight.current = null;
      },
    };
  }, []);

  /** True while a request started with this key is still running. */
  const isRunning = useCallback((key: string): boolean => inFlight.current?.key === key, []);

  /** Aborts and disowns the request in flight; says whether there was one. */
  const abandon = useCallback((): boolean => {
    const was = inFlight.current;
    inFlight.current = null;
    was?.controller.abort();
    requestId.current++;
    return was !== null;
  }, []);

  // One stable object, so callbacks that depend on it keep their identity across renders.
  return useMemo(() => ({ start, isRunning, abandon }), [start, isRunning, abandon]);
}
