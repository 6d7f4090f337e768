import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { AnswerList } from './ask/AnswerList';
import { DocumentPane, type DocumentMode, type FocusRequest } from './document/DocumentPane';
import { ErrorBoundary } from './common/ErrorBoundary';
import { ModelPanel } from './model/ModelPanel';
import { EvaluatePanel, type ShownSpan } from './evaluate/EvaluatePanel';
import type { QaAnswer } from '../shared/answers';
import { UpdatePrompt } from './pwa/UpdatePrompt';
import { QuestionBox } from './ask/QuestionBox';
import { useAnnouncer } from './common/use-announcer';
import { useAsk } from './ask/use-ask';
import { useReadingOptions } from './ask/use-reading-options';
import { useCapabilities } from './model/use-capabilities';
import { useModel } from './model/use-model';
import { useModelSettings } from './model/use-model-settings';
import { usePreventFileNavigation } from './document/use-prevent-file-navigation';
import { isBoolean, isString, usePersistedState } from './common/use-persisted-state';
import { toLoadRequest, type LoadRequest } from './model/model-settings';
import { toQaError } from '../shared/errors';
import { startupParams } from './model/url-params';

const TOP_K = 5;

export function App() {
  const settings = useModelSettings();
  const capabilities = useCapabilities();
  const model = useModel();
  const ask = useAsk();
  const reading = useReadingOptions();
  const [text, setText, textStored] = usePersistedState('document', '', isString, 500);
  const [question, setQuestion] = usePersistedState('question', '', isString);
  const [allowNull, setAllowNull] = usePersistedState('allow-null', true, isBoolean);
  const [heatmap, setHeatmap] = usePersistedState('heatmap', false, isBoolean);
  const [mode, setMode] = useState<DocumentMode>('edit');
  const [focusRequest, setFocusRequest] = useState<FocusRequest | null>(null);
  const [fileError, setFileError] = useState<unknown>(null);
  // A span opened from the Evaluate panel's misses, shown until the next question.
  const [shown, setShown] = useState<ShownSpan | null>(null);
  const status = useAnnouncer(model.state, ask.state);
  usePreventFileNavigation();

  const { settings: form, local } = settings;
  const { load, fail } = model;
  const { cancel: cancelAsk, dismissError: dismissAskError, reset: resetAsk } = ask;
  const loadModel = useCallback(() => {
    // A new model may restart the worker: stop the question in flight rather than leave it hanging.
    cancelAsk();
    dismissAskError();
    let request: LoadRequest;
    try {
      request = toLoadRequest(form, local);
    } catch (e) {
      return fail(toQaError(e));
    }
    load(request);
  }, [form, local, load, fail, cancelAsk, dismissAskError]);

  // ?autoload=1 loads once at start-up; the ref keeps StrictMode's second effect run from reloading.
  const autoloaded = useRef(false);
  useEffect(() => {
    if (!startupParams.autoload || autoloaded.current) return;
    autoloaded.current = true;
    loadModel();
  }, [loadModel]);

  const result = ask.state.result;
  const sameText = ask.state.context === text && text.length > 0;
  const highlights = useMemo(() => {
    if (shown && shown.context === text) return { answers: shown.start >= 0 ? [shownAnswer(shown)] : [] };
    return result && sameText ? { answers: result.answers, heatmap: result.heatmap } : null;
  }, [result, sameText, shown, text]);
  const onShowSpan = useCallback(
    (span: ShownSpan) => {
      setShown(span);
      setText(span.context);
      setMode('view');
      setFocusRequest((f) => ({ rank: 1, seq: (f?.seq ?? 0) + 1, reveal: true }));
    },
    [setText],
  );

  // Finished answers are shown in the document at once, scrolled to the best one; "Edit" goes back.
  useEffect(() => {
    if (ask.state.status === 'done' && ask.state.result && !ask.state.result.noAnswer && ask.state.result.answers.length > 0) {
      setMode('view');
      setFocusRequest((f) => ({ rank: 1, seq: (f?.seq ?? 0) + 1, reveal: false }));
    }
  }, [ask.state.status, ask.state.result]);

  // After a crash the model panel already explains it (with Reload); a second alert would repeat it.
  const crashShown = model.state.error?.code === 'WORKER_CRASHED';
  useEffect(() => {
    if (crashShown && ask.state.error?.code === 'WORKER_CRASHED') dismissAskError();
  }, [crashShown, ask.state.error, dismissAskError]);

  // One error at a time in the working area: fixing the input clears the complaint about it, and a
  // new problem (a file that won't open, a new question) replaces the previous one.
  const onTextChange = (t: string) => {
    setText(t);
    setFileError(null);
    dismissAskError();
  };
  const onQuestionChange = (q: string) => {
    setQuestion(q);
    dismissAskError();
  };
  const onFileError = (e: unknown) => {
    setFileError(e);
    if (e !== null) dismissAskError();
  };
  // Clear empties both boxes and forgets their answers; the saved copies follow (debounced, and
  // flushed on reload), so a cleared document does not come back.
  const onClear = () => {
    resetAsk();
    setText('');
    setQuestion('');
    setShown(null);
    setFileError(null);
    setMode('edit');
  };
  const onAsk = () => {
    setFileError(null);
    setShown(null);
    ask.ask(question, text, { topK: TOP_K, allowNull, heatmap, ...reading.options });
  };
  const onSelectAnswer = (rank: number) => {
    if (!highlights) return;
    setMode('view');
    setFocusRequest((f) => ({ rank, seq: (f?.seq ?? 0) + 1, reveal: true }));
  };

  const blockedReason =
    model.state.status === 'ready'
      ? null
      : model.state.status === 'loading'
        ? 'The model is still loading; you can ask as soon as it is ready.'
        : model.state.status === 'error'
          ? 'No model is loaded: fix the problem shown under Model and load again.'
          : 'Load a model first (under Model), then ask.';

  return (
    <div className="app">
      <header className="app-header">
        <div className="brand">
          <img src="./favicon.svg" alt="" width={32} height={32} />
          <div>
            <h1>Ask your document</h1>
            <p className="tagline">A question-answering model that runs in your browser. Your text never leaves this device.</p>
          </div>
        </div>
        <p className="status-line" role="status" aria-live="polite" data-testid="status" data-tone={status.tone} title={status.text}>
          {status.text}
        </p>
      </header>
      <UpdatePrompt busy={ask.state.status === 'running'} />
      <main className="layout">
        <ErrorBoundary area="The model panel">
          <ModelPanel
            settings={form}
            onSettingsChange={settings.update}
            local={local}
            onLocalChange={settings.setLocal}
            capabilities={capabilities}
            model={model}
            onLoad={loadModel}
            extraNotices={settings.urlNotices}
            onDismissExtraNotices={settings.dismissUrlNotices}
          />
        </ErrorBoundary>
        <ErrorBoundary area="The document">
          <DocumentPane
            text={text}
            onTextChange={onTextChange}
            highlights={highlights}
            stale={!!result && result.answers.length > 0 && !sameText}
            mode={mode}
            onModeChange={setMode}
            heatmapEnabled={heatmap}
            onHeatmapChange={setHeatmap}
            focusRequest={focusRequest}
            fileError={fileError}
            onFileError={onFileError}
            onClear={onClear}
            canClear={text.length > 0 || question.length > 0}
            stored={textStored}
          />
        </ErrorBoundary>
        <ErrorBoundary area="The answers">
          <section className="card ask-card">
            <h2>Ask</h2>
            <QuestionBox
              question={question}
              onQuestionChange={onQuestionChange}
              onAsk={onAsk}
              onCancel={ask.cancel}
              blockedReason={blockedReason}
              ask={ask.state}
              onDismissError={ask.dismissError}
              allowNull={allowNull}
              onAllowNullChange={setAllowNull}
              readingOptions={reading.options}
              onReadingOptionsChange={reading.update}
            />
            <AnswerList ask={ask.state} onSelect={onSelectAnswer} onReadRest={ask.readRest} />
          </section>
        </ErrorBoundary>
        <ErrorBoundary area="The evaluation">
          <EvaluatePanel modelReady={model.state.status === 'ready'} onShowSpan={onShowSpan} />
        </ErrorBoundary>
      </main>
      <footer className="app-footer">
        <p>Runs on onnxruntime-web with WebGPU or WebAssembly. Models are cached in the browser for offline use.</p>
      </footer>
    </div>
  );
}

/** A SQuAD miss's span, shaped like an answer so the document view can highlight it. */
function shownAnswer(span: ShownSpan): QaAnswer {
  return {
    text: span.context.slice(span.start, span.end),
    start: span.start,
    end: span.end,
    score: 1,
    startLogit: 0,
    endLogit: 0,
    tokenStart: 0,
    tokenEnd: 0,
  };
}
