import { useCallback, useEffect, useRef } from 'react';
import type { QaError } from '../../shared/errors';
import type { AskState } from '../ask/use-ask';
import { applyRule, hasAnswersToShow, repeatsModelError, type WorkspaceEvent, type WorkspacePorts } from './workspace-rules';

/**
 * Runs the cross-feature rules against the features as they are in this render. `dispatch` keeps
 * its identity, so callbacks built on it do too; the two rules that follow state (answers arriving,
 * an error the model panel already shows) run as effects.
 */
export function useWorkspace(ports: WorkspacePorts, ask: AskState, modelError: QaError | null) {
  const latest = useRef(ports);
  latest.current = ports;
  const dispatch = useCallback((event: WorkspaceEvent) => applyRule(event, latest.current), []);

  const answersShown = hasAnswersToShow(ask);
  useEffect(() => {
    if (answersShown) dispatch({ type: 'answers-arrived' });
  }, [answersShown, ask.status, ask.result, dispatch]);

  const repeated = repeatsModelError(modelError, ask.error);
  useEffect(() => {
    if (repeated) dispatch({ type: 'error-repeated' });
  }, [repeated, ask.error, dispatch]);

  return dispatch;
}
