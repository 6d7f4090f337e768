import { act, renderHook } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { QaError } from '../../shared/errors';
import { DEFAULT_SETTINGS } from './model-settings';
import { useModelLoader } from './use-model-loader';

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
