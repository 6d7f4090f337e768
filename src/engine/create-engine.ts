import type * as OrtModule from 'onnxruntime-web';
import type { Backend } from './model-files';
import { parseModelConfig, type ModelConfig } from './model-files';
import { OrtLogitsRunner } from './ort-runner';
import { QaEngine, type AskOptions } from './qa-engine';
import { createSession } from './session';
import { BertTokenizer } from './tokenizer/bert-tokenizer';

export interface ModelBytes {
  config: string;
  tokenizer: string;
  onnx: Uint8Array;
}

export interface LoadedEngine {
  engine: QaEngine;
  config: ModelConfig;
  session: OrtModule.InferenceSession;
}

/** Validates the text files before the (slow) session creation, so bad folders fail fast. */
export async function createEngine(ort: typeof OrtModule, files: ModelBytes, backend: Backend): Promise<LoadedEngine> {
  const config = parseModelConfig(files.config);
  const tokenizer = BertTokenizer.fromJSON(files.tokenizer);
  const session = await createSession(ort, files.onnx, backend);
  try {
    const runner = new OrtLogitsRunner(ort, session);
    return { engine: new QaEngine(tokenizer, runner, engineDefaults(backend)), config, session };
  } catch (e) {
    await session.release();
    throw e;
  }
}

/**
 * On WASM a batch of windows costs the same per window as single windows (the kernels are already
 * busy at 1×384; measured in BENCHMARKS.md), so one window per call gives the first answer soonest
 * and lets a cancel in between every window. On WebGPU batching fills the GPU, but the first call
 * still runs one window so a long document shows its first answer as early as on WASM.
 */
export function engineDefaults(backend: Backend): Partial<AskOptions> {
  return backend === 'wasm' ? { batchSize: 1 } : { batchSize: 4, firstBatchSize: 1 };
}
