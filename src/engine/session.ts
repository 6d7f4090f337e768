import type * as OrtModule from 'onnxruntime-web';
import { QaError } from '../shared/errors';
import type { Backend } from '../shared/model-formats';
import { ortRuntimeStarted } from './ort-env';

type Ort = typeof OrtModule;

/**
 * Creates an ONNX Runtime session on one backend. The onnxruntime module is passed in so the same
 * engine code runs in the browser worker and in Node tests (onnxruntime-web's wasm backend).
 * Failures are typed: a WebGPU failure is BACKEND_UNAVAILABLE (the caller falls back to WASM), a
 * WASM failure means the file itself is bad.
 */
export async function createSession(
  ort: Ort,
  model: Uint8Array,
  backend: Backend,
  /** Extra session options (the benchmark uses this to compare settings); they win over the defaults. */
  overrides: OrtModule.InferenceSession.SessionOptions = {},
): Promise<OrtModule.InferenceSession> {
  await ortRuntimeStarted(ort);
  try {
    return await ort.InferenceSession.create(model, {
      executionProviders: [backend],
      graphOptimizationLevel: 'all',
      // Warnings such as "some nodes were not assigned to the preferred provider" are expected.
      logSeverityLevel: 3,
      ...overrides,
    });
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    if (backend === 'webgpu') throw new QaError('BACKEND_UNAVAILABLE', `WebGPU could not run this model: ${message}`);
    throw new QaError('MODEL_INVALID', `The ONNX file could not be loaded (truncated or not an ONNX model?): ${message}`);
  }
}
