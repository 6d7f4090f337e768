/** The Hugging Face `model_type` of each family; DeBERTa-v3 checkpoints say "deberta-v2". */
export type ModelFamily = 'distilbert' | 'bert' | 'roberta' | 'deberta-v2' | 'xlm-roberta';

export const FAMILY_LABELS: Record<ModelFamily, string> = {
  distilbert: 'DistilBERT',
  bert: 'BERT',
  roberta: 'RoBERTa',
  'deberta-v2': 'DeBERTa-v3',
  'xlm-roberta': 'XLM-RoBERTa',
};

/** The weight formats model pages list sizes for (the app's dtype names). */
export type SizedDtype = 'q8' | 'fp16' | 'fp32';

export interface PublishedScore {
  dataset: 'SQuAD v1.1 dev' | 'SQuAD v2.0 dev';
  /** null: the source gives none ("not stated"). */
  f1: number | null;
  exactMatch: number | null;
  /** Where on the page the figure is: the card's prose, or its model-index metadata. */
  statedIn: string;
  /** The page the figures were read from. */
  url: string;
}

export interface KnownModel {
  /**
   * What a load fetches: a Hugging Face repo with config.json, tokenizer.json and the weights in
   * onnx/ (transformers.js layout) or at the root (Optimum's export layout).
   */
  hubId: string;
  name: string;
  family: ModelFamily;
  languages: readonly string[];
  /** The model card: the citation for what the model is. */
  cardUrl: string;
  score: PublishedScore;
  /** Approximate download size of the weights file per format, in MB (as the hub lists them). */
  sizesMB: Partial<Record<SizedDtype, number>>;
  /** The file listing the sizes were read from; null when none was found. */
  sizesUrl: string | null;
  /** false until the engine can run the family (or an ONNX export in the hub layout exists). */
  loadable: boolean;
  /** Why it cannot be loaded yet, shown next to the entry (under "Not loadable yet"). */
  blocker?: string;
  /**
   * Set when hubId is someone's ONNX conversion of the model on the card, not the card's own repo:
   * who published it. Its file layout was read from the hub's listing; loading it was not tried here
   * (no network in this project's tests), so the picker says it is a community export.
   */
  exportedBy?: string;
}

/**
 * Hub models known to work with this app (or about to), with what their pages say. Scores are copied
 * as published, never measured here; a figure a page does not give is null and shown as "not stated".
 */
