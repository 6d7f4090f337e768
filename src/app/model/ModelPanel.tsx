import { useEffect, useRef, useState, type DragEvent, type FormEvent } from 'react';
import type { CapabilitiesState } from './use-capabilities';
import type { ModelController } from './use-model';
import { entriesFromDrop, selectionFromDrop } from './model-files-input';
import type { LocalSelection, ModelSettings } from './model-settings';
import { dragHasFiles } from '../common/drag-has-files';
import { ErrorBanner } from '../common/ErrorBanner';
import { NoticeBanner } from '../common/NoticeBanner';
import { cacheBaseOf, cachedLoadOptions, cachedModelRef, formModelRef, sourcePatch } from './cached-models';
import { StoragePanel } from './StoragePanel';
import { useModelStorage, type CachedModel } from './use-model-storage';
import { useOnline } from '../pwa/use-online';
import { AdvancedOptions } from './AdvancedOptions';
import { CapabilitiesLine } from './CapabilitiesLine';
import { lastModelOf } from './last-model';
import { LoadProgress } from './LoadProgress';
import { ModelBar } from './ModelBar';
import { ModelPicker, NotYetLoadable } from './ModelPicker';
import { ModelStart } from './ModelStart';
import { OfflineHelp } from './OfflineHelp';
import { useLastModel } from './use-last-model';
import { savedModel, useReturnVisit } from './use-return-visit';
import { startupParams } from './url-params';
import { demoPage } from '../demo/demo-page';

interface Props {
  settings: ModelSettings;
  onSettingsChange: (patch: Partial<ModelSettings>) => void;
  local: LocalSelection | null;
  onLocalChange: (sel: LocalSelection | null) => void;
  capabilities: CapabilitiesState;
  model: ModelController;
  /** Loads what the form currently says. */
  onLoad: () => void;
  /** Notices from outside the load (e.g. ignored URL parameters). */
  extraNotices: readonly string[];
  onDismissExtraNotices: () => void;
}

/**
 * Which model, how it runs, how loading it goes, and what is saved for offline use. Once a model is
 * ready the panel folds into one bar; "Change" opens the picker again. Also a drop target.
 */
