import { act, renderHook } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { QaError } from '../shared/errors';
import type { AskState } from './ask/use-ask';
import { blockedReason, useQuestion } from './ask/use-question';
import { useDocumentView } from './document/use-document-view';
import { spanHighlights, useEvaluateBridge } from './evaluate/use-evaluate-bridge';
import { DEFAULT_SETTINGS } from './model/model-settings';
import { useModelLoader } from './model/use-model-loader';
import { useWorkspace } from './workspace/use-workspace';
import type { WorkspacePorts } from './workspace/workspace-rules';

describe('useDocumentView', () => {
  it('restores mode and page saved by the app before versions, and saves them back with one', () => {
    localStorage.setItem('qa-app:document-mode', JSON.stringify('page'));
    localStorage.setItem('qa-app:pdf-page', JSON.stringify(4));
    vi.useFakeTimers();
    const { result } = renderHook(() => useDocumentView());
    expect(result.current.view).toEqual({ mode: 'page', page: 4, focus: null });
    act(() => result.current.apply({ type: 'answer-chosen', rank: 2, pdf: false }));
    act(() => void vi.advanceTimersByTime(400));
    vi.useRealTimers();
    expect(result.current.view).toMatchObject({ mode: 'view', focus: { rank: 2, seq: 1 } });
    expect(JSON.parse(localStorage.getItem('qa-app:document-mode')!)).toEqual({ version: 2, value: 'view' });
  });

  it('drops a saved value of an unknown version or shape', () => {
    localStorage.setItem('qa-app:document-mode', JSON.stringify({ version: 9, value: 'page' }));
    localStorage.setItem('qa-app:pdf-page', JSON.stringify(-2));
    const { result } = renderHook(() => useDocumentView());
    expect(result.current.view).toEqual({ mode: 'edit', page: 1, focus: null });
  });
});

describe('useQuestion', () => {
  it('builds the ask options from its inputs, and says why a question must wait', () => {
    const { result } = renderHook(() => useQuestion());
    expect(result.current.options).toMatchObject({ topK: 5, allowNull: true, heatmap: false });
    act(() => result.current.setAllowNull(false));
    expect(result.current.options.allowNull).toBe(false);
    expect(blockedReason('ready')).toBeNull();
    expect(blockedReason('loading')).toMatch(/still loading/);
    expect(blockedReason('error')).toMatch(/No model is loaded/);
    expect(blockedReason('idle')).toMatch(/Load a model first/);
  });
});

describe('useEvaluateBridge', () => {
  it('shows the span as an answer while its paragraph is the document', () => {
    const { result } = renderHook(() => useEvaluateBridge());
    act(() => result.current.setShown({ context: 'The Normans came.', start: 4, end: 11 }));
    const shown = result.current.shown;
    expect(spanHighlights(shown, 'The Normans came.')?.answers.map((a) => [a.text, a.start, a.end, a.share])).toEqual([
      ['Normans', 4, 11, 1],
    ]);
    expect(spanHighlights(shown, 'Another text')).toBeNull();
    expect(spanHighlights({ context: 'P', start: -1, end: -1 }, 'P')).toEqual({ answers: [] }); // "no answer"
  });
});

describe('useModelLoader', () => {
  it('stops asking before it loads, reports a bad form as a failure, and autoloads once', () => {
    const load = vi.fn();
    const fail = vi.fn();
    const before = vi.fn();
    const hub = { ...DEFAULT_SETTINGS, sourceKind: 'hub' as const, hubId: 'Xenova/distilbert-base-cased-distilled-squad' };
    const { result, rerender } = renderHook(({ form }) => useModelLoader(form, null, { load, fail }, before, true), {
      initialProps: { form: hub },
    });
    expect([before.mock.calls.length, load.mock.calls.length]).toEqual([1, 1]);
    rerender({ form: { ...hub } });
    expect(load).toHaveBeenCalledTimes(1); // autoload ran once
    rerender({ form: { ...hub, hubId: '' } });
    act(() => result.current());
    expect(before).toHaveBeenCalledTimes(2);
    expect(fail).toHaveBeenCalledTimes(1);
    expect(fail.mock.calls[0][0]).toBeInstanceOf(QaError);
  });
});

describe('useWorkspace', () => {
  const idle: AskState = { status: 'idle', result: null, progress: null, error: null, question: '', context: '', order: 'relevance' };
  const ports = () => {
    const f = () => vi.fn();
    return {
      ask: { run: f(), show: f(), cancel: f(), dismissError: f(), reset: f() },
      document: { clearFileError: f(), showText: f(), clear: f() },
      question: { set: f() },
      view: { apply: f() },
      span: { set: f() },
      history: { clear: f() },
    } satisfies WorkspacePorts;
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
});
