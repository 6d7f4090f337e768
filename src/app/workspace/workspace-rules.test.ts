import { describe, expect, it } from 'vitest';
import type { HistoryEntry } from '../history/history-entry';
import { applyRule, hasAnswersToShow, repeatsModelError, type WorkspaceEvent, type WorkspacePorts } from './workspace-rules';
import { QaError } from '../../shared/errors';

/** Ports that write down what each rule asked of each feature, in order. */
function recorder(): { calls: string[]; ports: WorkspacePorts } {
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
        cancel: rec('ask.cancel'),
        dismissError: rec('ask.dismissError'),
        reset: rec('ask.reset'),
      },
      document: { clearFileError: rec('document.clearFileError'), showText: rec('document.showText'), clear: rec('document.clear') },
      question: { set: rec('question.set') },
      view: { apply: rec('view') },
      span: { set: rec('span.set') },
      history: { clear: rec('history.clear') },
    },
  };
}
const run = (event: WorkspaceEvent) => {
  const r = recorder();
  applyRule(event, r.ports);
  return r.calls;
};

describe('applyRule', () => {
  it('a new document dismisses the ask error, hides the Evaluate span and resets the view', () => {
    expect(run({ type: 'document-opened', kind: 'pdf' })).toEqual([
      'ask.dismissError',
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

  it('a span from Evaluate becomes the document and is shown', () => {
    const span = { context: 'Para.', start: 0, end: 4 };
    expect(run({ type: 'span-shown', span })).toEqual([
      `span.set [${JSON.stringify(span)}]`,
      'document.showText ["Para.","SQuAD paragraph"]',
      'view [{"type":"span-shown"}]',
    ]);
    expect(run({ type: 'answers-arrived' })).toEqual(['view [{"type":"answers-arrived"}]']);
  });

  it('Clear forgets history, answers, document, question and span, and goes back to editing', () => {
    expect(run({ type: 'cleared' })).toEqual([
      'history.clear',
      'ask.reset',
      'document.clear',
      'question.set [""]',
      'span.set [null]',
      'view [{"type":"cleared"}]',
    ]);
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
});
