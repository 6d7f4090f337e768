import { describe, expect, it } from 'vitest';
import type { HistoryEntry } from '../history/history-entry';
import { applyRule, hasAnswersToShow, repeatsModelError, type WorkspaceEvent, type WorkspacePorts } from './workspace-rules';
import { QaError } from '../../shared/errors';
import type { DocumentKind } from '../../shared/documents';
import { qaResult } from '../../../test/helpers/qa-result';

/** Ports that write down what each rule asked of each feature, in order. */
function recorder(undoKind: DocumentKind | null = 'docx'): { calls: string[]; ports: WorkspacePorts } {
  const calls: string[] = [];
  const rec =
    (name: string) =>
    (...args: unknown[]) =>
      void calls.push(args.length ? `${name} ${JSON.stringify(args)}` : name);
  return {
    calls,
    ports: {
      ask: {
        run: rec('ask.run'),
        show: rec('ask.show'),
        showResult: rec('ask.showResult'),
        cancel: rec('ask.cancel'),
        dismissError: rec('ask.dismissError'),
        reset: rec('ask.reset'),
      },
      document: {
        openStored: rec('document.openStored'),
        clearFileError: rec('document.clearFileError'),
        showTemporary: rec('document.showTemporary'),
        closeTemporary: () => (calls.push('document.closeTemporary'), 'pdf'),
        clear: rec('document.clear'),
        undo: () => (calls.push('document.undo'), undoKind),
      },
      question: { set: rec('question.set') },
      view: { apply: rec('view'), afterAnswers: rec('view.afterAnswers') },
      span: { set: rec('span.set') },
      history: { hide: rec('history.hide') },
    },
  };
}
const run = (event: WorkspaceEvent, undoKind?: DocumentKind | null) => {
  const r = recorder(undoKind);
  applyRule(event, r.ports);
  return r.calls;
};

describe('applyRule', () => {
  it('a new document clears the answers (and their error), hides the Evaluate span and resets the view', () => {
    expect(run({ type: 'document-opened', kind: 'pdf' })).toEqual([
      'ask.reset',
      'span.set [null]',
      'view [{"type":"opened","kind":"pdf"}]',
    ]);
  });

  it('one error at a time: editing the input or the question dismisses the ask error', () => {
    expect(run({ type: 'input-changed' })).toEqual(['ask.dismissError']);
    expect(run({ type: 'question-edited', question: 'Who?' })).toEqual(['question.set ["Who?"]', 'ask.dismissError']);
    expect(run({ type: 'error-repeated' })).toEqual(['ask.dismissError']);
  });

  it('asking clears the file error and the Evaluate span, then asks', () => {
    expect(run({ type: 'question-asked', question: 'Who?' })).toEqual(['document.clearFileError', 'span.set [null]', 'ask.run ["Who?"]']);
  });

  it('a picked question fills the box, and asks only when a model is ready', () => {
    expect(run({ type: 'question-picked', question: 'Q', canAsk: false })).toEqual(['question.set ["Q"]', 'ask.dismissError']);
    expect(run({ type: 'question-picked', question: 'Q', canAsk: true })).toEqual([
      'question.set ["Q"]',
      'ask.dismissError',
      'document.clearFileError',
      'span.set [null]',
      'ask.run ["Q"]',
    ]);
  });

  it("an opened example fills in its first question, unless the user's own is in the box", () => {
    expect(run({ type: 'example-opened', question: 'Q', typed: '' })).toEqual(['question.set ["Q"]', 'ask.dismissError']);
    expect(run({ type: 'example-opened', question: 'Q', typed: '  ' })).toEqual(['question.set ["Q"]', 'ask.dismissError']);
    expect(run({ type: 'example-opened', question: 'Q', typed: 'Mine?' })).toEqual([]);
    expect(run({ type: 'example-opened', question: null, typed: '' })).toEqual([]);
  });

  it('a history entry fills the box and shows its answers', () => {
    const entry = { question: 'Q', id: 'e1' } as unknown as HistoryEntry;
    expect(run({ type: 'history-shown', entry })).toEqual([
      'question.set ["Q"]',
      'ask.dismissError',
      'span.set [null]',
      `ask.show [${JSON.stringify(entry)}]`,
    ]);
  });

  it('loading another model cancels the question in flight and dismisses its error', () => {
    expect(run({ type: 'model-load' })).toEqual(['ask.cancel', 'ask.dismissError']);
  });

  it('a span from Evaluate shows in front of the document, and Back returns to the document as it was', () => {
    const span = { context: 'Para.', start: 0, end: 4 };
    expect(run({ type: 'span-shown', span })).toEqual([
      'ask.reset',
      `span.set [${JSON.stringify(span)}]`,
      'document.showTemporary ["Para.","SQuAD paragraph","a SQuAD paragraph from Evaluate"]',
      'view [{"type":"span-shown"}]',
    ]);
    expect(run({ type: 'temporary-closed' })).toEqual([
      'ask.reset',
      'span.set [null]',
      'document.closeTemporary',
      'view [{"type":"opened","kind":"pdf"}]',
    ]);
    expect(run({ type: 'answers-arrived' })).toEqual(['view [{"type":"answers-arrived"}]']);
  });

  it('Clear hides history and answers, empties the document (undoably) and the span, keeps the question, goes back to editing', () => {
    expect(run({ type: 'cleared' })).toEqual([
      'history.hide',
      'ask.reset',
      'document.clear',
      'span.set [null]',
      'view [{"type":"cleared"}]',
    ]);
  });

  it('Undo brings the document back, clears answers that were for the other one, and opens it as its kind', () => {
    expect(run({ type: 'undone' })).toEqual(['document.undo', 'ask.reset', 'span.set [null]', 'view [{"type":"opened","kind":"docx"}]']);
    expect(run({ type: 'undone' }, null)).toEqual(['document.undo']); // Nothing to undo: nothing else changes.
  });
});

