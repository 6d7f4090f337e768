import { DocumentPane } from './document/DocumentPane';
import { useDocument } from './document/use-document';
import { useDocumentView } from './document/use-document-view';
import { ErrorBoundary } from './common/ErrorBoundary';
import { ModelPanel } from './model/ModelPanel';
import { EvaluatePanel } from './evaluate/EvaluatePanel';
import { useEvaluateBridge } from './evaluate/use-evaluate-bridge';
import { UpdatePrompt } from './pwa/UpdatePrompt';
import { useAnnouncer } from './ask/use-announcer';
import { useAsk } from './ask/use-ask';
import { useFoldedGuesses } from './ask/use-folded-guesses';
import { blockedReason as blockedBy, useQuestion } from './ask/use-question';
import { SkipLink } from './common/SkipLink';
import { useCapabilities } from './model/use-capabilities';
import { useModel } from './model/use-model';
import { useModelLoader } from './model/use-model-loader';
import { useModelSettings } from './model/use-model-settings';
import { startupParams } from './model/url-params';
import { usePreventFileNavigation } from './document/use-prevent-file-navigation';
import { useSample } from './sample/use-sample';
import { SampleAttribution } from './sample/SampleOffer';
import { AskCard } from './AskCard';
import { useQaHistory } from './history/use-history';
import { useWorkspace } from './workspace/use-workspace';
import { workspacePorts } from './workspace/workspace-ports';
import { AppHeader } from './AppHeader';
import { ANSWERS_ID, AnswersCard } from './AnswersCard';
import { useHighlights } from './workspace/use-highlights';
import { takeRemoved } from './workspace/library-removal';
import { demoPage } from './demo/demo-page';
import { demoExamples } from './demo/demo-examples';
import { AboutModelCard } from './demo/AboutModelCard';
import { LibraryPanel } from './library/LibraryPanel';
import { LibraryQuestion } from './library/LibraryQuestion';
import { useLibrary } from './library/use-library';
import { useLibraryAsk } from './library/use-library-ask';
import { cellResult, documentResult } from './library/document-result';
import { QuestionGrid } from './library/QuestionGrid';
import { useGrid } from './library/use-grid';
import { loadLibraryDocument } from './library/library-store';
import type { StoredDocument } from './document/document-store';

const QUESTION_INPUT_ID = 'question';
// A demo page (npm run demo) brings its model card and its examples; null on the plain app.
const demo = demoPage.manifest;
const DEMO_EXAMPLES = demo ? demoExamples(demo.examples) : null;
// ?embed=1 (an <iframe> on someone's page): the question, the document and the answers, no chrome.
const embed = startupParams.embed;

