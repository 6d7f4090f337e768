import type * as OrtModule from 'onnxruntime-web';

/**
 * onnxruntime-web reads its WASM settings once, when the first session is created; the worker calls
 * this before loading. Threads need SharedArrayBuffer, i.e. a cross-origin isolated page.
 */
export function configureOrt(ort: typeof OrtModule, threads: number): number {
  const effective = Math.max(1, Math.floor(threads));
  ort.env.wasm.numThreads = effective;
  ort.env.logLevel = 'error';
  return effective;
}
