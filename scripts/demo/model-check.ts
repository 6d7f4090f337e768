/**
 * The builder's check of the model: the app's own load (engine loadModel on onnxruntime-web's WASM
 * backend, config, tokenizer, session, a warm-up question), so a folder the demo could not load is
 * refused with the app's error, before anything is written.
 */
import * as ort from 'onnxruntime-web';
import { loadModel } from '../../src/engine/load-model';
import type { ModelFileSource } from '../../src/engine/model-source';
import { QaError } from '../../src/shared/errors';
import { DTYPE_NAMES, dtypeFiles, type Dtype } from '../../src/shared/model-formats';
import { NODE_CAPS } from '../../test/helpers/node-capabilities';

ort.env.wasm.numThreads = 1;

/** The text files a load reads, or that a tokenizer's tooling may want beside it; copied when present. */
export const MODEL_TEXT_FILES = ['config.json', 'tokenizer.json', 'tokenizer_config.json', 'special_tokens_map.json'];

/** WASM's choice first: the int8 graph is the smallest and fastest there (see src/engine/weights.ts). */
const DEFAULT_ORDER: Dtype[] = ['q8', 'int8', 'uint8', 'fp32', 'fp16', 'q4', 'q4f16'];

export interface CheckedModel {
  dtype: Dtype;
  /** Where the weights are in the model (onnx/model_quantized.onnx, or model_quantized.onnx at the root). */
  weightsPath: string;
  modelType: string;
}

const exists = async (source: ModelFileSource, path: string) => (await source.read(path, () => {})) !== null;

async function weightsOf(source: ModelFileSource, requested: Dtype | null): Promise<{ dtype: Dtype; path: string }> {
  for (const dtype of requested ? [requested] : DEFAULT_ORDER) {
    for (const path of dtypeFiles(dtype)) if (await exists(source, path)) return { dtype, path };
  }
  const looked = (requested ? [requested] : DEFAULT_ORDER).flatMap(dtypeFiles);
  throw new QaError('MODEL_FILE_MISSING', `No ONNX weights in ${source.label}: looked for ${looked.join(', ')}.`, { looked });
}

export function parseDtype(raw: string | undefined): Dtype | null {
  if (raw === undefined || raw === 'auto') return null;
  if (!(DTYPE_NAMES as string[]).includes(raw)) throw new Error(`--dtype must be one of auto, ${DTYPE_NAMES.join(', ')}; not "${raw}".`);
  return raw as Dtype;
}

export async function checkModel(source: ModelFileSource, requested: Dtype | null): Promise<CheckedModel> {
  const { dtype, path } = await weightsOf(source, requested);
  const { loaded, info } = await loadModel(ort, source, { backend: 'wasm', dtype, threads: 1 }, NODE_CAPS, () => {});
  await loaded.dispose();
  if (info.file !== path) throw new QaError('MODEL_FILE_MISSING', `${path} could not be loaded from ${source.label}.`);
  return { dtype, weightsPath: path, modelType: info.modelType };
}
