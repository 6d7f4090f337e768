import type { QaResult } from '../../shared/answers';
import type { DocumentKind } from '../../shared/documents';
import type { StoredDocument } from '../document/document-store';
import type { QaError } from '../../shared/errors';
import type { ViewAction } from '../document/document-view';
import type { ShownSpan } from '../evaluate/EvaluatePanel';
import type { HistoryEntry } from '../history/history-entry';

/** What happened on the page, as far as more than one feature cares. */
export type WorkspaceEvent =
  | { type: 'document-opened'; kind: DocumentKind }
  | { type: 'input-changed' }
  | { type: 'question-edited'; question: string }
  | { type: 'question-asked'; question: string }
  | { type: 'question-picked'; question: string; canAsk: boolean }
  /** "Try an example" opened it: `question` is its first one, `typed` what the box holds now. */
  | { type: 'example-opened'; question: string | null; typed: string }
  | { type: 'history-shown'; entry: HistoryEntry }
  | { type: 'model-load' }
  | { type: 'span-shown'; span: ShownSpan }
  | { type: 'answers-arrived' }
  | { type: 'cleared' }
  | { type: 'undone' }
  | { type: 'temporary-closed' }
  | { type: 'error-repeated' }
  /** A library document chosen from the list: it replaces the one in the viewer (undoable). */
  | { type: 'library-opened'; value: StoredDocument }
  /** A library answer chosen: its document opens with its answers, at the chosen one's mark (rank 1 in `result`). */
  | { type: 'library-answer-chosen'; value: StoredDocument; question: string; result: QaResult };

/** What the rules may ask of each feature. */
export interface WorkspacePorts {
  ask: {
    run(question: string): void;
    show(entry: HistoryEntry): void;
    showResult(question: string, context: string, result: QaResult): void;
    cancel(): void;
    dismissError(): void;
    reset(): void;
  };
  document: {
    openStored(value: StoredDocument): void;
    clearFileError(): void;
    showTemporary(text: string, name: string, label: string): void;
    closeTemporary(): DocumentKind;
    clear(): void;
    undo(): DocumentKind | null;
  };
  question: { set(question: string): void };
  /** afterAnswers: right after the answers-arrived rule runs for the answers this event shows. */
  view: { apply(action: ViewAction): void; afterAnswers(action: ViewAction): void };
  span: { set(span: ShownSpan | null): void };
  history: { hide(): void };
}

/**
 * The rules between features, in one place. One error at a time in the working area: fixing the
 * input clears the complaint about it, and a new problem (a file that won't open, a new question)
 * replaces the previous one. A new document or question hides the span shown from Evaluate. Answers
 * belong to the document they were found in: another document on screen clears them (its history
 * keeps them, and brings them back with it).
 */
/** Another text is on screen: the answers and the Evaluate span were found in the one before. */
function otherText(f: WorkspacePorts): void {
  f.ask.reset();
  f.span.set(null);
}

export function applyRule(event: WorkspaceEvent, f: WorkspacePorts): void {
  switch (event.type) {
    case 'document-opened':
      otherText(f);
      f.view.apply({ type: 'opened', kind: event.kind });
      return;
    case 'input-changed':
    case 'error-repeated':
      f.ask.dismissError();
      return;
    case 'question-edited':
      f.question.set(event.question);
      f.ask.dismissError();
      return;
    case 'question-asked':
      f.document.clearFileError();
      f.span.set(null);
      f.ask.run(event.question);
      return;
    case 'question-picked':
      // A sample question or a history entry fills the question box, and asks it when a model is ready.
      applyRule({ type: 'question-edited', question: event.question }, f);
      if (event.canAsk) applyRule({ type: 'question-asked', question: event.question }, f);
      return;
    case 'example-opened':
      // Its first question, ready to ask with Enter; a question the user typed is theirs and stays.
      if (event.question && !event.typed.trim()) applyRule({ type: 'question-edited', question: event.question }, f);
      return;
    case 'history-shown':
      applyRule({ type: 'question-edited', question: event.entry.question }, f);
      f.span.set(null);
      f.ask.show(event.entry);
      return;
    case 'model-load':
      // A new model may restart the worker: stop the question in flight rather than leave it hanging.
      f.ask.cancel();
      f.ask.dismissError();
      return;
    case 'span-shown':
      // The paragraph shows in front of the user's document, which stays as it is (and saved).
      f.ask.reset();
      f.span.set(event.span);
      f.document.showTemporary(event.span.context, 'SQuAD paragraph', 'a SQuAD paragraph from Evaluate');
      f.view.apply({ type: 'span-shown' });
      return;
    case 'temporary-closed':
      otherText(f);
      f.view.apply({ type: 'opened', kind: f.document.closeTemporary() });
      return;
    case 'answers-arrived':
      // Finished answers are shown in the document at once, scrolled to the best one; "Edit" goes back.
      f.view.apply({ type: 'answers-arrived' });
      return;
    case 'cleared':
      // Clear empties the document here and in storage, at once; Undo brings it back while offered (its
      // history waits in storage until then). The question is the user's text too: it stays.
      f.history.hide();
      f.ask.reset();
      f.document.clear();
      f.span.set(null);
      f.view.apply({ type: 'cleared' });
      return;
    case 'library-opened':
      f.document.openStored(event.value);
      otherText(f);
      f.view.apply({ type: 'opened', kind: event.value.doc.kind });
      return;
    case 'library-answer-chosen': {
      applyRule({ type: 'library-opened', value: event.value }, f);
      // Pages to show the mark on: a PDF's, or a recognised image's (a scan, a photo: its layout holds the words' boxes).
      const pdf = event.value.doc.pdf !== undefined;
      f.question.set(event.question);
      f.ask.showResult(event.question, event.value.doc.text, event.result);
      // Such an answer is shown on its page; after the answers-arrived rule, so focus ends on the mark.
      if (pdf) f.view.apply({ type: 'mode', mode: 'page' });
      f.view.afterAnswers({ type: 'answer-chosen', rank: 1, pdf });
      return;
    }
    case 'undone': {
      const kind = f.document.undo();
      if (kind === null) return;
      otherText(f);
      f.view.apply({ type: 'opened', kind });
      return;
    }
  }
}

/** The ports as the features give them; the state owner (use-workspace.ts) adds the view's afterAnswers. */
export type FeaturePorts = Omit<WorkspacePorts, 'view'> & { view: Omit<WorkspacePorts['view'], 'afterAnswers'> };

/** A finished result with answers to mark in the document. */
export function hasAnswersToShow(ask: { status: string; result: { noAnswer: boolean; answers: readonly unknown[] } | null }): boolean {
  return ask.status === 'done' && !!ask.result && !ask.result.noAnswer && ask.result.answers.length > 0;
}

/** After a crash the model panel already explains it (with Reload); the ask error would repeat it. */
export function repeatsModelError(modelError: QaError | null, askError: QaError | null): boolean {
  return modelError?.code === 'WORKER_CRASHED' && askError?.code === 'WORKER_CRASHED';
}
