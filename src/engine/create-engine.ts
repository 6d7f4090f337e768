import type * as OrtModule from 'onnxruntime-web';
import type { AskOptions } from '../shared/answers';
import type { Backend } from '../shared/model-formats';
import { parseModelConfig, type ModelConfig } from './model-config';
import { OrtLogitsRunner } from './ort-runner';
import { QaEngine } from './qa-engine';
import { createSession } from './session';
import { tokenizerFromJson } from './tokenizer/from-json';
import type { QaTokenizer } from './tokenizer/qa-tokenizer';
import { DEFAULT_WINDOW_OPTIONS } from './windows';

export interface ModelBytes {
  /** config.json's text, or the config already parsed from it. */
  config: string | ModelConfig;
  /** tokenizer.json's text, or the tokenizer already built from it. */
  tokenizer: string | QaTokenizer;
  onnx: Uint8Array;
}

export interface LoadedEngine {
  engine: QaEngine;
  config: ModelConfig;
  /** The session's owner (for profiling and raw-logit checks); questions go through `engine`. */
  runner: OrtLogitsRunner;
  /** Waits for the model run in flight (a question or a warm-up), then frees the session. */
  dispose(): Promise<void>;
}

/**
 * Validates the text files before the (slow) session creation, so bad folders fail fast.
 * `sessionOptions` win over the app's defaults (the benchmark compares settings with them).
 */
export async function createEngine(
  ort: typeof OrtModule,
  files: ModelBytes,
  backend: Backend,
  sessionOptions: OrtModule.InferenceSession.SessionOptions = {},
): Promise<LoadedEngine> {
  const config = typeof files.config === 'string' ? parseModelConfig(files.config) : files.config;
  const tokenizer = typeof files.tokenizer === 'string' ? tokenizerFromJson(files.tokenizer) : files.tokenizer;
  const session = await createSession(ort, files.onnx, backend, sessionOptions);
  let runner: OrtLogitsRunner;
  try {
    runner = new OrtLogitsRunner(ort, session);
  } catch (e) {
    await session.release();
    throw e;
  }
  const engine = new QaEngine(tokenizer, runner, engineDefaults(backend, config), config.maxPositionEmbeddings);
  return { engine, config, runner, dispose: () => runner.dispose() };
}

/**
 * On WASM a batch of windows costs the same per window as single windows (the kernels are already
 * busy at 1×384; measured in BENCHMARKS.md), so one window per call gives the first answer soonest
 * and lets a cancel in between every window. On WebGPU batching fills the GPU, but the first call
 * still runs one window so a long document shows its first answer as early as on WASM. Windows are
 * never longer than the model's position embeddings (some small models have 128 or 256).
 */
export function engineDefaults(backend: Backend, config?: ModelConfig): Partial<AskOptions> {
  const batching: Partial<AskOptions> = backend === 'wasm' ? { batchSize: 1 } : { batchSize: 4, firstBatchSize: 1 };
  const maxSeqLength = Math.min(DEFAULT_WINDOW_OPTIONS.maxSeqLength, config?.maxPositionEmbeddings ?? Infinity);
  return { ...batching, maxSeqLength };
}
