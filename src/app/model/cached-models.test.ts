import { describe, expect, it } from 'vitest';
import { cacheBaseOf, cachedLoadOptions, cachedModelRef, sourcePatch } from './cached-models';

const HUB = 'https://huggingface.co/Xenova/distilbert-base-cased-distilled-squad/resolve/main/';
const TEXT = ['config.json', 'tokenizer.json'];
const GPU_F16 = { webgpu: true, shaderF16: true };
const GPU = { webgpu: true, shaderF16: false };
const NO_GPU = { webgpu: false, shaderF16: false };

describe('cachedModelRef', () => {
  it('names a hub download folder by its repo and revision, and maps back to the same folder', () => {
    expect(cachedModelRef(HUB)).toEqual({ kind: 'hub', id: 'Xenova/distilbert-base-cased-distilled-squad', revision: 'main' });
    const pr = 'https://huggingface.co/a/b/resolve/refs%2Fpr%2F1/';
    expect(cachedModelRef(pr)).toEqual({ kind: 'hub', id: 'a/b', revision: 'refs/pr/1' });
    expect(cacheBaseOf(cachedModelRef(pr))).toBe(pr);
    expect(cacheBaseOf(cachedModelRef(HUB))).toBe(HUB);
  });

  it('keeps any other folder as a URL', () => {
    const url = 'http://localhost:4173/fixtures/models/oracle/';
    expect(cachedModelRef(url)).toEqual({ kind: 'url', baseUrl: url });
    expect(cachedModelRef('https://huggingface.co/a/b/tree/main/')).toMatchObject({ kind: 'url' });
    expect(sourcePatch(cachedModelRef(url))).toEqual({ sourceKind: 'url', baseUrl: url });
    expect(sourcePatch(cachedModelRef(HUB))).toEqual({
      sourceKind: 'hub',
      hubId: 'Xenova/distilbert-base-cased-distilled-squad',
      revision: 'main',
    });
  });

  it('gives a URL model the folder its files are cached under, with or without the slash', () => {
    expect(cacheBaseOf({ kind: 'url', baseUrl: 'http://h/m' })).toBe('http://h/m/');
    expect(cacheBaseOf({ kind: 'local', name: 'x' })).toBeNull();
  });
});

describe('cachedLoadOptions', () => {
  const q8Only = [...TEXT, 'onnx/model_quantized.onnx'];
  it('picks the cached int8 file, on WASM, when the choice was auto and WebGPU is there', () => {
    expect(cachedLoadOptions(q8Only, { backend: 'auto', dtype: 'auto' }, GPU_F16)).toEqual({ backend: 'wasm', dtype: 'q8' });
  });

  it('keeps a WASM or WebGPU backend the user chose', () => {
    expect(cachedLoadOptions(q8Only, { backend: 'wasm', dtype: 'auto' }, GPU)).toEqual({ backend: 'wasm', dtype: 'q8' });
    expect(cachedLoadOptions(q8Only, { backend: 'webgpu', dtype: 'auto' }, GPU)).toEqual({ backend: 'webgpu', dtype: 'q8' });
  });

  it('prefers a file WebGPU runs well when one is cached', () => {
    const both = [...q8Only, 'onnx/model_fp16.onnx', 'onnx/model.onnx'];
    expect(cachedLoadOptions(both, { backend: 'auto', dtype: 'auto' }, GPU_F16)).toEqual({ backend: 'auto', dtype: 'fp16' });
    expect(cachedLoadOptions(both, { backend: 'auto', dtype: 'auto' }, GPU)).toEqual({ backend: 'auto', dtype: 'fp32' });
    expect(cachedLoadOptions(both, { backend: 'auto', dtype: 'auto' }, NO_GPU)).toEqual({ backend: 'auto', dtype: 'q8' });
    expect(cachedLoadOptions(both, { backend: 'auto', dtype: 'auto' }, null)).toEqual({ backend: 'auto', dtype: 'q8' });
  });

  it('keeps an explicit format that is cached, and replaces one that is not', () => {
    const fp32 = [...TEXT, 'onnx/model.onnx'];
    expect(cachedLoadOptions(fp32, { backend: 'wasm', dtype: 'fp32' }, GPU)).toEqual({ backend: 'wasm', dtype: 'fp32' });
    expect(cachedLoadOptions(fp32, { backend: 'wasm', dtype: 'q8' }, GPU)).toEqual({ backend: 'wasm', dtype: 'fp32' });
  });

  it('returns only backend and weights, so it can be spread over a source without overwriting it', () => {
    const settings = { sourceKind: 'hub', hubId: 'a/b', backend: 'wasm', dtype: 'q8' } as const;
    expect(cachedLoadOptions(q8Only, settings, GPU)).toEqual({ backend: 'wasm', dtype: 'q8' });
    expect(cachedLoadOptions(TEXT, settings, GPU)).toEqual({ backend: 'wasm', dtype: 'q8' });
  });

  it('changes nothing when no weights are cached: the load then says what is missing', () => {
    expect(cachedLoadOptions(TEXT, { backend: 'auto', dtype: 'auto' }, GPU)).toEqual({ backend: 'auto', dtype: 'auto' });
  });
});
