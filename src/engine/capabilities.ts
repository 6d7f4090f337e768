import type { Capabilities } from '../shared/protocol';

interface GpuAdapterLike {
  features: { has(name: string): boolean };
  info?: { vendor?: string; architecture?: string; description?: string; isFallbackAdapter?: boolean };
  /** Deprecated: Chromium 156 reports it on `info` only (and its SwiftShader adapter is one). */
  isFallbackAdapter?: boolean;
}

/**
 * The smallest module that uses a SIMD instruction (a function returning i8x16.splat(0)): it
 * validates only where WebAssembly SIMD is supported.
 */
const SIMD_PROBE = new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0, 1, 5, 1, 96, 0, 1, 123, 3, 2, 1, 0, 10, 8, 1, 6, 0, 65, 0, 253, 15, 11]);

export function hasWasmSimd(): boolean {
  try {
    return typeof WebAssembly === 'object' && WebAssembly.validate(SIMD_PROBE);
  } catch {
    return false;
  }
}

/** What this runtime offers: WebGPU adapter (and fp16 shaders), cross-origin isolation, threads. */
export async function detectCapabilities(): Promise<Capabilities> {
  const g = globalThis as unknown as {
    navigator?: { gpu?: { requestAdapter(): Promise<GpuAdapterLike | null> }; hardwareConcurrency?: number };
    crossOriginIsolated?: boolean;
  };
  let adapter: GpuAdapterLike | null = null;
  try {
    adapter = (await g.navigator?.gpu?.requestAdapter()) ?? null;
  } catch {
    adapter = null;
  }
  const isolated = g.crossOriginIsolated === true;
  const cores = g.navigator?.hardwareConcurrency ?? 1;
  const info = adapter?.info;
  const name = info ? [info.vendor, info.architecture, info.description].filter(Boolean).join(' ') : '';
  // A software (fallback) adapter is said so: WebGPU there can be slower than WASM.
  const software = info?.isFallbackAdapter ?? adapter?.isFallbackAdapter ?? false;
  const label = name ? (software ? `${name} (software)` : name) : software ? 'software adapter' : 'GPU';
  return {
    webgpu: adapter !== null,
    webgpuAdapter: adapter ? label : null,
    shaderF16: adapter?.features.has('shader-f16') ?? false,
    crossOriginIsolated: isolated,
    // SharedArrayBuffer (hence WASM threads) exists only in cross-origin isolated pages.
    maxThreads: isolated ? Math.max(1, Math.min(cores, 16)) : 1,
    wasmSimd: hasWasmSimd(),
  };
}
