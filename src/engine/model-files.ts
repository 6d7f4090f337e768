import { QaError } from '../shared/errors';

/** Weight formats, named as transformers.js names them, and the file each lives in (HF layout). */
export type Dtype = 'fp32' | 'fp16' | 'q8' | 'int8' | 'uint8' | 'q4' | 'q4f16';
export type Backend = 'webgpu' | 'wasm';

export const DTYPE_FILES: Record<Dtype, string> = {
  fp32: 'onnx/model.onnx',
  fp16: 'onnx/model_fp16.onnx',
  q8: 'onnx/model_quantized.onnx',
  int8: 'onnx/model_int8.onnx',
  uint8: 'onnx/model_uint8.onnx',
  q4: 'onnx/model_q4.onnx',
  q4f16: 'onnx/model_q4f16.onnx',
};

const WORDPIECE_MODEL_TYPES = new Set(['bert', 'distilbert', 'mobilebert', 'electra', 'megatron-bert']);

/**
 * Which weight files to try, best first. WebGPU has no MatMulInteger kernel, so dynamic-int8 ("q8")
 * graphs would fall back to CPU there: use fp16 (when the adapter has shader-f16), q4 or fp32. On WASM
 * the int8 graph is the fastest and smallest.
 */
export function dtypePreference(backend: Backend, opts: { shaderF16?: boolean } = {}): Dtype[] {
  if (backend === 'webgpu') return opts.shaderF16 ? ['fp16', 'q4f16', 'q4', 'fp32'] : ['q4', 'fp32'];
  return ['q8', 'int8', 'uint8', 'fp32'];
}

/** First preferred dtype whose file exists; explains what was looked for when none does. */
export function resolveModelFile(exists: (path: string) => boolean, preference: readonly Dtype[]): { dtype: Dtype; path: string } {
  for (const dtype of preference) {
    const path = DTYPE_FILES[dtype];
    if (exists(path)) return { dtype, path };
  }
  throw new QaError(
    'MODEL_FILE_MISSING',
    `No ONNX weights found. Looked for ${preference.map((d) => DTYPE_FILES[d]).join(', ')}.`,
    { looked: preference.map((d) => DTYPE_FILES[d]) },
  );
}

export interface ModelConfig {
  modelType: string;
  maxPositionEmbeddings: number;
}

/** Validates config.json for an extractive-QA model of the BERT family (WordPiece tokenizers). */
export function parseModelConfig(text: string): ModelConfig {
  let json: any;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new QaError('MODEL_CONFIG_INVALID', `config.json is not valid JSON: ${(e as Error).message}`);
  }
  const modelType = json?.model_type;
  if (typeof modelType !== 'string') throw new QaError('MODEL_CONFIG_INVALID', 'config.json has no "model_type".');
  if (!WORDPIECE_MODEL_TYPES.has(modelType)) {
    throw new QaError(
      'MODEL_CONFIG_INVALID',
      `config.json says model_type "${modelType}"; this app runs BERT-family QA models (bert, distilbert, mobilebert).`,
      { modelType },
    );
  }
  const archs: unknown = json.architectures;
  if (Array.isArray(archs) && archs.length > 0 && !archs.some((a) => typeof a === 'string' && a.endsWith('ForQuestionAnswering'))) {
    throw new QaError('MODEL_CONFIG_INVALID', `config.json describes a ${archs.join(', ')}, not a question-answering model.`, {
      architectures: archs,
    });
  }
  const maxPos = typeof json.max_position_embeddings === 'number' ? json.max_position_embeddings : 512;
  return { modelType, maxPositionEmbeddings: maxPos };
}
