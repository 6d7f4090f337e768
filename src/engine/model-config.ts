import { QaError } from '../shared/errors';

/**
 * Encoder families whose QA exports the app runs: inputs input_ids, attention_mask and (when the
 * graph declares it) token_type_ids, outputs start/end logits; the tokenizer comes from
 * tokenizer.json (WordPiece, byte-level BPE or SentencePiece Unigram).
 */
export const SUPPORTED_MODEL_TYPES = [
  'bert',
  'distilbert',
  'mobilebert',
  'electra',
  'megatron-bert',
  'roberta',
  'xlm-roberta',
  'camembert',
  'deberta',
  'deberta-v2',
  'albert',
] as const;
const SUPPORTED = new Set<string>(SUPPORTED_MODEL_TYPES);
/** RoBERTa-style position ids start after the padding index: max_position_embeddings counts those too. */
const OFFSET_POSITIONS = new Set(['roberta', 'xlm-roberta', 'camembert']);

/** Room for a question, three special tokens and a useful slice of the document. */
export const MIN_POSITIONS = 32;

export interface ModelConfig {
  modelType: string;
  /** Longest input the model's position embeddings allow; windows are capped to it. */
  maxPositionEmbeddings: number;
}

/** Validates config.json for an extractive-QA model of a supported family. */
export function parseModelConfig(text: string): ModelConfig {
  let json: any;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new QaError('MODEL_CONFIG_INVALID', `config.json is not valid JSON: ${(e as Error).message}`);
  }
  const modelType = json?.model_type;
  if (typeof modelType !== 'string') throw new QaError('MODEL_CONFIG_INVALID', 'config.json has no "model_type".');
  if (!SUPPORTED.has(modelType)) {
    throw new QaError(
      'MODEL_CONFIG_INVALID',
      `config.json says model_type "${modelType}"; this app runs extractive QA models of these types: ${SUPPORTED_MODEL_TYPES.join(', ')}.`,
      { modelType, supported: [...SUPPORTED_MODEL_TYPES] },
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
  // RoBERTa's positions are padding_idx + 1 + i: 514 embeddings hold 512 tokens.
  const usable = OFFSET_POSITIONS.has(modelType) ? maxPos - (Number.isInteger(json.pad_token_id) ? json.pad_token_id : 1) - 1 : maxPos;
  return { modelType, maxPositionEmbeddings: usable };
}
