import { formatBytes } from '../common/format';
import { useModelStorage } from './use-model-storage';

/** What the offline model cache holds and how big it is; the user can delete any of it. */
export function StoragePanel({ refreshKey }: { refreshKey: unknown }) {
  const storage = useModelStorage(refreshKey);
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
      <ul className="storage-list" aria-label="Saved models">
        {storage.models.map((m) => (
          <li key={m.baseUrl} data-testid="stored-model">
            <span className="storage-name" title={m.files.join(', ')}>
              {m.baseUrl}
            </span>
            <span className="storage-size">{formatBytes(m.bytes)}</span>
            <button
              type="button"
              className="button button-secondary"
              onClick={() => void storage.remove(m.baseUrl)}
              aria-label={`Delete saved model ${m.baseUrl}`}
            >
              Delete
            </button>
          </li>
        ))}
      </ul>
      {storage.models.length > 1 && (
        <button type="button" className="button button-secondary" onClick={() => void storage.remove(null)}>
          Delete all saved models
        </button>
      )}
    </details>
  );
}
