import type * as OrtModule from 'onnxruntime-web';
import type { Backend } from '../shared/model-formats';
import { configureOrt } from './ort-env';

type Ort = typeof OrtModule;

/**
 * The onnxruntime-web build for each backend, imported, configured and started on first use.
 * WASM gets the WASM-only build: about half the download of a WebGPU-capable build and a faster
 * start (measured in BENCHMARKS.md). A page that falls back from WebGPU to WASM loads both.
 *
 * WebGPU gets `onnxruntime-web/webgpu`, the native (C++, Dawn) WebGPU execution provider
 * (ort-wasm-simd-threaded.asyncify.wasm, 26.8 MB), not the default entry's JSEP build
 * (ort-wasm-simd-threaded.jsep.wasm, 28.3 MB), which is deprecated since onnxruntime-web 1.29. Checked
 * on SwiftShader (e2e/backends.spec.ts): fp32 and q4 (MatMulNBits) run on the GPU, q8's MatMulInteger
 * nodes run on the CPU provider, as with JSEP. An fp16 graph on an adapter without `shader-f16` fails
 * with "Program Cast requires f16 but the device does not support it" and the app falls back to WASM;
 * JSEP ran it with WebGPU validation errors and returned all-zero logits. Both glues contain one
 * `new Function` (embind's method caller), never reached on these paths: the CSP needs no 'unsafe-eval'.
 */
export function ortBuilds(threads: number): (backend: Backend) => Promise<Ort> {
  const builds = new Map<Backend, Promise<Ort>>();
  return (backend) => {
    let ort = builds.get(backend);
    if (!ort) {
      const module: Promise<Ort> = backend === 'wasm' ? import('onnxruntime-web/wasm') : import('onnxruntime-web/webgpu');
      ort = module.then((m) => (configureOrt(m, threads), m));
      builds.set(backend, ort);
    }
    return ort;
  };
}
