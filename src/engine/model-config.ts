import { QaError } from '../shared/errors';

const WORDPIECE_MODEL_TYPES = new Set(['bert', 'distilbert', 'mobilebert', 'electra', 'megatron-bert']);

/** Room for a question, three special tokens and a useful slice of the document. */
export const MIN_POSITIONS = 32;

export interface ModelConfig {
  modelType: string;
  /** Longest input the model's position embeddings allow; windows are capped to it. */
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
  // 512 is BERT's own default when the key is absent; a value that cannot hold a short window is a broken file.
  const maxPos = json.max_position_embeddings ?? 512;
  if (!Number.isInteger(maxPos) || maxPos < MIN_POSITIONS) {
    throw new QaError(
      'MODEL_CONFIG_INVALID',
      `config.json says max_position_embeddings ${JSON.stringify(maxPos)}; a QA model needs at least ${MIN_POSITIONS}.`,
      {
        maxPositionEmbeddings: maxPos,
      },
    );
  }
  return { modelType, maxPositionEmbeddings: maxPos };
}
