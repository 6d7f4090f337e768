/**
 * The backends and weight formats, one table each: the engine resolves files from them, the URL
 * parser validates against them and the settings form lists them, so a format is added in one place.
 */

export const BACKENDS = ['webgpu', 'wasm'] as const;
export type Backend = (typeof BACKENDS)[number];

export const BACKEND_CHOICES = ['auto', ...BACKENDS] as const;
export type BackendChoice = (typeof BACKEND_CHOICES)[number];

interface DtypeInfo {
  /** Where the weights live in the Hugging Face (transformers.js) layout. */
  file: string;
  /** Short label for a select that shares a row with two others. */
  label: string;
  /** Listed in the settings form; the rest are accepted (URL, saved settings) but rarely published. */
  listed: boolean;
}

/** Weight formats, named as transformers.js names them. */
export const DTYPES = {
  fp32: { file: 'onnx/model.onnx', label: 'fp32', listed: true },
  fp16: { file: 'onnx/model_fp16.onnx', label: 'fp16', listed: true },
  q8: { file: 'onnx/model_quantized.onnx', label: 'q8 (8-bit)', listed: true },
  int8: { file: 'onnx/model_int8.onnx', label: 'int8', listed: false },
  uint8: { file: 'onnx/model_uint8.onnx', label: 'uint8', listed: false },
  q4: { file: 'onnx/model_q4.onnx', label: 'q4 (4-bit)', listed: true },
  q4f16: { file: 'onnx/model_q4f16.onnx', label: 'q4f16', listed: false },
} as const satisfies Record<string, DtypeInfo>;
export type Dtype = keyof typeof DTYPES;

export const DTYPE_NAMES = Object.keys(DTYPES) as Dtype[];
export type DtypeChoice = 'auto' | Dtype;
export const DTYPE_CHOICES: readonly DtypeChoice[] = ['auto', ...DTYPE_NAMES];

/** The weights file of a format. */
export const dtypeFile = (dtype: Dtype): string => DTYPES[dtype].file;

/**
 * Optimum's export layout puts the weights at the repo root (`optimum-cli export onnx`, and its
 * quantizer's `model_quantized.onnx`): many community ONNX exports of RoBERTa, DeBERTa-v3 and XLM-R
 * SQuAD models are published so. Tried after the onnx/ file of the same format.
 */
const ROOT_FILES: Partial<Record<Dtype, string>> = { fp32: 'model.onnx', q8: 'model_quantized.onnx' };

/** Every place a format's weights may be, in the order to try them. */
export const dtypeFiles = (dtype: Dtype): string[] => [DTYPES[dtype].file, ...(ROOT_FILES[dtype] ? [ROOT_FILES[dtype]] : [])];

/** Cache Storage bucket holding downloaded model files; the storage panel lists and deletes it. */
export const MODEL_CACHE_NAME = 'qa-models-v1';
