import { useId, useState, type RefObject } from 'react';
import { formatBytes } from '../common/format';

interface Props {
  modelReady: boolean;
  running: boolean;
  onEvaluate(file: File, limit: number | undefined): void;
  onCancel(): void;
  /** The panel moves focus between these as a run starts and ends (a disabled button drops it). */
  evaluateRef: RefObject<HTMLButtonElement | null>;
  cancelRef: RefObject<HTMLButtonElement | null>;
}

/** The SQuAD file, how many of its questions, and Evaluate / Cancel. */
export function EvaluateControls({ modelReady, running, onEvaluate, onCancel, evaluateRef, cancelRef }: Props) {
  const [file, setFile] = useState<File | null>(null);
  const [scope, setScope] = useState<'all' | 'first'>('all');
  const [limit, setLimit] = useState(100);
  const ids = { file: useId(), scope: useId() };

  return (
    <div className="eval-controls">
      <div className="eval-file">
        <label className="button button-secondary file-button">
          <input
            className="visually-hidden"
            type="file"
            accept=".json,application/json"
            data-testid="eval-file-input"
            aria-describedby={ids.file}
            onChange={(e) => setFile(e.currentTarget.files?.[0] ?? null)}
          />
          Choose SQuAD file…
        </label>
        <p id={ids.file} className="eval-file-info" data-testid="eval-file-info">
          {file ? (
            <>
              <span className="file-name">{file.name}</span> <span className="file-size">{formatBytes(file.size)}</span>
            </>
          ) : (
            'No file chosen: SQuAD v1.1 or v2.0 JSON'
          )}
        </p>
      </div>
      <fieldset className="eval-scope">
        <legend>Questions</legend>
        <label className="checkbox">
          <input type="radio" name={ids.scope} checked={scope === 'all'} onChange={() => setScope('all')} />
          All
        </label>
        <label className="checkbox">
          <input type="radio" name={ids.scope} checked={scope === 'first'} onChange={() => setScope('first')} />
          First
        </label>
        <input
          type="number"
          min={1}
          step={1}
          value={limit}
          aria-label="Question limit"
          className="eval-limit"
          // Typing a number means "first N": no need to click the radio button too.
          onChange={(e) => {
            setLimit(Math.max(1, Math.floor(Number(e.currentTarget.value) || 1)));
            setScope('first');
          }}
        />
      </fieldset>
      <div className="button-row">
        <button
          ref={evaluateRef}
          type="button"
          className="button button-primary"
          disabled={!file || !modelReady || running}
          onClick={() => file && onEvaluate(file, scope === 'first' ? limit : undefined)}
        >
          Evaluate
        </button>
        {running && (
          <button ref={cancelRef} type="button" className="button button-secondary" onClick={onCancel}>
            Cancel
          </button>
        )}
      </div>
      {!modelReady && <p className="empty-hint">Load a model first; the evaluation uses the loaded model.</p>}
    </div>
  );
}
