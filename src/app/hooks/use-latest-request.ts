import { useCallback, useMemo, useRef } from 'react';

export interface LatestRequest {
  signal: AbortSignal;
  /** False once a newer request started or this one was abandoned: it must not touch the screen. */
  isLatest: () => boolean;
  /** Call when the request has settled. */
  settled: () => void;
}

/**
 * One request of a kind at a time. Starting one aborts the one in flight, and a counter tells each
 * request whether it is still the latest: a cancelled or replaced request that settles late can then
 * never overwrite a newer result on screen.
 */
export function useLatestRequest() {
  const requestId = useRef(0);
  const controller = useRef<AbortController | null>(null);

  const start = useCallback((): LatestRequest => {
    controller.current?.abort();
    const ac = new AbortController();
    controller.current = ac;
    const id = ++requestId.current;
    return {
      signal: ac.signal,
      isLatest: () => id === requestId.current,
      settled: () => {
        if (controller.current === ac) controller.current = null;
      },
    };
  }, []);

  /** Aborts and disowns the request in flight; says whether there was one. */
  const abandon = useCallback((): boolean => {
    const inFlight = controller.current !== null;
    controller.current?.abort();
    controller.current = null;
    requestId.current++;
    return inFlight;
  }, []);

  // One stable object, so callbacks that depend on it keep their identity across renders.
  return useMemo(() => ({ start, abandon }), [start, abandon]);
}
