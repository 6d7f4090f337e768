import { isBoolean, isString, usePersistedState } from '../common/use-persisted-state';
import { useReadingOptions } from './use-reading-options';

const TOP_K = 5;

/** The question and how to ask it, saved between visits. */
export function useQuestion() {
  const [question, setQuestion] = usePersistedState('question', '', isString);
  const [allowNull, setAllowNull] = usePersistedState('allow-null', true, isBoolean);
  const [heatmap, setHeatmap] = usePersistedState('heatmap', false, isBoolean);
  const reading = useReadingOptions();
  const options = { topK: TOP_K, allowNull, heatmap, ...reading.options };
  return { question, setQuestion, allowNull, setAllowNull, heatmap, setHeatmap, reading, options };
}

/** Why a question cannot be asked yet, by the model's status; null once a model is ready. */
export function blockedReason(modelStatus: 'idle' | 'loading' | 'ready' | 'error'): string | null {
  switch (modelStatus) {
    case 'ready':
      return null;
    case 'loading':
      return 'The model is still loading; you can ask as soon as it is ready.';
    case 'error':
      return 'No model is loaded: fix the problem shown under Model and load again.';
    default:
      return 'Load a model first (under Model), then ask.';
  }
}
