import { describe, expect, it } from 'vitest';
import type { LoadProgress } from '../shared/protocol';
import type { ModelFileSource } from './model-source';
import { QaError } from '../shared/errors';
import { dtypePreference, fetchWeights } from './weights';

/** A source holding the given paths (each file's bytes are its path's length, to tell them apart). */
function sourceWith(paths: string[], reads: string[] = []): ModelFileSource {
  return {
    label: 'test folder',
    read: async (path) => (reads.push(path), paths.includes(path) ? new Uint8Array(path.length) : null),
  };
}

describe('dtypePreference', () => {
  it('prefers int8 on WASM and never q8 on WebGPU (no MatMulInteger kernel there)', () => {
    expect(dtypePreference('wasm')[0]).toBe('q8');
    expect(dtypePreference('webgpu', { shaderF16: true })[0]).toBe('fp16');
    expect(dtypePreference('webgpu', { shaderF16: false })).not.toContain('fp16');
    expect(dtypePreference('webgpu', { shaderF16: true })).not.toContain('q8');
  });
});

describe('fetchWeights', () => {
  it('takes the first preferred file that exists', async () => {
    const w = await fetchWeights(
      sourceWith(['onnx/model.onnx', 'onnx/model_fp16.onnx']),
      'auto',
      ['q8', 'fp16', 'fp32'],
      new Map(),
      () => {},
    );
    expect({ dtype: w.dtype, path: w.path }).toEqual({ dtype: 'fp16', path: 'onnx/model_fp16.onnx' });
  });

  it('lists what it looked for when nothing exists', async () => {
    await expect(fetchWeights(sourceWith([]), 'auto', ['q8', 'fp32'], new Map(), () => {})).rejects.toMatchObject({
      code: 'MODEL_FILE_MISSING',
      message: expect.stringMatching(/onnx\/model_quantized.onnx, model_quantized.onnx, onnx\/model.onnx, model.onnx\.$/),
    });
  });

  it('tries an explicit choice first and says when it had to use another file', async () => {
    const events: LoadProgress[] = [];
    const w = await fetchWeights(sourceWith(['onnx/model_quantized.onnx']), 'q4', ['q8', 'fp32'], new Map(), (p) => events.push(p));
    expect(w.dtype).toBe('q8');
    expect(events).toEqual([{ phase: 'notice', message: 'onnx/model_q4.onnx is not in this model; using onnx/model_quantized.onnx.' }]);
  });

  it("finds Optimum's layout (weights at the repo root) after the onnx/ folder, format by format", async () => {
    const reads: string[] = [];
    const w = await fetchWeights(sourceWith(['model.onnx', 'model_quantized.onnx'], reads), 'auto', ['q8', 'fp32'], new Map(), () => {});
    expect({ dtype: w.dtype, path: w.path }).toEqual({ dtype: 'q8', path: 'model_quantized.onnx' });
    expect(reads).toEqual(['onnx/model_quantized.onnx', 'model_quantized.onnx']);
    const fp32 = await fetchWeights(sourceWith(['model.onnx', 'onnx/model.onnx']), 'auto', ['fp32'], new Map(), () => {});
    expect(fp32.path).toBe('onnx/model.onnx');
  });

  it('reuses bytes already downloaded (a WebGPU → WASM fallback reads no file twice)', async () => {
    const reads: string[] = [];
    const downloaded = new Map<string, Uint8Array>();
    const source = sourceWith(['onnx/model.onnx'], reads);
    await fetchWeights(source, 'auto', ['fp32'], downloaded, () => {});
    await fetchWeights(source, 'auto', ['q8', 'fp32'], downloaded, () => {});
    expect(reads).toEqual(['onnx/model.onnx', 'onnx/model_quantized.onnx', 'model_quantized.onnx']);
  });

  describe('when a download fails', () => {
    const offline = (cached: string[], reads: string[] = []): ModelFileSource => ({
      label: 'hub, offline',
      isCached: async (path) => cached.includes(path),
      read: async (path) => {
        reads.push(path);
        if (cached.includes(path)) return new Uint8Array(path.length);
        throw new QaError('NETWORK', `Could not download ${path}.`);
      },
    });

    it('uses a later format saved on this device (offline WebGPU: q4 fails, the cached fp32 loads)', async () => {
      const reads: string[] = [];
      const w = await fetchWeights(offline(['onnx/model.onnx'], reads), 'auto', ['q4', 'fp32'], new Map(), () => {});
      expect(w.path).toBe('onnx/model.onnx');
      expect(reads).toEqual(['onnx/model_q4.onnx', 'onnx/model.onnx']);
    });

    it('says so when the failed file was an explicit choice', async () => {
      const events: LoadProgress[] = [];
      await fetchWeights(offline(['onnx/model.onnx']), 'q4', ['q4', 'fp32'], new Map(), (p) => events.push(p));
      expect(events).toEqual([
        { phase: 'notice', message: 'onnx/model_q4.onnx could not be downloaded; using the copy of onnx/model.onnx saved on this device.' },
      ]);
    });

    it('keeps the network error when no later format is saved: it never downloads another file instead', async () => {
      const reads: string[] = [];
      await expect(fetchWeights(offline([], reads), 'auto', ['q8', 'fp32'], new Map(), () => {})).rejects.toMatchObject({
        code: 'NETWORK',
      });
      expect(reads).toEqual(['onnx/model_quantized.onnx']);
    });

    it('does not swallow other errors', async () => {
      const source: ModelFileSource = {
        label: 'broken',
        read: async () => {
          throw new QaError('MODEL_INVALID', 'damaged');
        },
      };
      await expect(fetchWeights(source, 'auto', ['q8', 'fp32'], new Map(), () => {})).rejects.toMatchObject({ code: 'MODEL_INVALID' });
    });
  });
});
