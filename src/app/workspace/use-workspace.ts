import { useCallback, useEffect, useRef } from 'react';
import type { QaError } from '../../shared/errors';
import type { AskState } from '../ask/use-ask';
import type { ViewAction } from '../document/document-view';
import { applyRule, hasAnswersToShow, repeatsModelError, type FeaturePorts, type WorkspaceEvent } from './workspace-rules';

/**
 * Runs the cross-feature rules against the features as they are in this render. `dispatch` keeps
 * its identity, so callbacks built on it do too; the two rules that follow state (answers arriving,
 * an error the model panel already shows) run as effects.
 */
export function useWorkspace(ports: FeaturePorts, ask: AskState, modelError: QaError | null) {
  const latest = useRef(ports);
  latest.current = ports;
  // A view action held until the answers just shown have arrived in the view (see afterAnswers).
  const pending = useRef<ViewAction | null>(null);
  const dispatch = useCallback((event: WorkspaceEvent) => {
    const f = latest.current;
    applyRule(event, { ...f, view: { ...f.view, afterAnswers: (action) => void (pending.current = action) } });
  }, []);

  const answersShown = hasAnswersToShow(ask);
  useEffect(() => {
    if (!answersShown) return;
    dispatch({ type: 'answers-arrived' });
    const action = pending.current;
    pending.current = null;
    if (action) latest.current.view.apply(action);
  }, [answersShown, ask.status, ask.result, dispatch]);

  const repeated = repeatsModelError(modelError, ask.error);
  useEffect(() => {
    if (repeated) dispatch({ type: 'error-repeated' });
  }, [repeated, ask.error, dispatch]);

  return dispatch;
}
