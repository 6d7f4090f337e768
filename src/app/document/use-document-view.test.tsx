import { act, renderHook } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { useDocumentView } from './use-document-view';

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
