import { useState } from 'react';
import { DTYPES } from '../../shared/model-formats';
import { plural } from '../common/format';
import type { CapabilitiesState } from './use-capabilities';
import { CapabilitiesLine } from './CapabilitiesLine';
import { LoadOptionsFields } from './LoadOptionsFields';
import { DEFAULT_SETTINGS, type ModelSettings } from './model-settings';

interface Props {
  settings: ModelSettings;
  onChange: (patch: Partial<ModelSettings>) => void;
  capabilities: CapabilitiesState;
}

const BACKEND_NAMES = { auto: 'Auto backend', webgpu: 'WebGPU', wasm: 'WASM' } as const;

function summary(s: ModelSettings): string {
  const threads = s.threads === 0 ? 'auto threads' : plural(s.threads, 'thread');
  const weights = s.dtype === 'auto' ? 'auto weights' : DTYPES[s.dtype].label;
  return `${BACKEND_NAMES[s.backend]}, ${threads}, ${weights}`;
}

const isDefault = (s: ModelSettings) =>
  s.backend === DEFAULT_SETTINGS.backend && s.threads === DEFAULT_SETTINGS.threads && s.dtype === DEFAULT_SETTINGS.dtype;

/**
 * Backend, threads and weights behind a disclosure, with what this browser offers. It starts open
 * when something other than the defaults is chosen (a link's ?backend=, saved settings), so a
 * choice that changes how the model runs is never out of sight.
 */
export function AdvancedOptions({ settings, onChange, capabilities }: Props) {
  const [startOpen] = useState(() => !isDefault(settings));
  return (
    <details className="advanced-options" open={startOpen}>
      <summary>
        Advanced: <span className="advanced-summary">{summary(settings)}</span>
      </summary>
      <LoadOptionsFields settings={settings} onChange={onChange} caps={capabilities.caps} />
      {capabilities.caps && <CapabilitiesLine caps={capabilities.caps} />}
      {capabilities.error && <p className="field-hint warn">Couldn't check this browser's capabilities: {capabilities.error.message}</p>}
    </details>
  );
}
