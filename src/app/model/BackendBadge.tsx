import type { ModelInfo } from '../../shared/protocol';
import { BACKEND_LABELS, formatDuration, plural } from '../common/format';

/** "WASM · 2 threads · q8" / "WebGPU · fp16": what the model actually runs on, after any fallback. */
export function backendSummary(info: ModelInfo): string {
  const parts: string[] = [BACKEND_LABELS[info.backend]];
  if (info.backend === 'wasm') parts.push(plural(info.threads, 'thread'));
  parts.push(info.dtype);
  return parts.join(' · ');
}

export function BackendBadge({ info }: { info: ModelInfo }) {
  return (
    <div className="backend-badge" data-testid="backend-badge">
      <p className="badge-main">
        <span className="badge-dot" aria-hidden="true" />
        <span className="badge-summary">{backendSummary(info)}</span>
      </p>
      <p className="badge-meta">
        <span className="badge-source" title={info.source}>
          {info.source}
        </span>{' '}
        <span className="badge-sep" aria-hidden="true">
          ·
        </span>{' '}
        <span>
          {info.modelType}, {info.file}
        </span>{' '}
        <span className="badge-sep" aria-hidden="true">
          ·
        </span>{' '}
        <span>loaded in {formatDuration(info.loadMs)}</span>
      </p>
    </div>
  );
}
