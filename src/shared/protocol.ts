/**
 * Types shared by the worker and the UI: what can be loaded, how progress is reported, what the
 * worker says about the machine. The worker's API type itself comes from the worker module.
 */
import type { Backend, BackendChoice, Dtype, DtypeChoice } from './model-formats';

/** A file the user picked or dropped, with its path inside the model folder (e.g. "onnx/model.onnx"). */
export interface LocalModelFile {
  path: string;
  file: Blob;
}

/** A file a host could not hold whole (GitHub Pages: 100 MB), kept as parts read back into one buffer. */
export interface SplitFile {
  bytes: number;
  /** Paths of the parts, in order, relative to the model's base URL. */
  parts: string[];
}

export type ModelSource =
  | { kind: 'hub'; id: string; revision?: string }
  /** `split`: files served in parts (a demo site built by npm run demo), by the path the engine asks for. */
  | { kind: 'url'; baseUrl: string; split?: Record<string, SplitFile> }
  | { kind: 'local'; name: string; files: LocalModelFile[] };

export interface LoadOptions {
  backend: BackendChoice;
  /** 'auto' picks per backend: q8 on WASM; fp16 (with shader-f16), q4 or fp32 on WebGPU. */
  dtype: DtypeChoice;
  /** WASM threads; 0 = as many as allowed (hardwareConcurrency when cross-origin isolated, else 1). */
  threads: number;
}

export type LoadProgress =
  | { phase: 'download'; file: string; loaded: number; total: number | null; fromCache: boolean }
  | { phase: 'compile'; backend: Backend; dtype: Dtype }
  | { phase: 'warmup'; backend: Backend }
  | { phase: 'notice'; message: string };

export interface InferProgress {
  phase: 'infer';
  done: number;
  total: number;
  /**
   * Measured milliseconds per passage on this model: this reading's steady pace once it has one
   * (batches after the first), else the last long reading's; null while nothing is measured.
   */
  msPerWindow: number | null;
}

export interface Capabilities {
  webgpu: boolean;
  /** Adapter description, e.g. "SwiftShader" when Chromium runs WebGPU on the CPU. */
  webgpuAdapter: string | null;
  shaderF16: boolean;
  crossOriginIsolated: boolean;
  /** Threads WASM can use here: hardwareConcurrency when cross-origin isolated, else 1. */
  maxThreads: number;
  /** WebAssembly SIMD: every onnxruntime-web build this app ships needs it. */
  wasmSimd: boolean;
}

export interface ModelInfo {
  source: string;
  modelType: string;
  backend: Backend;
  dtype: Dtype;
  file: string;
  threads: number;
  /** Set when the requested backend failed and we fell back (shown to the user). */
  fallbackReason: string | null;
  loadMs: number;
}
