import { act, renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { spanHighlights, useEvaluateBridge } from './use-evaluate-bridge';

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
