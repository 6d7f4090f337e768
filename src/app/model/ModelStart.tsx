import type { FormEvent, ReactNode } from 'react';
import { formatBytes } from '../common/format';
import { formModelRef } from './cached-models';
import { FAMILY_LABELS, type KnownModel } from './known-models';
import { modelDisplayName } from './last-model';
import type { LocalSelection, ModelSettings } from './model-settings';
import { selectedKnownModel } from './ModelPicker';

interface Props {
  settings: ModelSettings;
  local: LocalSelection | null;
  /** The model's files are in this browser's cache: it loads without a connection. */
  saved: boolean;
  onSubmit: (e: FormEvent) => void;
  /** Absent where the model may not be changed (a demo page). */
  onChoose?: () => void;
  /** What the load says (progress, an error, what works offline): right under its button. */
  children?: ReactNode;
}

/**
 * The first screen's model step: the model the form points at (the default on a first visit), one
 * "Load model" click away, and the full picker behind "Choose another model", so the question and
 * "Try an example" stay in view.
 */
export function ModelStart({ settings, local, saved, onSubmit, onChoose, children }: Props) {
  const known = selectedKnownModel(settings);
  const { name, facts } = known ? knownModelLines(known) : otherModelLines(settings, local);
  return (
    <form className="model-start" onSubmit={onSubmit} noValidate data-testid="model-start">
      <div className="model-start-text">
        <p className="model-start-name">
          {name} {known && <span className="picker-tag">{FAMILY_LABELS[known.family]}</span>}
        </p>
        <p className="field-hint">
          {facts}
          {facts && ' · '}
          {saved ? 'Saved in this browser: loads without a connection.' : 'Downloaded once, then kept for offline use.'}
        </p>
      </div>
      <div className="button-row">
        <button type="submit" className="button button-primary">
          Load model
        </button>
        {onChoose && (
          <button type="button" className="button button-quiet" onClick={onChoose}>
            Choose another model
          </button>
        )}
      </div>
      {children}
    </form>
  );
}

function knownModelLines(m: KnownModel): { name: string; facts: string } {
  // The smallest download is the one WASM picks by default; the picker lists every size.
  const smallest = Object.values(m.sizesMB).sort((a, b) => a - b)[0];
  const size = smallest === undefined ? '' : ` · ${formatBytes(smallest * 1e6)}`;
  return { name: m.name, facts: `${m.languages.join(', ')}${size}` };
}

function otherModelLines(settings: ModelSettings, local: LocalSelection | null): { name: string; facts: string } {
  const ref = formModelRef(settings);
  const name = ref ? modelDisplayName(ref) : (local?.name ?? 'A model folder');
  const facts =
    settings.sourceKind === 'hub' ? 'Hugging Face hub' : settings.sourceKind === 'url' ? settings.baseUrl.trim() : 'On this device';
  return { name, facts };
}
