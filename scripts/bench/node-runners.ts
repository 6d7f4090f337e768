/**
 * The reference contenders that run in this Node process: onnxruntime-node (native CPU kernels, the
 * ceiling for the same model file) and transformers.js's question-answering pipeline (which runs on
 * onnxruntime-node in Node). Each returns a "one timed call" function so the driver can interleave.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as ort from 'onnxruntime-node';
import { BertTokenizer } from '../../src/engine/tokenizer/bert-tokenizer.js';
import { buildWindows, DEFAULT_WINDOW_OPTIONS } from '../../src/engine/windows.js';
import type { QaItem } from './inputs.js';

export interface Contender {
  /** One timed call, in ms. */
  once(): Promise<number>;
  close(): Promise<void>;
}

/** The feeds our engine builds for the item's first window, as onnxruntime-node tensors. */
export function nativeFeeds(modelDir: string, inputNames: readonly string[], item: QaItem): Record<string, ort.Tensor> {
  const tokenizer = BertTokenizer.fromJSON(readFileSync(join(modelDir, 'tokenizer.json'), 'utf8'));
  const [win] = buildWindows(tokenizer.tokenize(item.question), tokenizer.tokenize(item.context), tokenizer.layout, DEFAULT_WINDOW_OPTIONS);
  const dims = [1, win.inputIds.length];
  const all: Record<string, BigInt64Array> = {
    input_ids: BigInt64Array.from(win.inputIds, BigInt),
    attention_mask: new BigInt64Array(win.inputIds.length).fill(1n),
    token_type_ids: BigInt64Array.from(win.tokenTypeIds, BigInt),
  };
  const feeds: Record<string, ort.Tensor> = {};
  for (const name of inputNames) feeds[name] = new ort.Tensor('int64', all[name], dims);
  return feeds;
}

/** onnxruntime-node session.run on exactly the feeds our engine builds for the item's first window. */
export async function nativeContender(
  modelDir: string,
  file: string,
  threads: number,
  item: QaItem,
): Promise<Contender & { loadMs: number }> {
  const t0 = performance.now();
  const session = await ort.InferenceSession.create(join(modelDir, file), {
    graphOptimizationLevel: 'all',
    intraOpNumThreads: threads,
    interOpNumThreads: 1,
    executionMode: 'sequential',
    logSeverityLevel: 3,
  });
  const loadMs = performance.now() - t0;
  const feeds = nativeFeeds(modelDir, session.inputNames, item);
  return {
    loadMs,
    async once() {
      const t = performance.now();
      await session.run(feeds);
      return performance.now() - t;
    },
    close: () => session.release(),
  };
}

/** transformers.js pipeline('question-answering') on the same folder and file, in Node. */
export async function transformersNodeContender(
  modelsRoot: string,
  model: string,
  dtype: 'q8' | 'fp32',
  threads: number,
  item: QaItem,
): Promise<Contender & { loadMs: number }> {
  const { env, pipeline } = await import('@huggingface/transformers');
  env.allowRemoteModels = false;
  env.allowLocalModels = true;
  env.localModelPath = modelsRoot.endsWith('/') ? modelsRoot : `${modelsRoot}/`;
  const t0 = performance.now();
  const qa = await pipeline('question-answering', model, {
    dtype,
    device: 'cpu',
    session_options: { intraOpNumThreads: threads, interOpNumThreads: 1 },
  });
  const loadMs = performance.now() - t0;
  return {
    loadMs,
    async once() {
      const t = performance.now();
      await qa(item.question, item.context);
      return performance.now() - t;
    },
    close: () => qa.dispose(),
  };
}
