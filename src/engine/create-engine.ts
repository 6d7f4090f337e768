import type * as OrtModule from 'onnxruntime-web';
import type { Backend } from './model-files';
import { parseModelConfig, type ModelConfig } from './model-files';
import { OrtLogitsRunner } from './ort-runner';
import { QaEngine } from './qa-engine';
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
    return { engine: new QaEngine(tokenizer, runner), config, session };
  } catch (e) {
    await session.release();
    throw e;
  }
}
