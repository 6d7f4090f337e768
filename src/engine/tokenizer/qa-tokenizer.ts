import type { PairLayout } from './pair-layout';
import type { Token } from './token';

/** What the QA engine needs from a tokenizer: tokens with offsets, the pair layout, the pad id. */
export interface QaTokenizer {
  readonly layout: PairLayout;
  readonly padId: number;
  readonly vocabSize: number;
  /** Tokens with UTF-16 offsets into `text`, no special tokens added; special-token text stays text. */
  tokenize(text: string): Token[];
}
