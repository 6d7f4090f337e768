import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { AnswerList } from './ask/AnswerList';
import { DocumentPane } from './document/DocumentPane';
import type { DocumentMode, FocusRequest } from './document/document-display';
import { useDocument } from './document/use-document';
import { ErrorBoundary } from './common/ErrorBoundary';
import { ModelPanel } from './model/ModelPanel';
import { EvaluatePanel, type ShownSpan } from './evaluate/EvaluatePanel';
import type { QaAnswer } from '../shared/answers';
import { UpdatePrompt } from './pwa/UpdatePrompt';
import { QuestionBox } from './ask/QuestionBox';
import { useAnnouncer } from './ask/use-announcer';
import { useAsk } from './ask/use-ask';
import { useFoldedGuesses } from './ask/use-folded-guesses';
import { shownAnswers } from './ask/answer-groups';
import { SkipLink } from './common/SkipLink';
import { useReadingOptions } from './ask/use-reading-options';
import { useCapabilities } from './model/use-capabilities';
import { useModel } from './model/use-model';
import { useModelSettings } from './model/use-model-settings';
import { usePreventFileNavigation } from './document/use-prevent-file-navigation';
import { isBoolean, isString, usePersistedState } from './common/use-persisted-state';
import type { OpenedDocument } from '../shared/documents';
import { toLoadRequest, type LoadRequest } from './model/model-settings';
import { toQaError } from '../shared/errors';
import { startupParams } from './model/url-params';
import { useSample } from './sample/use-sample';
import { SampleOffer } from './sample/SampleOffer';
import { SampleQuestions } from './sample/SampleQuestions';
import { useQaHistory } from './history/use-history';
import { HistoryPanel } from './history/HistoryPanel';
import { CopyAnswerButton } from './history/CopyAnswerButton';
import type { HistoryEntry } from './history/history-entry';

const TOP_K = 5;
const QUESTION_INPUT_ID = 'question';

