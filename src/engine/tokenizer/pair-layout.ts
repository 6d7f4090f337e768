/**
 * How a question and a context are joined into one model input: the special tokens before the
 * question, between the two and after the context, with the token_type_ids of every part. Read from
 * the tokenizer's post_processor (post-processor.ts), so RoBERTa/XLM-R get `<s> q </s></s> c </s>`
 * and BERT/DeBERTa `[CLS] q [SEP] c [SEP]` without either being written down in the engine. The
 * first token is always a special one (the [CLS]/<s> whose logits give the "no answer" score).
 */
export interface PairLayout {
  prefix: readonly number[];
  prefixTypes: readonly number[];
  questionType: number;
  middle: readonly number[];
  middleTypes: readonly number[];
  contextType: number;
  suffix: readonly number[];
  suffixTypes: readonly number[];
}

/** Special tokens a pair adds. */
export function specialCount(layout: PairLayout): number {
  return layout.prefix.length + layout.middle.length + layout.suffix.length;
}

/** BERT's `[CLS] q [SEP] c [SEP]`, type ids 0 for the question part and 1 for the context part. */
export function bertLayout(cls: number, sep: number): PairLayout {
  return {
    prefix: [cls],
    prefixTypes: [0],
    questionType: 0,
    middle: [sep],
    middleTypes: [0],
    contextType: 1,
    suffix: [sep],
    suffixTypes: [1],
  };
}
