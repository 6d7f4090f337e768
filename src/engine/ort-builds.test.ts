import { describe, expect, it } from 'vitest';
import { ortBuilds } from './ort-builds';
import { ortRuntimeStarted } from './ort-env';

describe('ortBuilds', () => {
  it('imports one onnxruntime-web build per backend, once, configured with the thread count', async () => {
    const ortFor = ortBuilds(1);
    const wasm = ortFor('wasm');
    expect(ortFor('wasm')).toBe(wasm);
    const [wasmOrt, gpuOrt] = await Promise.all([wasm, ortFor('webgpu')]);
    expect(wasmOrt).not.toBe(gpuOrt);
    for (const ort of [wasmOrt, gpuOrt]) {
      expect(ort.env.wasm.numThreads).toBe(1);
      await ortRuntimeStarted(ort);
    }
  });
});