export function App() {
  const settings = useModelSettings();
  const capabilities = useCapabilities();
  const model = useModel();
  const ask = useAsk();
  const reading = useReadingOptions();
  const [question, setQuestion] = usePersistedState('question', '', isString);
  const [allowNull, setAllowNull] = usePersistedState('allow-null', true, isBoolean);
  const [heatmap, setHeatmap] = usePersistedState('heatmap', false, isBoolean);
  // The display and page survive a reload with the document, so a PDF comes back on the page it was on.
  const [mode, setMode] = usePersistedState<DocumentMode>('document-mode', 'edit', isMode);
  const [page, setPage] = usePersistedState('pdf-page', 1, isPage);
  const [focusRequest, setFocusRequest] = useState<FocusRequest | null>(null);
  // A span opened from the Evaluate panel's misses, shown until the next question.
  const [shown, setShown] = useState<ShownSpan | null>(null);
  const status = useAnnouncer(model.state, ask.state);
  const [foldOpen, setFoldOpen] = useFoldedGuesses(ask.state);
  usePreventFileNavigation();

  const { settings: form, local } = settings;
  const { load, fail } = model;
  const { cancel: cancelAsk, dismissError: dismissAskError, reset: resetAsk } = ask;
  // One error at a time in the working area: fixing the input clears the complaint about it, and a
  // new problem (a file that won't open, a new question) replaces the previous one.
  const docApi = useDocument({
    onOpened: (doc: OpenedDocument) => {
      dismissAskError();
      setShown(null);
      setPage(1);
      // A PDF opens on its text with the page rules (or its first page, from the page view); other files open ready to edit.
      setMode((m) => (doc.kind !== 'pdf' ? 'edit' : m === 'page' ? 'page' : 'view'));
    },
    onInputChanged: dismissAskError,
  });
  const { doc, setPlainText } = docApi;
  const text = doc.text;
  const sample = useSample(doc, setPlainText);
  const history = useQaHistory(doc, ask.state);
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
    return result && sameText ? { answers: shownAnswers(result, foldOpen), heatmap: result.heatmap } : null;
  }, [result, sameText, shown, text, foldOpen]);
  const onShowSpan = useCallback(
    (span: ShownSpan) => {
      setShown(span);
      setPlainText(span.context, 'SQuAD paragraph');
      setMode('view');
      setFocusRequest((f) => ({ rank: 1, seq: (f?.seq ?? 0) + 1, reveal: true }));
    },
    [setPlainText, setMode],
  );

  // Finished answers are shown in the document at once, scrolled to the best one; "Edit" goes back.
  useEffect(() => {
    if (ask.state.status === 'done' && ask.state.result && !ask.state.result.noAnswer && ask.state.result.answers.length > 0) {
      // The page view stays the page view (turned to the best answer's page); otherwise the marked text.
      setMode((m) => (m === 'page' ? m : 'view'));
      setFocusRequest((f) => ({ rank: 1, seq: (f?.seq ?? 0) + 1, reveal: false }));
    }
  }, [ask.state.status, ask.state.result, setMode]);

  // After a crash the model panel already explains it (with Reload); a second alert would repeat it.
  const crashShown = model.state.error?.code === 'WORKER_CRASHED';
  useEffect(() => {
    if (crashShown && ask.state.error?.code === 'WORKER_CRASHED') dismissAskError();
  }, [crashShown, ask.state.error, dismissAskError]);

  const onQuestionChange = (q: string) => {
    setQuestion(q);
    dismissAskError();
  };
  // Clear empties both boxes and forgets their answers and the saved document (IndexedDB, at once;
  // the question follows debounced and flushed on reload), so a cleared document does not come back.
  const onClear = () => {
    history.clear();
    resetAsk();
    docApi.clear();
    setQuestion('');
    setShown(null);
    setMode('edit');
  };
  const onAsk = (q: string = question) => {
    docApi.setFileError(null);
    setShown(null);
    ask.ask(q, text, { topK: TOP_K, allowNull, heatmap, ...reading.options });
  };
  const onSelectAnswer = (rank: number) => {
    if (!highlights) return;
    setMode((m) => (m === 'page' && doc.kind === 'pdf' ? m : 'view'));
    setFocusRequest((f) => ({ rank, seq: (f?.seq ?? 0) + 1, reveal: true, focus: true }));
  };

  const blockedReason =
    model.state.status === 'ready'
      ? null
      : model.state.status === 'loading'
        ? 'The model is still loading; you can ask as soon as it is ready.'
        : model.state.status === 'error'
          ? 'No model is loaded: fix the problem shown under Model and load again.'
          : 'Load a model first (under Model), then ask.';

  // A sample question or a history entry fills the question box, and asks it when a model is ready.
  const askNow = (q: string) => {
    onQuestionChange(q);
    if (!blockedReason) onAsk(q);
  };
  const showFromHistory = (entry: HistoryEntry) => {
    onQuestionChange(entry.question);
    setShown(null);
    ask.show(entry.question, text, history.resultOf(entry));
  };

  return (
    <div className="app">
      <SkipLink target={QUESTION_INPUT_ID} label="Skip to question" />
      <header className="app-header">
        <div className="brand">
          <img src="./favicon.svg" alt="" width={32} height={32} />
          <div>
            <h1>Ask your document</h1>
            <p className="tagline">A question-answering model that runs in your browser. Your text never leaves this device.</p>
          </div>
        </div>
        {/* Seen, updated passage by passage; the one live region below speaks only milestones. */}
        <p className="status-line" aria-hidden="true" data-testid="status" data-tone={status.tone} title={status.line}>
          {status.line}
        </p>
        <p className="visually-hidden" role="status" aria-live="polite" data-testid="announcer">
          {status.spoken}
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
        <ErrorBoundary area="The question">
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
              inputId={QUESTION_INPUT_ID}
            />
            <SampleQuestions sample={sample} onPick={askNow} />
          </section>
        </ErrorBoundary>
        <ErrorBoundary area="The answers">
          <section className="card answers-card" aria-label="Answers">
            <AnswerList
              ask={ask.state}
              onSelect={onSelectAnswer}
              onReadRest={ask.readRest}
              layout={sameText ? doc.pdf : undefined}
              foldOpen={foldOpen}
              onFoldChange={setFoldOpen}
              actions={(a) => (
                <CopyAnswerButton
                  key={ask.state.question}
                  answer={a}
                  question={ask.state.question}
                  context={ask.state.context}
                  source={doc.name || 'Pasted text'}
                />
              )}
            />
            <HistoryPanel history={history} onShow={showFromHistory} onAsk={blockedReason ? null : askNow} onFill={onQuestionChange} />
          </section>
        </ErrorBoundary>
        <ErrorBoundary area="The document">
          <DocumentPane
            document={docApi}
            highlights={highlights}
            stale={!!result && result.answers.length > 0 && !sameText}
            mode={mode}
            onModeChange={setMode}
            heatmapEnabled={heatmap}
            onHeatmapChange={setHeatmap}
            focusRequest={focusRequest}
            page={page}
            onPageChange={setPage}
            onClear={onClear}
            canClear={text.length > 0 || question.length > 0}
            intro={<SampleOffer sample={sample} />}
          />
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

const isMode = (v: unknown): v is DocumentMode => v === 'edit' || v === 'view' || v === 'page';
const isPage = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 1;

/** A SQuAD miss's span, shaped like an answer so the document view can highlight it. */
function shownAnswer(span: ShownSpan): QaAnswer {
  return {
    text: span.context.slice(span.start, span.end),
    start: span.start,
    end: span.end,
    score: 1,
    share: 1,
    startLogit: 0,
    endLogit: 0,
    tokenStart: 0,
    tokenEnd: 0,
  };
}
