import { describe, expect, it } from 'vitest';
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
});
