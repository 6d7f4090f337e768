import { act, renderHook } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { QaError } from '../../shared/errors';
import type { AskState } from '../ask/use-ask';
import type { QaResult } from '../../shared/answers';
import { useHighlights } from './use-highlights';
import { useWorkspace } from './use-workspace';
import type { FeaturePorts } from './workspace-rules';

describe('useWorkspace', () => {
  const idle: AskState = { status: 'idle', result: null, progress: null, error: null, question: '', context: '', order: 'relevance' };
  const ports = () => {
    const f = () => vi.fn();
    return {
      ask: { run: f(), show: f(), showResult: f(), cancel: f(), dismissError: f(), reset: f() },
      document: {
        openStored: f(),
        clearFileError: f(),
        showTemporary: f(),
        closeTemporary: vi.fn(() => 'text' as const),
        clear: f(),
        undo: vi.fn(() => null),
      },
      question: { set: f() },
      view: { apply: f() },
      span: { set: f() },
      history: { hide: f() },
    } satisfies FeaturePorts;
  };

  it('shows arriving answers in the document, and drops an ask error that repeats the model crash', () => {
    const p = ports();
    const { result, rerender } = renderHook(({ ask, modelError }) => useWorkspace(p, ask, modelError), {
      initialProps: { ask: idle, modelError: null as QaError | null },
    });
    expect(p.view.apply).not.toHaveBeenCalled();
    const done = { ...idle, status: 'done' as const, result: { noAnswer: false, answers: [{}] } as unknown as AskState['result'] };
    rerender({ ask: done, modelError: null });
    expect(p.view.apply).toHaveBeenCalledWith({ type: 'answers-arrived' });
    const crash = new QaError('WORKER_CRASHED', 'crashed');
    rerender({ ask: { ...idle, status: 'error', error: crash }, modelError: crash });
    expect(p.ask.dismissError).toHaveBeenCalledTimes(1);
    const first = result.current;
    rerender({ ask: idle, modelError: null });
    expect(result.current).toBe(first); // a stable dispatch
    act(() => result.current({ type: 'model-load' }));
    expect(p.ask.cancel).toHaveBeenCalledTimes(1);
  });

  it('a library answer focuses its mark after the answers-arrived rule, so the focus is not taken back', () => {
    const p = ports();
    const { result, rerender } = renderHook(({ ask }) => useWorkspace(p, ask, null), { initialProps: { ask: idle } });
    const value = { doc: { kind: 'text' as const, name: 'memo', text: 'zebra omega' } };
    const shown = { answers: [{}], noAnswer: false } as unknown as QaResult;
    act(() => result.current({ type: 'library-answer-chosen', value, question: 'Who?', result: shown }));
    expect(p.view.apply).not.toHaveBeenCalledWith({ type: 'answer-chosen', rank: 1, pdf: false });
    rerender({ ask: { ...idle, status: 'done', result: shown } });
    const actions = p.view.apply.mock.calls.map(([a]) => a.type);
    expect(actions.slice(-2)).toEqual(['answers-arrived', 'answer-chosen']);
  });
});

describe('useHighlights', () => {
  const answer = { text: 'Rollo', start: 4, end: 9, share: 0.9, score: 0.9, startLogit: 1, endLogit: 1, tokenStart: 1, tokenEnd: 1 };
  const result = { answers: [answer], noAnswer: false } as unknown as QaResult;
  const asked: AskState = {
    status: 'done',
    result,
    progress: null,
    error: null,
    question: 'Who?',
    context: 'Was Rollo.',
    order: 'relevance',
  };

  it('marks the answers of this text, a span from Evaluate first, and calls answers of another text stale', () => {
    const same = renderHook(() => useHighlights(null, asked, 'Was Rollo.', false)).result.current;
    expect(same.highlights?.answers.map((a) => a.text)).toEqual(['Rollo']);
    expect([same.sameText, same.stale]).toEqual([true, false]);
    const edited = renderHook(() => useHighlights(null, asked, 'Was Rollo!', false)).result.current;
    expect([edited.highlights, edited.stale]).toEqual([null, true]);
    const span = { context: 'Was Rollo.', start: 0, end: 3 };
    expect(renderHook(() => useHighlights(span, asked, 'Was Rollo.', false)).result.current.highlights?.answers[0].text).toBe('Was');
  });
});
