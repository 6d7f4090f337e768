import { Tokenizer } from '@anush008/tokenizers';
import { multilingualTexts } from '../../scripts/fixtures/tokenizers/multilingual';
import { tokenizerFromJson } from '../../src/engine/tokenizer/from-json';
import type { QaTokenizer } from '../../src/engine/tokenizer/qa-tokenizer';
import { BAD_INPUT_CASES } from './bad-input-corpus';
import { squadQuestions } from './paths';
import { compare, emptyComparison, referenceTokens, type Comparison } from './reference-compare';

/** The reference tests' texts: the SQuAD sample, the bad-input corpus and texts in 17 languages. */
export function referenceCorpus(): string[] {
  const texts = new Set<string>();
  for (const q of squadQuestions()) {
    texts.add(q.question);
    texts.add(q.context);
  }
  for (const c of BAD_INPUT_CASES) {
    texts.add(c.question);
    texts.add(c.document);
  }
  for (const t of multilingualTexts()) texts.add(t);
  return [...texts].filter((t) => t.length > 0);
}

export interface ReferenceRun extends Comparison {
  /** Tokens that are non-special added tokens (matched before the model), in both tokenizers. */
  addedTokens: number;
}

/** The app's tokenizer and the reference for one tokenizer.json. */
export function bothTokenizers(json: unknown): { ours: QaTokenizer; ref: Tokenizer } {
  return { ours: tokenizerFromJson(json), ref: Tokenizer.fromString(JSON.stringify(json)) };
}

/**
 * One tokenizer.json through the app's tokenizer and Hugging Face's Rust tokenizers on `texts`,
 * compared text by text (reference-compare.ts); prints the counts under `name`.
 */
export async function compareWithReference(
  name: string,
  json: any,
  texts: readonly string[],
  { ours, ref } = bothTokenizers(json),
): Promise<ReferenceRun> {
  const added: any[] = json.added_tokens ?? [];
  const unk = json.model.unk_id ?? json.model.vocab[json.model.unk_token];
  const specials = new Map<string, number>(
    added.filter((t) => t.special && t.id !== unk).map((t) => [t.content, t.id] as [string, number]),
  );
  const addedIds = new Set(added.filter((t) => !t.special).map((t) => t.id as number));
  const normalizer = ref.getNormalizer();
  const startsRemoved = (text: string) =>
    normalizer !== null && normalizer.normalizeString(String.fromCodePoint(text.codePointAt(0)!)) === '';
  const result: ReferenceRun = { ...emptyComparison(), addedTokens: 0 };
  for (const text of texts) {
    const tokens = ours.tokenize(text);
    const unexplained = result.unexplained.length;
    compare(text, tokens, await referenceTokens(ref, text), { specials, startsRemoved }, result);
    if (result.unexplained.length === unexplained) result.addedTokens += tokens.filter((t) => addedIds.has(t.id)).length;
  }
  console.log(
    `${name}: ${result.texts} texts, ${result.tokens} tokens (${result.addedTokens} of them added tokens); id mismatches ${result.unexplained.filter((u) => u.startsWith('ids differ')).length} (special-token text read as text: ${result.specialText} texts); offsets without the reference's leading/trailing whitespace: ${result.whitespaceTrimmed}; offsets moved by the grapheme rule: ${result.graphemeRule}; true offsets where the reference shifts them (text starts with a removed character): ${result.leadingRemoval}; unexplained: ${result.unexplained.length}`,
  );
  return result;
}

/** A TemplateProcessing post-processor `cls A sep B sep` (type ids 0, then 1 from B on). */
export function pairTemplate([cls, clsId]: [string, number], [sep, sepId]: [string, number]) {
  const special = (id: string, typeId: number) => ({ SpecialToken: { id, type_id: typeId } });
  const sequence = (id: string, typeId: number) => ({ Sequence: { id, type_id: typeId } });
  return {
    type: 'TemplateProcessing',
    single: [special(cls, 0), sequence('A', 0), special(sep, 0)],
    pair: [special(cls, 0), sequence('A', 0), special(sep, 0), sequence('B', 1), special(sep, 1)],
    special_tokens: {
      [cls]: { id: cls, ids: [clsId], tokens: [cls] },
      [sep]: { id: sep, ids: [sepId], tokens: [sep] },
    },
  };
}