export const KNOWN_MODELS: readonly KnownModel[] = [
  {
    hubId: 'Xenova/distilbert-base-cased-distilled-squad',
    name: 'DistilBERT base cased',
    family: 'distilbert',
    languages: ['English'],
    cardUrl: 'https://huggingface.co/distilbert/distilbert-base-cased-distilled-squad',
    score: {
      dataset: 'SQuAD v1.1 dev',
      f1: 87.1,
      exactMatch: null,
      statedIn: 'model card text',
      url: 'https://huggingface.co/distilbert/distilbert-base-cased-distilled-squad',
    },
    sizesMB: { q8: 65.8, fp16: 131, fp32: 261 },
    sizesUrl: 'https://huggingface.co/Xenova/distilbert-base-cased-distilled-squad/tree/main/onnx',
    loadable: true,
    exportedBy: 'Xenova (transformers.js)',
  },
  {
    hubId: 'Xenova/distilbert-base-uncased-distilled-squad',
    name: 'DistilBERT base uncased',
    family: 'distilbert',
    languages: ['English'],
    cardUrl: 'https://huggingface.co/distilbert/distilbert-base-uncased-distilled-squad',
    score: {
      dataset: 'SQuAD v1.1 dev',
      f1: 86.9,
      exactMatch: null,
      statedIn: 'model card text (Evaluation)',
      url: 'https://huggingface.co/distilbert/distilbert-base-uncased-distilled-squad',
    },
    sizesMB: { q8: 67, fp16: 133, fp32: 266 },
    sizesUrl: 'https://huggingface.co/Xenova/distilbert-base-uncased-distilled-squad/tree/main/onnx',
    loadable: true,
    exportedBy: 'Xenova (transformers.js)',
  },
  {
    hubId: 'google-bert/bert-large-uncased-whole-word-masking-finetuned-squad',
    name: 'BERT large uncased, whole word masking',
    family: 'bert',
    languages: ['English'],
    cardUrl: 'https://huggingface.co/google-bert/bert-large-uncased-whole-word-masking-finetuned-squad',
    score: {
      dataset: 'SQuAD v1.1 dev',
      f1: 93.15,
      exactMatch: 86.91,
      statedIn: 'the transformers question-answering example that trained this checkpoint',
      url: 'https://github.com/huggingface/transformers/blob/main/examples/legacy/question-answering/README.md',
    },
    sizesMB: { q8: 337, fp16: 672, fp32: 1340 },
    sizesUrl: 'https://huggingface.co/ort-community/bert-large-uncased-whole-word-masking-finetuned-squad-ONNX-ORT/tree/main/ort_models',
    loadable: false,
    blocker:
      'No ONNX export of it in a layout the app reads (onnx/ or the repo root, with tokenizer.json) was found: export it with Optimum and load the folder under "Another model".',
  },
  {
    hubId: 'optimum/roberta-base-squad2',
    name: 'RoBERTa base',
    family: 'roberta',
    languages: ['English'],
    cardUrl: 'https://huggingface.co/deepset/roberta-base-squad2',
    score: {
      dataset: 'SQuAD v2.0 dev',
      f1: 82.9501,
      exactMatch: 79.9309,
      statedIn: 'model card metadata (model-index, verified)',
      url: 'https://huggingface.co/deepset/roberta-base-squad2',
    },
    sizesMB: { fp32: 496 },
    sizesUrl: 'https://huggingface.co/optimum/roberta-base-squad2/tree/db07770d7fa024df076e60947b445b0b3290f8eb',
    loadable: true,
    exportedBy: 'Optimum (Hugging Face)',
  },
  {
    hubId: 'weakit-v/tinyroberta-squad2-onnx',
    name: 'TinyRoBERTa',
    family: 'roberta',
    languages: ['English'],
    cardUrl: 'https://huggingface.co/deepset/tinyroberta-squad2',
    score: {
      dataset: 'SQuAD v2.0 dev',
      f1: 82.0355,
      exactMatch: 78.8627,
      statedIn: 'model card metadata (model-index, verified)',
      url: 'https://huggingface.co/deepset/tinyroberta-squad2',
    },
    sizesMB: { q8: 82, fp32: 326 },
    sizesUrl: 'https://huggingface.co/weakit-v/tinyroberta-squad2-onnx/tree/main/onnx',
    loadable: true,
    exportedBy: 'weakit-v',
  },
  {
    hubId: 'holisticon/deberta-v3-base-squad2-onnx',
    name: 'DeBERTa-v3 base',
    family: 'deberta-v2',
    languages: ['English'],
    cardUrl: 'https://huggingface.co/deepset/deberta-v3-base-squad2',
    score: {
      dataset: 'SQuAD v2.0 dev',
      f1: 87.41,
      exactMatch: 83.8248,
      statedIn: 'model card metadata (model-index, verified)',
      url: 'https://huggingface.co/deepset/deberta-v3-base-squad2',
    },
    sizesMB: { fp32: 736 },
    sizesUrl: 'https://huggingface.co/holisticon/deberta-v3-base-squad2-onnx/tree/main',
    loadable: true,
    exportedBy: 'Holisticon',
  },
  {
    hubId: 'holisticon/xlm-roberta-base-squad2-onnx',
    name: 'XLM-RoBERTa base (multilingual)',
    family: 'xlm-roberta',
    languages: ['Multilingual'],
    cardUrl: 'https://huggingface.co/deepset/xlm-roberta-base-squad2',
    score: {
      dataset: 'SQuAD v2.0 dev',
      f1: 77.1833,
      exactMatch: 74.0354,
      statedIn: 'model card metadata (model-index, verified)',
      url: 'https://huggingface.co/deepset/xlm-roberta-base-squad2',
    },
    sizesMB: {},
    sizesUrl: null,
    loadable: true,
    exportedBy: 'Holisticon',
  },
];

export function findKnownModel(hubId: string): KnownModel | undefined {
  const id = hubId.trim();
  return KNOWN_MODELS.find((m) => m.hubId === id);
}
