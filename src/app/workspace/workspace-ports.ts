import type { AskOptions, QaResult } from '../../shared/answers';
import type { ViewAction } from '../document/document-view';
import type { DocumentApi } from '../document/use-document';
import type { ShownSpan } from '../evaluate/EvaluatePanel';
import type { HistoryEntry } from '../history/history-entry';
import type { FeaturePorts } from './workspace-rules';

interface Features {
  ask: {
    ask(question: string, context: string, options: Partial<AskOptions>): void;
    show(question: string, context: string, result: QaResult): void;
    cancel(): void;
    dismissError(): void;
    reset(): void;
  };
  document: DocumentApi;
  question: { setQuestion(question: string): void; options: Partial<AskOptions> };
  view: (action: ViewAction) => void;
  setShown: (span: ShownSpan | null) => void;
  history: { hide(): void; resultOf(entry: HistoryEntry): QaResult };
}

/** The features as the rules see them: a question is asked about the document as it is now. */
export function workspacePorts({ ask, document, question, view, setShown, history }: Features): FeaturePorts {
  const text = document.doc.text;
  return {
    ask: {
      run: (q) => ask.ask(q, text, question.options),
      show: (entry) => ask.show(entry.question, text, history.resultOf(entry)),
      showResult: ask.show,
      cancel: ask.cancel,
      dismissError: ask.dismissError,
      reset: ask.reset,
    },
    document: {
      openStored: document.openStored,
      clearFileError: () => document.setFileError(null),
      showTemporary: document.showTemporary,
      closeTemporary: document.closeTemporary,
      clear: document.clear,
      undo: document.undo,
    },
    question: { set: question.setQuestion },
    view: { apply: view },
    span: { set: setShown },
    history,
  };
}
