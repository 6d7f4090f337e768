import { isolationMode } from '../pwa/register-sw';
import { useId } from 'react';
import type { Capabilities } from '../../shared/protocol';
import type { DtypeChoice, ModelSettings } from '../model-settings';

interface Props {
  settings: ModelSettings;
  onChange: (patch: Partial<ModelSettings>) => void;
  caps: Capabilities | null;
}

// Short labels: three selects share one row in a narrow panel. The hint below explains "Auto".
const DTYPE_LABELS: Record<string, string> = { auto: 'Auto', fp32: 'fp32', fp16: 'fp16', q8: 'q8 (8-bit)', q4: 'q4 (4-bit)' };

/** 1, 2, 4, 8… up to what the page may use, plus the maximum itself and whatever is selected. */
function threadChoices(max: number, selected: number): number[] {
  const set = new Set<number>([selected]);
  for (let n = 1; n <= max; n *= 2) set.add(n);
  set.add(max);
  set.delete(0);
  return [...set].sort((a, b) => a - b);
}

/** Backend, WASM threads and weights format, with what this browser can actually do. */
export function LoadOptionsFields({ settings, onChange, caps }: Props) {
  const id = useId();
  const isolated = caps?.crossOriginIsolated ?? true;
  const threadsHint = !caps
    ? 'Checking what this browser supports…'
    : !isolated
      ? 'Multi-threading needs a cross-origin isolated page (COOP/COEP headers); WASM runs on 1 thread here.'
      : settings.backend === 'webgpu'
        ? 'Threads apply to the WASM backend (used if WebGPU fails).'
        : `Up to ${caps.maxThreads} threads available.`;
  const dtypes: DtypeChoice[] = ['auto', 'fp32', 'fp16', 'q8', 'q4'];
  if (!dtypes.includes(settings.dtype)) dtypes.push(settings.dtype);

  return (
    <div className="options-grid">
      <div className="field">
        <label htmlFor={`${id}-backend`}>Backend</label>
        <select
          id={`${id}-backend`}
          value={settings.backend}
          onChange={(e) => onChange({ backend: e.target.value as ModelSettings['backend'] })}
        >
          <option value="auto">Auto</option>
          <option value="webgpu">{caps && !caps.webgpu ? 'WebGPU (not available here)' : 'WebGPU'}</option>
          <option value="wasm">WASM</option>
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-threads`}>Threads</label>
        <select
          id={`${id}-threads`}
          value={String(settings.threads)}
          disabled={!isolated}
          aria-describedby={`${id}-threads-hint`}
          onChange={(e) => onChange({ threads: Number(e.target.value) })}
        >
          <option value="0">Auto</option>
          {threadChoices(caps?.maxThreads ?? 4, settings.threads).map((n) => (
            <option key={n} value={String(n)}>
              {n}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-dtype`}>Weights</label>
        <select
          id={`${id}-dtype`}
          value={settings.dtype}
          aria-describedby={`${id}-dtype-hint`}
          onChange={(e) => onChange({ dtype: e.target.value as DtypeChoice })}
        >
          {dtypes.map((d) => (
            <option key={d} value={d}>
              {DTYPE_LABELS[d] ?? d}
            </option>
          ))}
        </select>
      </div>
      <p className="field-hint options-hint" id={`${id}-threads-hint`}>
        {threadsHint}
      </p>
      <p className="field-hint options-hint" id={`${id}-dtype-hint`}>
        Auto weights: q8 on WASM; fp16, q4 or fp32 on WebGPU. A missing format falls back to another.
      </p>
    </div>
  );
}

/** One line on what the browser offers, so fallbacks are never a surprise. */
export function CapabilitiesLine({ caps }: { caps: Capabilities }) {
  return (
    <ul className="caps" aria-label="This browser">
      {caps.webgpu ? (
        <li>
          <span className="caps-key">WebGPU</span> {caps.webgpuAdapter || 'available'}
          {caps.shaderF16 ? ' (fp16)' : ''}
        </li>
      ) : (
        <li>No WebGPU</li>
      )}
      <li>
        <span className="caps-key">Cross-origin isolated</span>{' '}
        <span data-testid="isolation-mode">
          {caps.crossOriginIsolated ? `yes, via ${isolationMode()}` : 'no: WASM runs on one thread'}
        </span>
      </li>
      <li>
        <span className="caps-key">CPU threads</span> {caps.maxThreads}
      </li>
    </ul>
  );
}
