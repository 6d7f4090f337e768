import { formatBytes } from '../common/format';
import { modelDisplayName } from './last-model';
import { cachedModelRef } from './cached-models';
import { OcrStorageRow } from './OcrStorageRow';
import type { CachedModel, ModelStorage } from './use-model-storage';

interface Props {
  storage: ModelStorage;
  /** Loads a saved model with one click; without it the list only offers Delete. */
  onLoad?: (model: CachedModel) => void;
  /** Cache folder of the model in use, marked as such instead of offered again. */
  inUse?: string | null;
}

/** What the offline model cache holds and how big it is; the user can load or delete any of it. Text recognition's files too. */
export function StoragePanel({ storage, onLoad, inUse = null }: Props) {
  if (!storage.supported) return null;
  const total = storage.models.reduce((n, m) => n + m.bytes, 0);
  return (
    <details className="storage-panel" data-testid="storage-panel">
      <summary>Offline models: {storage.models.length === 0 ? 'none saved' : `${storage.models.length} · ${formatBytes(total)}`}</summary>
      <p className="hint">Models you load are kept in this browser so they work offline.</p>
      {storage.usage !== null && storage.quota !== null && (
        <p className="hint">
          This site uses {formatBytes(storage.usage)} of {formatBytes(storage.quota)} available.
        </p>
      )}
      {storage.error && <p role="alert">{storage.error}</p>}
      <CachedModelList models={storage.models} onLoad={onLoad} inUse={inUse} onDelete={(m) => void storage.remove(m.baseUrl)} />
      {storage.models.length > 1 && (
        <button type="button" className="button button-secondary" onClick={() => void storage.remove(null)}>
          Delete all saved models
        </button>
      )}
      <OcrStorageRow />
    </details>
  );
}

interface ListProps {
  models: readonly CachedModel[];
  onLoad?: (model: CachedModel) => void;
  onDelete?: (model: CachedModel) => void;
  inUse?: string | null;
}

/** Saved models by name (hub id or folder), each with Load and, where offered, Delete. */
export function CachedModelList({ models, onLoad, onDelete, inUse = null }: ListProps) {
  return (
    <ul className="storage-list" aria-label="Saved models">
      {models.map((m) => {
        const name = modelDisplayName(cachedModelRef(m.baseUrl));
        return (
          <li key={m.baseUrl} data-testid="stored-model">
            <span className="storage-name" title={`${m.baseUrl}\n${m.files.join(', ')}`}>
              {name}
            </span>
            <span className="storage-size">{formatBytes(m.bytes)}</span>
            {onLoad &&
              (m.baseUrl === inUse ? (
                <span className="storage-in-use">In use</span>
              ) : (
                <button type="button" className="button button-primary" onClick={() => onLoad(m)} aria-label={`Load saved model ${name}`}>
                  Load
                </button>
              ))}
            {onDelete && (
              <button
                type="button"
                className="button button-secondary"
                onClick={() => onDelete(m)}
                aria-label={`Delete saved model ${name}`}
              >
                Delete
              </button>
            )}
          </li>
        );
      })}
    </ul>
  );
}
