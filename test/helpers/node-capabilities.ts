import type { Capabilities } from '../../src/shared/protocol';

/** What Node offers a model load: WASM with SIMD, one thread (no cross-origin isolation), no WebGPU. */
export const NODE_CAPS: Capabilities = {
  webgpu: false,
  webgpuAdapter: null,
  shaderF16: false,
  crossOriginIsolated: false,
  maxThreads: 1,
  wasmSimd: true,
};
