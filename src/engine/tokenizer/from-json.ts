import { AddedTokens, hasMatchableAddedTokens } from './added-tokens';
import { BertTokenizer } from './bert-tokenizer';
import { BpeModel } from './models/bpe';
import type { TokenModel } from './models/model';
import { UnigramModel } from './models/unigram';
import { WordPieceModel } from './models/wordpiece-model';
import { buildNormalizer } from './normalizers/build-normalizer';
import { PipelineTokenizer } from './pipeline-tokenizer';
import { readPostProcessor } from './post-processor';
import type { QaTokenizer } from './qa-tokenizer';
import { buildPreTokenizer } from './pre-tokenizers/build-pre-tokenizer';
import { canSegment } from './segments';
import { decodeTokenizerJson } from './tokenizer-json';
import { invalid, typeOf, unsupported } from './unsupported';

const PAD_NAMES = ['<pad>', '[PAD]', '<PAD>', '[pad]'];

/**
 * The tokenizer a tokenizer.json describes. BERT's own pipeline (BertNormalizer, BertPreTokenizer,
 * WordPiece) keeps the tuned BertTokenizer, byte for byte the behaviour it always had; everything
 * else is built component by component (the BERT components from the same code as BertTokenizer's). Components the app does not implement are refused with
 * TOKENIZER_UNSUPPORTED naming them, never approximated.
 */
export function tokenizerFromJson(json: unknown): QaTokenizer {
  const data = decodeTokenizerJson(json);
  const model = data?.model;
  if (!model || typeof model !== 'object') throw invalid('it has no "model" section.');
  // BertTokenizer matches no added tokens: a BERT file that has some takes the general pipeline.
  if (isBertPipeline(data) && !hasMatchableAddedTokens(data.added_tokens)) return BertTokenizer.fromJSON(data);

  // Special tokens are placed by the post-processor only: the model never produces them from text.
  const blocked = new Set<number>(((data.added_tokens as any[] | undefined) ?? []).filter((t) => t?.special).map((t) => t.id));
  const tokenModel = buildModel(model, blocked);
  const idOf = (token: string): number | undefined =>
    tokenModel.vocab.get(token) ?? (data.added_tokens as any[] | undefined)?.find((t) => t?.content === token)?.id;
  const post = readPostProcessor(data.post_processor, idOf);
  if (!post.layout) {
    throw unsupported(
      data.post_processor ? `the ${typeOf(data.post_processor)} post-processor alone` : 'no post_processor',
      'without one that adds the special tokens the app cannot tell how a question and a context are joined',
    );
  }
  if (post.layout.prefix.length === 0) {
    throw unsupported('a pair template that does not start with a special token', 'the "no answer" score is read at that token');
  }
  const normalizer = buildNormalizer(data.normalizer);
  const added = AddedTokens.fromJson(data.added_tokens, normalizer);
  return new PipelineTokenizer({
    normalizer,
    preTokenizer: buildPreTokenizer(data.pre_tokenizer),
    added,
    // A cut could fall inside a match in normalized text; matches in the raw text come before the cuts.
    segmented: canSegment(data.normalizer, data.pre_tokenizer, normalizer) && !added?.matchesNormalized,
    model: tokenModel,
    post: { ...post, layout: post.layout },
    padId: padId(data, idOf),
  });
}

function buildModel(model: any, blocked: ReadonlySet<number>): TokenModel {
  switch (model.type) {
    case 'BPE':
      return new BpeModel(model, blocked);
    case 'Unigram':
      return new UnigramModel(model, blocked);
    case 'WordPiece':
      return new WordPieceModel(model, blocked);
    default:
      // Files from before `type` was written are BPE when they have merges.
      if (model.type === undefined && Array.isArray(model.merges)) return new BpeModel(model, blocked);
      throw unsupported(`the ${String(model.type)} model`, 'supported models are WordPiece, BPE and Unigram');
  }
}

/**
 * BERT's pipeline exactly: what BertTokenizer implements. A Sequence holding a BertNormalizer beside
 * other normalizers is built step by step instead, every step kept (the same BertNormalizer code).
 */
function isBertPipeline(data: any): boolean {
  return data.model.type === 'WordPiece' && data.pre_tokenizer?.type === 'BertPreTokenizer' && data.normalizer?.type === 'BertNormalizer';
}

function padId(data: any, idOf: (token: string) => number | undefined): number {
  if (typeof data.padding?.pad_id === 'number') return data.padding.pad_id;
  for (const name of PAD_NAMES) {
    const id = idOf(name);
    if (id !== undefined) return id;
  }
  return 0;
}
