/**
 * Random-weight QA models at real sizes for the benchmark, written under .bench/models/ (git-ignored)
 * in the Hugging Face folder layout the app loads. Deterministic (seeded), and skipped when the files
 * are already there for the same generator version, so only the first `npm run bench` pays for it.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { type BenchFormat, type BertDims, type BertWeights, buildBertQa, type Linear, type Variant } from '../fixtures/bert-qa.js';
import { Rng, tokenizerSourceDir } from '../fixtures/generate.js';

/** Bump when weights or graph building change, so stale .bench models are rebuilt. */
const GENERATOR_VERSION = 4;

export type ModelName = 'bert-base' | 'distilbert';

export const MODEL_DIMS: Record<ModelName, BertDims> = {
  'bert-base': {
    hiddenSize: 768,
    numLayers: 12,
    numHeads: 12,
    intermediateSize: 3072,
    maxPositions: 512,
    typeVocabSize: 2,
    vocabSize: 30522,
    layerNormEps: 1e-12,
  },
  // DistilBERT: the BERT block with 6 layers and no token_type_ids (typeVocabSize 0 drops that input).
  distilbert: {
    hiddenSize: 768,
    numLayers: 6,
    numHeads: 12,
    intermediateSize: 3072,
    maxPositions: 512,
    typeVocabSize: 0,
    vocabSize: 30522,
    layerNormEps: 1e-12,
  },
};

export interface FormatSpec {
  /** Short id used in tables and CLI flags. */
  id: string;
  /** Path inside the model folder; names the app knows (model-files.ts DTYPE_FILES) where one fits. */
  file: string;
  build: Variant | BenchFormat;
  label: string;
  /** Only measured with --experiments (a dominated variant, kept for the record). */
  extra?: boolean;
}

export const FORMATS: FormatSpec[] = [
  { id: 'fp32', file: 'onnx/model.onnx', build: 'fp32', label: 'fp32' },
  {
    id: 'q8',
    file: 'onnx/model_quantized.onnx',
    build: { kind: 'int8-hf' },
    label: 'int8 MatMulInteger (dynamic, per-column), int8 word embeddings',
  },
  { id: 'qdq', file: 'onnx/model_qdq.onnx', build: { kind: 'qdq' }, label: 'int8 QDQ (DequantizeLinear + MatMul)' },
  {
    id: 'q4',
    file: 'onnx/model_q4.onnx',
    build: { kind: 'nbits', bits: 4, blockSize: 32, accuracyLevel: 4 },
    label: 'MatMulNBits 4-bit, block 32, accuracy_level 4',
  },
  {
    id: 'q4-b128',
    file: 'onnx/model_q4_b128.onnx',
    build: { kind: 'nbits', bits: 4, blockSize: 128, accuracyLevel: 4 },
    label: 'MatMulNBits 4-bit, block 128, accuracy_level 4',
    extra: true,
  },
  {
    id: 'q4-acc0',
    file: 'onnx/model_q4_acc0.onnx',
    build: { kind: 'nbits', bits: 4, blockSize: 32, accuracyLevel: 0 },
    label: 'MatMulNBits 4-bit, block 32, accuracy_level 0 (fp32 compute)',
  },
  {
    id: 'n8',
    file: 'onnx/model_n8.onnx',
    build: { kind: 'nbits', bits: 8, blockSize: 32, accuracyLevel: 4 },
    label: 'MatMulNBits 8-bit, block 32, accuracy_level 4',
  },
];

export function formatById(id: string): FormatSpec {
  const f = FORMATS.find((x) => x.id === id);
  if (!f) throw new Error(`unknown format "${id}"; known: ${FORMATS.map((x) => x.id).join(', ')}`);
  return f;
}

export function modelDir(root: string, name: ModelName): string {
  return join(root, '.bench/models', name);
}

/**
 * BERT-init-like random weights (std 0.02). The QA head's std makes logits vary by ~±2 across
 * positions (hidden states are unit-scale after LayerNorm), so span decoding has no ties and the
 * quantized formats' answer agreement is a meaningful test.
 */
