import { useId, useState } from 'react';
import { formatBytes } from '../common/format';
import { FAMILY_LABELS, findKnownModel, KNOWN_MODELS, type KnownModel, type PublishedScore, type SizedDtype } from './known-models';
import type { LocalSelection, ModelSettings } from './model-settings';
import { ModelSourceFields } from './ModelSourceFields';

interface Props {
  settings: ModelSettings;
  onChange: (patch: Partial<ModelSettings>) => void;
  local: LocalSelection | null;
  onLocalChange: (sel: LocalSelection | null) => void;
  rememberedFolder: string | null;
}

const OTHER = 'other';

/** The curated, loadable model the form points at, if it points at one (a hub id on its main revision). */
export function selectedKnownModel(settings: ModelSettings): KnownModel | undefined {
  if (settings.sourceKind !== 'hub' || (settings.revision.trim() || 'main') !== 'main') return undefined;
  const known = findKnownModel(settings.hubId);
  // One not loadable yet has no radio: its id stays visible, and editable, under "Another model".
  return known?.loadable ? known : undefined;
}

/**
 * Models known to work, one radio each with what its card says, and "Another model" for any hub id,
 * URL or folder. Models the app cannot run yet are listed apart (NotYetLoadable), with the reason.
 */
export function ModelPicker({ settings, onChange, local, onLocalChange, rememberedFolder }: Props) {
  const id = useId();
  const known = selectedKnownModel(settings);
  // "Another model" stays open once chosen, even while its fields still name a curated model.
  const [otherChosen, setOtherChosen] = useState(false);
  const selected = otherChosen || !known ? OTHER : known.hubId;
  const option = (m: KnownModel) => (
    <KnownModelOption
      key={m.hubId}
      model={m}
      name={`${id}-model`}
      checked={selected === m.hubId}
      onSelect={() => {
        setOtherChosen(false);
        onChange({ sourceKind: 'hub', hubId: m.hubId, revision: 'main' });
      }}
    />
  );

  return (
    <fieldset className="model-picker">
      <legend>Choose a model</legend>
      <p className="picker-note">Scores are those published on each model's card; the ONNX files are conversions by the publisher named.</p>
      <ul className="picker-list">
        {KNOWN_MODELS.filter((m) => m.loadable).map(option)}
        <li className={`picker-option${selected === OTHER ? ' is-checked' : ''}`}>
          <label className="picker-label">
            <input type="radio" name={`${id}-model`} value={OTHER} checked={selected === OTHER} onChange={() => setOtherChosen(true)} />
            <span className="picker-name">Another model</span>
          </label>
          <p className="picker-meta">Any Hugging Face id, a web address or a model folder on this device.</p>
        </li>
      </ul>
      {/* Hidden rather than unmounted: a folder dropped or picked while a curated model is selected still lands here. */}
      <div className="picker-other" hidden={selected !== OTHER}>
        <ModelSourceFields
          settings={settings}
          onChange={onChange}
          local={local}
          onLocalChange={onLocalChange}
          rememberedFolder={rememberedFolder}
        />
      </div>
    </fieldset>
  );
}

interface OptionProps {
  model: KnownModel;
  name: string;
  checked: boolean;
  onSelect: () => void;
}

function KnownModelOption({ model: m, name, checked, onSelect }: OptionProps) {
  const metaId = useId();
  return (
    <li className={`picker-option${checked ? ' is-checked' : ''}`} data-testid="known-model" data-hub-id={m.hubId}>
      <label className="picker-label">
        <input type="radio" name={name} value={m.hubId} checked={checked} onChange={onSelect} aria-describedby={metaId} />
        <ModelTitle model={m} />
      </label>
      <ModelFacts model={m} id={metaId} />
    </li>
  );
}

/**
 * The curated models the app cannot run yet (loadable: false), with what their cards say and why,
 * so the list shows what is coming without offering a load that would fail.
 */
export function NotYetLoadable() {
  const headingId = useId();
  const models = KNOWN_MODELS.filter((m) => !m.loadable);
  if (models.length === 0) return null;
  return (
    // Folded: it explains, but is not a choice, so it does not push the question down a phone's screen.
    <details className="not-yet-loadable">
      <summary className="picker-group-title">
        <span id={headingId}>Not loadable yet</span> ({models.length})
      </summary>
      <ul className="picker-list" aria-labelledby={headingId}>
        {models.map((m) => (
          <li key={m.hubId} className="picker-option is-unavailable" data-testid="known-model" data-hub-id={m.hubId}>
            <ModelTitle model={m} />
            <ModelFacts model={m} />
          </li>
        ))}
      </ul>
    </details>
  );
}

function ModelTitle({ model: m }: { model: KnownModel }) {
  return (
    <span className="picker-title">
      <span className="picker-name">{m.name}</span> <span className="picker-tag">{FAMILY_LABELS[m.family]}</span>
    </span>
  );
}

function ModelFacts({ model: m, id }: { model: KnownModel; id?: string }) {
  return (
    <div className="picker-meta" id={id}>
      <p>
        {m.languages.join(', ')} · {sizesText(m)}
      </p>
      <p>
        {scoreText(m.score)} ·{' '}
        <a href={m.cardUrl} target="_blank" rel="noreferrer">
          model card
        </a>
        {m.score.url !== m.cardUrl && (
          <>
            {' '}
            ·{' '}
            <a href={m.score.url} target="_blank" rel="noreferrer">
              score source
            </a>
          </>
        )}
      </p>
      {m.exportedBy && <p>ONNX export by {m.exportedBy}</p>}
      {m.blocker && <p className="warn">{m.blocker}</p>}
    </div>
  );
}

const SIZE_ORDER: readonly SizedDtype[] = ['q8', 'fp16', 'fp32'];

export function sizesText(m: KnownModel): string {
  const parts = SIZE_ORDER.filter((d) => m.sizesMB[d] !== undefined).map((d) => `${d} ${formatBytes(m.sizesMB[d]! * 1e6)}`);
  return parts.length ? parts.join(', ') : 'download size not known';
}

const scoreFormat = new Intl.NumberFormat(undefined, { maximumFractionDigits: 2 });

export function scoreText(s: PublishedScore): string {
  const f1 = s.f1 === null ? 'F1 not stated' : `F1 ${scoreFormat.format(s.f1)}`;
  const em = s.exactMatch === null ? 'EM not stated' : `EM ${scoreFormat.format(s.exactMatch)}`;
  return `${s.dataset}: ${f1}, ${em}`;
}
