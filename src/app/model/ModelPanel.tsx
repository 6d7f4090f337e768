import type { ReactNode } from 'react';
import { useState, type DragEvent, type FormEvent } from 'react';
import type { CapabilitiesState } from './use-capabilities';
import type { ModelController } from './use-model';
import { entriesFromDrop, selectionFromDrop } from './model-files-input';
import type { LocalSelection, ModelSettings } from './model-settings';
import { BackendBadge } from './BackendBadge';
import { dragHasFiles } from '../common/drag-has-files';
import { ErrorBanner } from '../common/ErrorBanner';
import { CapabilitiesLine } from './CapabilitiesLine';
import { LoadOptionsFields } from './LoadOptionsFields';
import { LoadProgress } from './LoadProgress';
import { ModelSourceFields } from './ModelSourceFields';
import { NoticeBanner } from '../common/NoticeBanner';

interface Props {
  settings: ModelSettings;
  onSettingsChange: (patch: Partial<ModelSettings>) => void;
  local: LocalSelection | null;
  onLocalChange: (sel: LocalSelection | null) => void;
  capabilities: CapabilitiesState;
  model: ModelController;
  onLoad: () => void;
  /** Notices from outside the load (e.g. ignored URL parameters). */
  extraNotices: readonly string[];
  onDismissExtraNotices: () => void;
  /** Extra content at the foot of the panel (the offline-model storage list). */
  footer?: ReactNode;
}

/** Where the model comes from, how it runs, and how loading it is going. Also a drop target. */
export function ModelPanel(props: Props) {
  const { settings, onSettingsChange, local, onLocalChange, capabilities, model, onLoad } = props;
  const { state } = model;
  const [dragging, setDragging] = useState(false);
  const [dropError, setDropError] = useState<unknown>(null);

  const onDrop = (e: DragEvent) => {
    if (!dragHasFiles(e)) return;
    e.preventDefault();
    setDragging(false);
    const dropped = entriesFromDrop(e.dataTransfer);
    selectionFromDrop(dropped).then(
      (sel) => {
        setDropError(null);
        if (!sel) return;
        onLocalChange(sel);
        onSettingsChange({ sourceKind: 'local' });
      },
      (err) => setDropError(err),
    );
  };
  const onDragOver = (e: DragEvent) => {
    if (!dragHasFiles(e)) return;
    e.preventDefault();
    e.dataTransfer.dropEffect = 'copy';
    setDragging(true);
  };
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    onLoad();
  };

  const notices = [...props.extraNotices, ...state.notices];
  const crashed = state.error?.code === 'WORKER_CRASHED';
  return (
    <section
      className={`card model-panel${dragging ? ' is-dragging' : ''}`}
      aria-labelledby="model-heading"
      onDragOver={onDragOver}
      onDragLeave={(e) => !e.currentTarget.contains(e.relatedTarget as Node | null) && setDragging(false)}
      onDrop={onDrop}
    >
      <h2 id="model-heading">Model</h2>
      <form onSubmit={onSubmit} noValidate>
        <ModelSourceFields settings={settings} onChange={onSettingsChange} local={local} onLocalChange={onLocalChange} />
        <LoadOptionsFields settings={settings} onChange={onSettingsChange} caps={capabilities.caps} />
        <div className="button-row">
          <button type="submit" className="button button-primary">
            Load model
          </button>
        </div>
      </form>
      {capabilities.caps && <CapabilitiesLine caps={capabilities.caps} />}
      {capabilities.error && <p className="field-hint warn">Couldn't check this browser's capabilities: {capabilities.error.message}</p>}
      <NoticeBanner
        notices={notices}
        onDismiss={() => {
          props.onDismissExtraNotices();
          model.dismissNotices();
        }}
      />
      {dropError !== null && (
        <ErrorBanner error={dropError} fallbackTitle="Couldn't read the dropped files." onDismiss={() => setDropError(null)} />
      )}
      {state.status === 'error' && state.error && (
        <ErrorBanner
          error={state.error}
          onDismiss={model.dismissError}
          action={crashed && state.request ? { label: 'Reload', onClick: model.reload } : undefined}
        />
      )}
      {state.status === 'ready' && state.info && <BackendBadge info={state.info} />}
      <LoadProgress
        files={state.files}
        phase={state.status === 'loading' ? state.phase : null}
        onCancel={model.cancel}
        fromDisk={state.request?.source.kind === 'local'}
      />
      {props.footer}
      {dragging && (
        <div className="drop-overlay" aria-hidden="true">
          Drop the model folder to use it
        </div>
      )}
    </section>
  );
}
