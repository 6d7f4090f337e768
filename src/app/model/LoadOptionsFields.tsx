import { useId } from 'react';
import { BACKENDS, DTYPE_NAMES, DTYPES, type BackendChoice, type DtypeChoice } from '../../shared/model-formats';
import type { Capabilities } from '../../shared/protocol';
import type { ModelSettings } from './model-settings';

interface Props {
  settings: ModelSettings;
  onChange: (patch: Partial<ModelSettings>) => void;
  caps: Capabilities | null;
}

const BACKEND_LABELS: Record<(typeof BACKENDS)[number], string> = { webgpu: 'WebGPU', wasm: 'WASM' };
const dtypeLabel = (d: DtypeChoice) => (d === 'auto' ? 'Auto' : DTYPES[d].label);

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
  // Formats few models publish are listed only when already chosen (by a link or saved settings).
  const dtypes: DtypeChoice[] = ['auto', ...DTYPE_NAMES.filter((d) => DTYPES[d].listed || d === settings.dtype)];

  return (
    <div className="options-grid">
      <div className="field">
        <label htmlFor={`${id}-backend`}>Backend</label>
        <select id={`${id}-backend`} value={settings.backend} onChange={(e) => onChange({ backend: e.target.value as BackendChoice })}>
          <option value="auto">Auto</option>
          {BACKENDS.map((b) => (
            <option key={b} value={b}>
              {b === 'webgpu' && caps && !caps.webgpu ? `${BACKEND_LABELS[b]} (not available here)` : BACKEND_LABELS[b]}
            </option>
          ))}
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
              {dtypeLabel(d)}
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
