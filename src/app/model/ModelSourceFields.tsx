import { useId } from 'react';
import { formatBytes, plural } from '../common/format';
import type { LocalSelection, ModelSettings, SourceKind } from './model-settings';
import { selectionChecklist } from './model-files-input';
import { FilePickerButton } from './FilePickerButton';

interface Props {
  settings: ModelSettings;
  onChange: (patch: Partial<ModelSettings>) => void;
  local: LocalSelection | null;
  onLocalChange: (sel: LocalSelection | null) => void;
  /** A folder used on an earlier visit: its name, since it must be picked again. */
  rememberedFolder?: string | null;
}

/**
 * The three places a model can come from. All fields stay visible; editing one selects its source,
 * so typing a URL and pressing "Load model" loads that URL without an extra click.
 */
export function ModelSourceFields({ settings, onChange, local, onLocalChange, rememberedFolder = null }: Props) {
  const id = useId();
  const pick = (sourceKind: SourceKind) => onChange({ sourceKind });
  const radio = (kind: SourceKind, label: string) => (
    <label className="source-radio">
      <input type="radio" name={`${id}-source`} value={kind} checked={settings.sourceKind === kind} onChange={() => pick(kind)} />
      {label}
    </label>
  );
  const groupClass = (kind: SourceKind) => `source-group${settings.sourceKind === kind ? ' is-active' : ''}`;

  return (
    <fieldset className="source-fieldset">
      <legend>Model source</legend>

      <div className={groupClass('hub')}>
        {radio('hub', 'Hugging Face Hub')}
        <div className="field-row">
          <div className="field field-grow">
            <label htmlFor={`${id}-hub`}>Hugging Face model id</label>
            <input
              id={`${id}-hub`}
              type="text"
              value={settings.hubId}
              placeholder="owner/name"
              spellCheck={false}
              autoCapitalize="off"
              autoComplete="off"
              onChange={(e) => onChange({ hubId: e.target.value, sourceKind: 'hub' })}
            />
          </div>
          <div className="field field-narrow">
            <label htmlFor={`${id}-rev`}>Revision</label>
            <input
              id={`${id}-rev`}
              type="text"
              value={settings.revision}
              placeholder="main"
              spellCheck={false}
              autoCapitalize="off"
              onChange={(e) => onChange({ revision: e.target.value, sourceKind: 'hub' })}
            />
          </div>
        </div>
      </div>

      <div className={groupClass('url')}>
        {radio('url', 'Web address')}
        <div className="field">
          <label htmlFor={`${id}-url`}>Model base URL</label>
          <input
            id={`${id}-url`}
            type="url"
            inputMode="url"
            value={settings.baseUrl}
            placeholder="https://example.com/models/my-model/"
            spellCheck={false}
            autoCapitalize="off"
            onChange={(e) => onChange({ baseUrl: e.target.value, sourceKind: 'url' })}
          />
        </div>
      </div>

      <div className={groupClass('local')}>
        {radio('local', 'Files on this device')}
        <LocalPickers
          local={local}
          rememberedFolder={rememberedFolder}
          onPick={(sel) => {
            onLocalChange(sel);
            if (sel) pick('local');
          }}
        />
      </div>
    </fieldset>
  );
}

function LocalPickers({
  local,
  rememberedFolder,
  onPick,
}: {
  local: LocalSelection | null;
  rememberedFolder: string | null;
  onPick: (sel: LocalSelection | null) => void;
}) {
  const check = local ? selectionChecklist(local) : null;
  const bytes = local ? local.files.reduce((n, f) => n + f.file.size, 0) : 0;
  return (
    <div className="local-pickers">
      <div className="button-row">
        <FilePickerButton label="Choose folder…" testId="model-folder-input" folder onPick={onPick} />
        <FilePickerButton label="Choose files…" testId="model-files-input" folder={false} onPick={onPick} />
      </div>
      {!local && rememberedFolder && (
        <p className="field-hint" data-testid="remembered-folder">
          Last time you used the folder <strong>{rememberedFolder}</strong>. Browsers don't keep access to a picked folder between visits:
          choose it again to load it.
        </p>
      )}
      <p className="field-hint">Or drop a model folder or its files onto this panel. Nothing is uploaded.</p>
      {local && check && (
        <p className="local-summary" aria-live="polite">
          {/* Loose files are named by their count already; a folder is named by itself. */}
          {local.name !== `${local.files.length} files` && <strong>{local.name}: </strong>}
          {plural(local.files.length, 'file')}, {formatBytes(bytes)}. {!check.config && <span className="warn">No config.json. </span>}
          {!check.tokenizer && <span className="warn">No tokenizer.json. </span>}
          {check.onnx === 0 && <span className="warn">No .onnx weights. </span>}
        </p>
      )}
    </div>
  );
}