/** Layout and wiring: each feature keeps its state in its hook, the rules between them live in workspace/. */
export function App() {
  const settings = useModelSettings();
  const capabilities = useCapabilities();
  const model = useModel();
  const ask = useAsk();
  const q = useQuestion();
  const { view, apply } = useDocumentView();
  const bridge = useEvaluateBridge();
  const status = useAnnouncer(model.state, ask.state);
  const [foldOpen, setFoldOpen] = useFoldedGuesses(ask.state);
  usePreventFileNavigation();

  const { settings: form, local } = settings;
  const docApi = useDocument({
    onOpened: (doc) => dispatch({ type: 'document-opened', kind: doc.kind }),
    onInputChanged: () => dispatch({ type: 'input-changed' }),
    onForgotten: (forgotten) => history.forget(forgotten.text),
  });
  const { doc } = docApi;
  const text = doc.text;
  // After "Try an example" the question is next (the rules fill in the example's first one).
  const onExample = (first: string | null) => {
    dispatch({ type: 'example-opened', question: first, typed: q.question });
    document.getElementById(QUESTION_INPUT_ID)?.focus();
  };
  const sample = useSample(doc, docApi.setPlainText, onExample, startupParams.example, DEMO_EXAMPLES);
  const history = useQaHistory(doc, ask.state, model.state.info);
  const dispatch = useWorkspace(
    workspacePorts({ ask, document: docApi, question: q, view: apply, setShown: bridge.setShown, history }),
    ask.state,
    model.state.error,
  );
  const grid = useGrid(model.state.status === 'ready', q.options);
  const library = useLibrary((id, value) => takeRemoved(id, value, { history, grid }));
  const libraryAsk = useLibraryAsk();
  // A library document opens under the name the list shows (it may have been renamed).
  const fromLibrary = (id: string, then: (value: StoredDocument) => void) => {
    const name = library.entries.find((e) => e.id === id)?.name;
    void loadLibraryDocument(id).then((value) => value && then(name ? { ...value, doc: { ...value.doc, name } } : value));
  };
  const loadModel = useModelLoader(form, local, model, () => dispatch({ type: 'model-load' }));

  const { highlights, sameText, stale } = useHighlights(bridge.shown, ask.state, text, foldOpen);
  const blockedReason = blockedBy(model.state.status);
  const onQuestionChange = (question: string) => dispatch({ type: 'question-edited', question });
  const askNow = (question: string) => dispatch({ type: 'question-picked', question, canAsk: !blockedReason });

  return (
    <div className={embed ? 'app is-embed' : 'app'}>
      <SkipLink target={QUESTION_INPUT_ID} label="Skip to question" />
      <AppHeader status={status} title={demo?.title} compact={embed} />
      <UpdatePrompt busy={ask.state.status === 'running'} />
      {demo && !embed && <AboutModelCard manifest={demo} />}
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
          <AskCard
            q={q}
            ask={ask}
            sample={sample}
            blockedReason={blockedReason}
            onQuestionChange={onQuestionChange}
            onAsk={() => dispatch({ type: 'question-asked', question: q.question })}
            onCancel={() => (ask.cancel(), document.getElementById(ANSWERS_ID)?.focus())}
            onPick={askNow}
            inputId={QUESTION_INPUT_ID}
          />
        </ErrorBoundary>
        <ErrorBoundary area="The answers">
          <AnswersCard
            ask={ask.state}
            doc={doc}
            sameText={sameText}
            foldOpen={foldOpen}
            onFoldChange={setFoldOpen}
            onSelect={(rank) => highlights && apply({ type: 'answer-chosen', rank, pdf: doc.pdf !== undefined })}
            onReadRest={ask.readRest}
            history={history}
            onShowEntry={(entry) => dispatch({ type: 'history-shown', entry })}
            onAsk={blockedReason ? null : askNow}
            onFill={onQuestionChange}
          />
        </ErrorBoundary>
        <ErrorBoundary area="The document">
          <DocumentPane
            document={docApi}
            highlights={highlights}
            stale={stale}
            mode={view.mode}
            onModeChange={(mode) => apply({ type: 'mode', mode })}
            heatmapEnabled={q.heatmap}
            onHeatmapChange={q.setHeatmap}
            focusRequest={view.focus}
            page={view.page}
            onPageChange={(page) => apply({ type: 'page', page })}
            onClear={() => dispatch({ type: 'cleared' })}
            onUndo={() => dispatch({ type: 'undone' })}
            onBack={() => dispatch({ type: 'temporary-closed' })}
            canClear={text.length > 0}
            intro={<SampleAttribution sample={sample} />}
          />
        </ErrorBoundary>
        {!embed && (
          <>
            <ErrorBoundary area="The library">
              <LibraryPanel library={library} onOpen={(id) => fromLibrary(id, (value) => dispatch({ type: 'library-opened', value }))}>
                <LibraryQuestion
                  state={libraryAsk.state}
                  entries={library.entries}
                  chosen={library.chosen.length}
                  blockedReason={blockedReason}
                  onAsk={(question) => libraryAsk.ask(question, library.chosen, q.options)}
                  onCancel={libraryAsk.cancel}
                  onReadRest={libraryAsk.readRest}
                  onChoose={(answer) => {
                    const { result, question } = libraryAsk.state;
                    if (!result) return;
                    fromLibrary(answer.docId, (value) =>
                      dispatch({ type: 'library-answer-chosen', value, question, result: documentResult(result, answer) }),
                    );
                  }}
                />
                <QuestionGrid
                  grid={grid}
                  entries={library.entries}
                  chosen={library.chosen}
                  blockedReason={blockedReason}
                  onOpen={(docId, question, answer) =>
                    fromLibrary(docId, (value) => dispatch({ type: 'library-answer-chosen', value, question, result: cellResult(answer) }))
                  }
                />
              </LibraryPanel>
            </ErrorBoundary>
            <ErrorBoundary area="The evaluation">
              <EvaluatePanel modelReady={model.state.status === 'ready'} onShowSpan={(span) => dispatch({ type: 'span-shown', span })} />
            </ErrorBoundary>
          </>
        )}
      </main>
      {!embed && (
        <footer className="app-footer">
          <p>Runs on onnxruntime-web with WebGPU or WebAssembly. Models are cached in the browser for offline use.</p>
        </footer>
      )}
    </div>
  );
}
