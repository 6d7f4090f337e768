import { BACKEND_LABELS, formatBytes } from '../common/format';
import type { FileProgress, LoadPhase } from './use-model';

interface Props {
  files: readonly FileProgress[];
  /** Null once loading has ended: the file list stays as a record of what was fetched. */
  phase: LoadPhase | null;
  onCancel?: () => void;
  /** Files read from the user's disk are reported as "from cache" by the engine; say what they are. */
  fromDisk?: boolean;
}

function phaseText(phase: LoadPhase): string {
  switch (phase.kind) {
    case 'download':
      return 'Downloading model files…';
    case 'compile':
      return `Compiling for ${BACKEND_LABELS[phase.backend]} (${phase.dtype})…`;
    case 'warmup':
      return `Warming up on ${BACKEND_LABELS[phase.backend]}…`;
  }
}

function sizeText(f: FileProgress, fromDisk: boolean): string {
  if (f.fromCache) return `${formatBytes(f.total ?? f.loaded)} · ${fromDisk ? 'from this device' : 'from cache'}`;
  if (f.total === null) return `${formatBytes(f.loaded)} of unknown size`;
  return `${formatBytes(f.loaded)} / ${formatBytes(f.total)}`;
}

/** One bar per model file (they download one after another), then the compile and warm-up steps. */
export function LoadProgress({ files, phase, onCancel, fromDisk = false }: Props) {
  if (files.length === 0 && !phase) return null;
  return (
    <section className="load-progress" aria-label="Model loading progress">
      {phase && (
        <div className="load-phase-row">
          <p className="load-phase" data-testid="load-phase">
            <span className="spinner" aria-hidden="true" />
            {phaseText(phase)}
          </p>
          {onCancel && (
            <button type="button" className="button button-quiet" onClick={onCancel}>
              Stop loading
            </button>
          )}
        </div>
      )}
      {files.length > 0 && (
        <ul className="file-list">
          {files.map((f) => {
            const done = f.total !== null && f.loaded >= f.total;
            return (
              <li key={f.file} className="file-row" data-testid="download-progress" data-file={f.file} data-done={done || undefined}>
                <div className="file-row-text">
                  <span className="file-name" title={f.file}>
                    {f.file}
                  </span>
                  <span className="file-size">{sizeText(f, fromDisk)}</span>
                </div>
                {/* Without a known size the bar is indeterminate rather than stuck at 0. */}
                <progress
                  max={f.total ?? undefined}
                  value={f.total === null ? undefined : f.loaded}
                  aria-label={`Download of ${f.file}`}
                  aria-valuetext={sizeText(f, fromDisk)}
                />
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
