import { useCallback, useState } from 'react';
import { DEFAULT_SETTINGS, isModelSettings, type LocalSelection, type ModelSettings } from './model-settings';
import { isLastModelOrNull, LAST_MODEL_KEY, startupSettings } from './last-model';
import { startupParams } from './url-params';
import { readPersisted, usePersistedState } from '../common/use-persisted-state';

/**
 * The model form's values: saved between visits, with the last model that loaded pre-selected, and
 * overridden by URL parameters at start-up. Picked files live only in memory (browsers can't
 * persist File handles across reloads this simply).
 */
export function useModelSettings() {
  const [saved, setSaved] = usePersistedState<ModelSettings>('model-settings', DEFAULT_SETTINGS, isModelSettings);
  // URL parameters apply once, to the first render's state; the user's edits then persist. The last
  // model is only read here: the model panel, which sees loads finish, is the one that writes it.
  const [settings, setSettings] = useState<ModelSettings>(() =>
    startupSettings(saved, readPersisted(LAST_MODEL_KEY, null, isLastModelOrNull), startupParams),
  );
  const [local, setLocal] = useState<LocalSelection | null>(null);
  const [urlNotices, setUrlNotices] = useState<string[]>(startupParams.problems);

  // Saved when the user edits the form, not merely because a shared link was opened.
  const update = useCallback(
    (patch: Partial<ModelSettings>) => {
      const next = { ...settings, ...patch };
      setSettings(next);
      setSaved(next);
    },
    [settings, setSaved],
  );

  const dismissUrlNotices = useCallback(() => setUrlNotices([]), []);

  return { settings, update, local, setLocal, urlNotices, dismissUrlNotices };
}
