import { useId } from 'react';
import { CachedModelList } from './StoragePanel';
import type { CachedModel } from './use-model-storage';
import { FilePickerButton } from './FilePickerButton';
import type { LocalSelection } from './model-settings';

interface Props {
  online: boolean;
  models: readonly CachedModel[];
  onLoadCached: (model: CachedModel) => void;
  onPickFolder: (sel: LocalSelection | null) => void;
  inUse: string | null;
}

/**
 * What still works without a network, offered where a download failed or the browser is offline:
 * the models saved in this browser, each loadable with one click, and a model folder from disk.
 */
export function OfflineHelp({ online, models, onLoadCached, onPickFolder, inUse }: Props) {
  const titleId = useId();
  return (
    <section className="offline-help" aria-labelledby={titleId} data-testid="offline-help">
      <p className="offline-help-title" id={titleId}>
        {online ? 'Without a connection to the model host, these still work:' : 'You are offline. These work without a connection:'}
      </p>
      {models.length > 0 ? (
        <CachedModelList models={models} onLoad={onLoadCached} inUse={inUse} />
      ) : (
        <p className="field-hint">No models are saved in this browser yet: a model is kept the first time it loads online.</p>
      )}
      <div className="button-row">
        <FilePickerButton label="Use a model folder…" testId="offline-folder-input" folder onPick={onPickFolder} />
      </div>
    </section>
  );
}
