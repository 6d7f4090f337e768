import { act, renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { blockedReason, useQuestion } from './use-question';

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