export function ModelPanel(props: Props) {
  const { settings, onSettingsChange, local, onLocalChange, capabilities, model, onLoad } = props;
  const { state } = model;
  const [dragging, setDragging] = useState(false);
  const [dropError, setDropError] = useState<unknown>(null);
  const [changing, setChanging] = useState(false);
  const last = useLastModel(state);
  const storage = useModelStorage(state.status);
  const online = useOnline();
  // A demo page shows its own model, under its own name; other models only where the demo allows them.
  const demo = demoPage.manifest;
  const canChange = !demo || demo.allowOtherModels;
  const demoBase = demo && startupParams.source?.kind === 'url' ? startupParams.source.baseUrl : null;
  const collapsed = state.status === 'ready' && state.info !== null && state.request !== null && !changing;
  // Until a model is ready, the first screen shows the one the form names, one click from loading;
  // the picker opens on "Choose another model", for a folder still to pick, or for a form to fix.
  const formError = state.status === 'error' && state.error?.code === 'INPUT_INVALID';
  const compact = !collapsed && !changing && !formError && (settings.sourceKind !== 'local' || local !== null);

  // A choice made and loaded in one click (a saved model, a folder): onLoad reads the form, which
  // shows the new choice only on the next render, so the load waits for that render.
  const [loadQueued, setLoadQueued] = useState(false);
  useEffect(() => {
    if (!loadQueued) return;
    setLoadQueued(false);
    onLoad();
  }, [loadQueued, onLoad]);

  // Focus follows the panel's shape: into the picker on "Change", onto "Change" when a load started
  // here folds the panel and the focused control went with it. Focus the user moved elsewhere stays.
  const changeRef = useRef<HTMLButtonElement>(null);
  const pickerRef = useRef<HTMLDivElement>(null);
  const focusOnFold = useRef(false);
  const focusPicker = useRef(false);
  useEffect(() => {
    if (collapsed && focusOnFold.current) {
      focusOnFold.current = false;
      if (document.activeElement === document.body || document.activeElement === null) changeRef.current?.focus();
    }
    if (!collapsed && !compact && focusPicker.current) {
      focusPicker.current = false;
      pickerRef.current?.querySelector<HTMLInputElement>('input[type="radio"]:checked')?.focus();
    }
  }, [collapsed, compact]);

  const beginLoad = () => {
    setChanging(false);
    focusOnFold.current = true;
  };
  const loadWith = (patch: Partial<ModelSettings>) => {
    beginLoad();
    onSettingsChange(patch);
    setLoadQueued(true);
  };
  const loadCached = (m: CachedModel) =>
    loadWith({ ...sourcePatch(cachedModelRef(m.baseUrl)), ...cachedLoadOptions(m.files, settings, capabilities.caps) });
  useReturnVisit({
    enabled: !startupParams.source && !startupParams.autoload,
    last,
    storage,
    ready: capabilities.caps !== null || capabilities.error !== null,
    idle: state.status === 'idle',
    onLoadCached: loadCached,
  });
  const choose = () => {
    focusPicker.current = true;
    setChanging(true);
  };
  const loadFolder = (sel: LocalSelection | null) => {
    if (!sel) return;
    onLocalChange(sel);
    loadWith({ sourceKind: 'local' });
  };
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    beginLoad();
    onLoad();
  };

  const onDrop = (e: DragEvent) => {
    if (!dragHasFiles(e)) return;
    e.preventDefault();
    setDragging(false);
    selectionFromDrop(entriesFromDrop(e.dataTransfer)).then(
      (sel) => {
        setDropError(null);
        if (!sel) return;
        onLocalChange(sel);
        onSettingsChange({ sourceKind: 'local' });
        setChanging(true); // Show the dropped folder, even over a loaded model.
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

  const notices = [...props.extraNotices, ...state.notices];
  const crashed = state.error?.code === 'WORKER_CRASHED';
  const inUse = state.status === 'ready' && state.request ? cacheBaseOf(lastModelOf(state.request.source)) : null;
  const offlineHelp = (state.status === 'error' && state.error?.code === 'NETWORK') || (!online && state.status === 'idle');
  const noticeBanner = (
    <NoticeBanner
      notices={notices}
      onDismiss={() => {
        props.onDismissExtraNotices();
        model.dismissNotices();
      }}
    />
  );

  // Next to the button that caused it, and focused (takeFocus), so it is seen and heard where it is.
  const feedback = (
    <>
      {dropError !== null && (
        <ErrorBanner error={dropError} fallbackTitle="Couldn't read the dropped files." onDismiss={() => setDropError(null)} takeFocus />
      )}
      {state.status === 'error' && state.error && (
        <ErrorBanner
          error={state.error}
          onDismiss={model.dismissError}
          action={crashed && state.request ? { label: 'Reload', onClick: model.reload } : undefined}
          takeFocus
        />
      )}
      {offlineHelp && (
        <OfflineHelp online={online} models={storage.models} onLoadCached={loadCached} onPickFolder={loadFolder} inUse={inUse} />
      )}
      <LoadProgress
        files={state.files}
        phase={state.status === 'loading' ? state.phase : null}
        onCancel={model.cancel}
        fromDisk={state.request?.source.kind === 'local'}
      />
    </>
  );

  return (
    <section
      className={`card model-panel${collapsed ? ' is-collapsed' : ''}${compact ? ' is-compact' : ''}${dragging ? ' is-dragging' : ''}`}
      aria-labelledby="model-heading"
      onDragOver={onDragOver}
      onDragLeave={(e) => !e.currentTarget.contains(e.relatedTarget as Node | null) && setDragging(false)}
      onDrop={onDrop}
    >
      {collapsed && state.request && state.info ? (
        <>
          <ModelBar
            headingId="model-heading"
            source={state.request.source}
            name={demo && state.request.source.kind === 'url' && state.request.source.baseUrl === demoBase ? demo.card.name : undefined}
            info={state.info}
            changeRef={changeRef}
            onChange={canChange ? choose : undefined}
          />
          {capabilities.caps && <CapabilitiesLine caps={capabilities.caps} />}
          {noticeBanner}
        </>
      ) : (
        <>
          <div className="model-panel-head">
            <h2 id="model-heading">Model</h2>
            {state.status === 'ready' && changing && (
              <button
                type="button"
                className="button button-quiet"
                onClick={() => {
                  focusOnFold.current = true;
                  setChanging(false);
                }}
              >
                Keep current model
              </button>
            )}
          </div>
          {noticeBanner}
          {compact ? (
            <ModelStart
              settings={settings}
              local={local}
              saved={savedModel(formModelRef(settings), storage.models) !== null}
              onSubmit={onSubmit}
              onChoose={canChange ? choose : undefined}
            >
              {feedback}
            </ModelStart>
          ) : (
            <form onSubmit={onSubmit} noValidate>
              <div ref={pickerRef}>
                <ModelPicker
                  settings={settings}
                  onChange={onSettingsChange}
                  local={local}
                  onLocalChange={onLocalChange}
                  rememberedFolder={last?.kind === 'local' ? last.name : null}
                />
              </div>
              <div className="button-row">
                <button type="submit" className="button button-primary">
                  Load model
                </button>
              </div>
              {feedback}
              <AdvancedOptions settings={settings} onChange={onSettingsChange} capabilities={capabilities} />
            </form>
          )}
          {!compact && (
            <>
              <NotYetLoadable />
              <StoragePanel storage={storage} onLoad={loadCached} inUse={inUse} />
            </>
          )}
        </>
      )}
      {dragging && (
        <div className="drop-overlay" aria-hidden="true">
          Drop the model folder to use it
        </div>
      )}
    </section>
  );
}
