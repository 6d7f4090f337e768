import type { Normalized } from '../normalized-string';

/** A pre-tokenizer: pieces in, pieces out (each piece is tokenized by the model on its own). */
export type PreTokenizerFn = (pieces: Normalized[]) => Normalized[];
