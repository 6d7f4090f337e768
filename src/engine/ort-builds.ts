import type * as OrtModule from 'onnxruntime-web';
import type { Backend } from '../shared/model-formats';
import { configureOrt } from './ort-env';

type Ort = typeof OrtModule;

/**
 * The onnxruntime-web build for each backend, imported, configured and started on first use.
 * WASM gets the WASM-only build: half the download of the WebGPU-capable (JSEP) build and a faster
 * start (measured in BENCHMARKS.md). A page that falls back from WebGPU to WASM loads both.
 */
export function ortBuilds(threads: number): (backend: Backend) => Promise<Ort> {
  const builds = new Map<Backend, Promise<Ort>>();
  return (backend) => {
    let ort = builds.get(backend);
    if (!ort) {
      const module: Promise<Ort> = backend === 'wasm' ? import('onnxruntime-web/wasm') : import('onnxruntime-web');
      ort = module.then((m) => (configureOrt(m, threads), m));
      builds.set(backend, ort);
    }
    return ort;
  };
}