describe('hasAnswersToShow / repeatsModelError', () => {
  it('marks only finished results with answers', () => {
    const result = { noAnswer: false, answers: [{}] };
    expect(hasAnswersToShow({ status: 'done', result })).toBe(true);
    expect(hasAnswersToShow({ status: 'running', result })).toBe(false);
    expect(hasAnswersToShow({ status: 'done', result: { ...result, noAnswer: true } })).toBe(false);
    expect(hasAnswersToShow({ status: 'done', result: { noAnswer: false, answers: [] } })).toBe(false);
    expect(hasAnswersToShow({ status: 'done', result: null })).toBe(false);
  });

  it('an ask crash repeats the model panel only when both are the crash', () => {
    const crash = new QaError('WORKER_CRASHED', 'crashed');
    expect(repeatsModelError(crash, crash)).toBe(true);
    expect(repeatsModelError(crash, null)).toBe(false);
    expect(repeatsModelError(null, crash)).toBe(false);
    expect(repeatsModelError(crash, new QaError('ABORTED', 'x'))).toBe(false);
  });

  const layout = { pageCount: 1, pageStarts: [0], runs: [] };
  const libraryResult = qaResult([]);

  it('a library answer opens its document (undoable), fills the question, shows its answers and focuses the chosen mark on its page', () => {
    const value = { doc: { kind: 'pdf' as const, name: 'report.pdf', text: 'zebra omega', pdf: layout } };
    const calls = run({ type: 'library-answer-chosen', value, question: 'Who?', result: libraryResult });
    expect(calls).toEqual([
      `document.openStored ${JSON.stringify([value])}`,
      'ask.reset',
      'span.set [null]',
      'view [{"type":"opened","kind":"pdf"}]',
      'question.set ["Who?"]',
      `ask.showResult ${JSON.stringify(['Who?', 'zebra omega', libraryResult])}`,
      'view [{"type":"mode","mode":"page"}]',
      'view.afterAnswers [{"type":"answer-chosen","rank":1,"pdf":true}]',
    ]);
  });

  it('a library answer from a scan or a photo (recognised text) opens on its page at the mark too; a text file opens on its text', () => {
    const scan = {
      doc: {
        kind: 'image' as const,
        name: 'letter.png',
        text: 'zebra omega',
        pdf: { ...layout, ocr: { words: [], pages: [1], languages: 'eng' } },
      },
    };
    const calls = run({ type: 'library-answer-chosen', value: scan, question: 'Who?', result: libraryResult });
    expect(calls.slice(-2)).toEqual([
      'view [{"type":"mode","mode":"page"}]',
      'view.afterAnswers [{"type":"answer-chosen","rank":1,"pdf":true}]',
    ]);
    const text = { doc: { kind: 'text' as const, name: 'notes.txt', text: 'zebra omega' } };
    const textCalls = run({ type: 'library-answer-chosen', value: text, question: 'Who?', result: libraryResult });
    expect(textCalls).not.toContain('view [{"type":"mode","mode":"page"}]');
    expect(textCalls.at(-1)).toBe('view.afterAnswers [{"type":"answer-chosen","rank":1,"pdf":false}]');
  });
});