function randomWeights(dims: BertDims, seed: number): BertWeights {
  const rng = new Rng(seed);
  const H = dims.hiddenSize;
  const lin = (inDim: number, outDim: number, std: number): Linear => ({
    w: rng.normals(inDim * outDim, std),
    b: rng.normals(outDim, 0.02),
    inDim,
    outDim,
  });
  const norm = () => ({ gamma: new Float32Array(H).fill(1), beta: new Float32Array(H) });
  return {
    dims,
    wordEmb: rng.normals(dims.vocabSize * H, 0.02),
    posEmb: rng.normals(dims.maxPositions * H, 0.02),
    typeEmb: rng.normals(Math.max(1, dims.typeVocabSize) * H, 0.02),
    embLn: norm(),
    layers: Array.from({ length: dims.numLayers }, () => ({
      q: lin(H, H, 0.02),
      k: lin(H, H, 0.02),
      v: lin(H, H, 0.02),
      o: lin(H, H, 0.02),
      ln1: norm(),
      ffIn: lin(H, dims.intermediateSize, 0.02),
      ffOut: lin(dims.intermediateSize, H, 0.02),
      ln2: norm(),
    })),
    qa: lin(H, 2, 2 / Math.sqrt(H)),
  };
}

function configJson(name: ModelName, d: BertDims): string {
  const distil = name === 'distilbert';
  const config = {
    model_type: distil ? 'distilbert' : 'bert',
    architectures: [distil ? 'DistilBertForQuestionAnswering' : 'BertForQuestionAnswering'],
    hidden_size: d.hiddenSize,
    num_hidden_layers: d.numLayers,
    num_attention_heads: d.numHeads,
    intermediate_size: d.intermediateSize,
    max_position_embeddings: d.maxPositions,
    type_vocab_size: d.typeVocabSize,
    vocab_size: d.vocabSize,
    layer_norm_eps: d.layerNormEps,
    hidden_act: 'gelu',
    pad_token_id: 0,
    // transformers.js reads these for DistilBERT-style configs.
    ...(distil ? { dim: d.hiddenSize, n_layers: d.numLayers, n_heads: d.numHeads, hidden_dim: d.intermediateSize } : {}),
    _bench: { generator: GENERATOR_VERSION, random_weights: true },
  };
  return JSON.stringify(config, null, 2) + '\n';
}

function writeAtomic(path: string, data: Uint8Array | string): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(`${path}.tmp`, data);
  renameSync(`${path}.tmp`, path);
}

function isCurrent(dir: string): boolean {
  try {
    return JSON.parse(readFileSync(join(dir, 'config.json'), 'utf8'))._bench?.generator === GENERATOR_VERSION;
  } catch {
    return false;
  }
}

/** Writes the model folder with every requested format that is missing; returns its path. */
export function ensureBenchModel(root: string, name: ModelName, formats: readonly FormatSpec[], log: (m: string) => void): string {
  const dir = modelDir(root, name);
  const current = isCurrent(dir);
  const missing = formats.filter((f) => !current || !existsSync(join(dir, f.file)));
  if (missing.length === 0) return dir;
  const t0 = performance.now();
  const dims = MODEL_DIMS[name];
  const weights = randomWeights(dims, name === 'bert-base' ? 1101 : 2202);
  for (const f of missing) {
    const bytes = buildBertQa(weights, f.build);
    writeAtomic(join(dir, f.file), bytes);
    log(`wrote ${name}/${f.file} (${(bytes.length / 1e6).toFixed(0)} MB)`);
  }
  const tok = tokenizerSourceDir();
  for (const f of ['tokenizer.json', 'tokenizer_config.json']) writeAtomic(join(dir, f), readFileSync(join(tok, f)));
  // config.json last: it marks the folder as complete for this generator version.
  writeAtomic(join(dir, 'config.json'), configJson(name, dims));
  log(`${name}: generated in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  return dir;
}
