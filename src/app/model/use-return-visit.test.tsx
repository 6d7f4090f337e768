import { renderHook } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { LastModel } from './last-model';
import { isCompleteModel, savedModel, useReturnVisit } from './use-return-visit';
import type { CachedModel } from './use-model-storage';

const HUB_BASE = 'https://huggingface.co/Xenova/distilbert-base-cased-distilled-squad/resolve/main/';
const hub: LastModel = { kind: 'hub', id: 'Xenova/distilbert-base-cased-distilled-squad', revision: 'main' };
const complete: CachedModel = { baseUrl: HUB_BASE, files: ['config.json', 'tokenizer.json', 'onnx/model_quantized.onnx'], bytes: 1 };

describe('savedModel', () => {
  it('finds the remembered model only when all it needs is cached', () => {
    expect(savedModel(hub, [complete])).toBe(complete);
    expect(savedModel(hub, [{ ...complete, files: ['config.json', 'tokenizer.json'] }])).toBeNull();
    expect(savedModel({ ...hub, revision: 'v2' }, [complete])).toBeNull();
    expect(savedModel({ kind: 'local', name: 'my-model' }, [complete])).toBeNull();
    expect(savedModel(null, [complete])).toBeNull();
    const url: CachedModel = { ...complete, baseUrl: 'http://localhost:4173/models/m/' };
    expect(savedModel({ kind: 'url', baseUrl: 'http://localhost:4173/models/m' }, [url])).toBe(url);
  });

  it('needs a weights file in onnx/, not any .onnx', () => {
    expect(isCompleteModel(['config.json', 'tokenizer.json', 'model.onnx'])).toBe(false);
    expect(isCompleteModel(['config.json', 'tokenizer.json', 'onnx/model.onnx'])).toBe(true);
  });
});

describe('useReturnVisit', () => {
  const base = { enabled: true, last: hub, ready: true, idle: true };

  it('loads the cached remembered model once, after the cache was read and the capabilities are known', () => {
    const onLoadCached = vi.fn();
    const { rerender } = renderHook((p) => useReturnVisit({ ...base, onLoadCached, ...p }), {
      initialProps: { storage: { checked: false, models: [] as CachedModel[] }, ready: false },
    });
    expect(onLoadCached).not.toHaveBeenCalled();
    rerender({ storage: { checked: true, models: [complete] }, ready: false });
    expect(onLoadCached).not.toHaveBeenCalled();
    rerender({ storage: { checked: true, models: [complete] }, ready: true });
    expect(onLoadCached).toHaveBeenCalledExactlyOnceWith(complete);
    rerender({ storage: { checked: true, models: [complete, { ...complete }] }, ready: true });
    expect(onLoadCached).toHaveBeenCalledTimes(1);
  });

  it('does nothing where the address decides, while something loads, or when the model is not all cached', () => {
    for (const p of [{ enabled: false }, { idle: false }, { last: { ...hub, id: 'other/model' } }]) {
      const onLoadCached = vi.fn();
      renderHook(() => useReturnVisit({ ...base, ...p, onLoadCached, storage: { checked: true, models: [complete] } }));
      expect(onLoadCached, JSON.stringify(p)).not.toHaveBeenCalled();
    }
  });

  it('tries once: a model cached later in the visit (by a load the user started) does not reload by itself', () => {
    const onLoadCached = vi.fn();
    const { rerender } = renderHook((p) => useReturnVisit({ ...base, onLoadCached, storage: p }), {
      initialProps: { checked: true, models: [] as CachedModel[] },
    });
    rerender({ checked: true, models: [complete] });
    expect(onLoadCached).not.toHaveBeenCalled();
  });
});
