import { afterEach, describe, expect, it, vi } from 'vitest';
import { detectCapabilities, hasWasmSimd } from './capabilities';

describe('capabilities', () => {
  it('detects WebAssembly SIMD with a probe module that Node 20 (SIMD since Node 16) accepts', async () => {
    expect(hasWasmSimd()).toBe(true);
    expect((await detectCapabilities()).wasmSimd).toBe(true);
  });

  it('reports no SIMD where the probe does not validate', () => {
    const validate = WebAssembly.validate;
    WebAssembly.validate = () => false;
    try {
      expect(hasWasmSimd()).toBe(false);
    } finally {
      WebAssembly.validate = validate;
    }
  });

  describe('WebGPU adapter', () => {
    afterEach(() => vi.unstubAllGlobals());
    const withAdapter = (adapter: object | null) => vi.stubGlobal('navigator', { gpu: { requestAdapter: async () => adapter } });
    const features = { has: (f: string) => f === 'shader-f16' };

    it('names a software adapter as such, from adapter.info (Chromium 156) or the older adapter flag', async () => {
      withAdapter({ features, info: { vendor: 'google', architecture: 'swiftshader', description: '', isFallbackAdapter: true } });
      expect(await detectCapabilities()).toMatchObject({ webgpu: true, webgpuAdapter: 'google swiftshader (software)', shaderF16: true });
      withAdapter({ features, info: {}, isFallbackAdapter: true });
      expect((await detectCapabilities()).webgpuAdapter).toBe('software adapter');
    });

    it('names a hardware adapter by its info, and reports none when there is no adapter', async () => {
      withAdapter({ features, info: { vendor: 'nvidia', architecture: 'hopper', isFallbackAdapter: false } });
      expect((await detectCapabilities()).webgpuAdapter).toBe('nvidia hopper');
      withAdapter(null);
      expect(await detectCapabilities()).toMatchObject({ webgpu: false, webgpuAdapter: null, shaderF16: false });
    });
  });
});
