import { useEffect } from 'react';
import { usePersistedState } from '../common/use-persisted-state';
import { isLastModelOrNull, LAST_MODEL_KEY, lastModelOf, type LastModel } from './last-model';
import type { ModelState } from './use-model';

/**
 * Keeps the last model that finished loading, for the next visit (use-model-settings reads it at
 * start-up). Written as soon as a load is ready, so a tab closed right after loading still has it.
 */
export function useLastModel(state: ModelState): LastModel | null {
  const [last, setLast] = usePersistedState<LastModel | null>(LAST_MODEL_KEY, null, isLastModelOrNull, 0);
  const { status, request } = state;
  useEffect(() => {
    if (status === 'ready' && request) setLast(lastModelOf(request.source));
  }, [status, request, setLast]);
  return last;
}
