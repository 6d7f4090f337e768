import { formatBytes } from '../common/format';
import { useOcrStorage, type OcrStorage } from './use-ocr-storage';

/** The state in words: what is saved and how big, or how far saving has come. */
function statusText(ocr: OcrStorage): string {
  if (ocr.saving) return `Saving… ${formatBytes(ocr.saving.loaded)} of ${formatBytes(ocr.saving.total)}`;
  const s = ocr.summary;
  if (!s) return 'Checking…';
  if (s.saved === 'all') return `Saved for offline use: scans open without a connection.`;
  if (s.saved === 'partly')
    return `Partly saved (${formatBytes(s.savedBytes)} of ${formatBytes(s.totalBytes)}): save the rest to read scans offline in every language.`;
  return `Not saved yet: kept by itself after your first scan, or now with "Save for offline".`;
}

/**
 * Text recognition's files (worker, this browser's core build, English and French data) in the
 * storage panel: their size, whether they are kept for offline use, Save for offline and Delete.
 */
export function OcrStorageRow() {
  const ocr = useOcrStorage();
  if (!ocr.supported) return null;
  const s = ocr.summary;
  return (
    <div className="ocr-storage" data-testid="ocr-storage">
      <ul className="storage-list" aria-label="Text recognition files">
        <li>
          <span className="storage-name storage-name-wraps" title="Text recognition for scans: its program and English and French data">
            Text recognition (OCR)
          </span>
          <span className="storage-size">{s ? formatBytes(s.totalBytes) : ''}</span>
          {ocr.saving ? (
            <button type="button" className="button button-secondary" onClick={ocr.cancel}>
              Cancel
            </button>
          ) : (
            s &&
            s.saved !== 'all' && (
              <button type="button" className="button button-primary" onClick={() => void ocr.save()}>
                Save for offline
              </button>
            )
          )}
          {!ocr.saving && s && s.saved !== 'none' && (
            <button
              type="button"
              className="button button-secondary"
              onClick={() => void ocr.remove()}
              aria-label="Delete saved text recognition files"
            >
              Delete
            </button>
          )}
        </li>
      </ul>
      {ocr.saving && <progress value={ocr.saving.loaded} max={ocr.saving.total || undefined} aria-label="Saving text recognition files" />}
      <p className="hint" aria-live="polite" data-testid="ocr-storage-status">
        {statusText(ocr)}
      </p>
      {ocr.error && <p role="alert">{ocr.error}</p>}
    </div>
  );
}
