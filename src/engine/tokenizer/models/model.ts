/**
 * What a tokenizer model does with one pre-token: pieces as (id, first code point, end code point)
 * triples pushed flat onto `out`, positions relative to the pre-token's code points.
 */
export interface TokenModel {
  /** Id → piece string (for trimming offsets and for tests). */
  readonly pieces: readonly string[];
  readonly vocab: ReadonlyMap<string, number>;
  tokenize(cps: readonly number[], text: string, out: number[]): void;
}

/**
 * Ids of special tokens ([CLS], <s>, <mask>…): a model must not produce them from the user's text
 * (SentencePiece never matches its control pieces either), so they are looked up as if absent.
 */
export type BlockedIds = ReadonlySet<number>;

/** `<0xAB>`: the piece of one byte, as byte_fallback vocabularies name it. */
export const bytePiece = (b: number) => `<0x${b.toString(16).toUpperCase().padStart(2, '0')}>`;

export function utf8Bytes(s: string): Uint8Array {
  return new TextEncoder().encode(s);
}

/** Id → piece, from a piece → id map (ids may have gaps). */
export function piecesOf(vocab: ReadonlyMap<string, number>): string[] {
  const out: string[] = [];
  for (const [piece, id] of vocab) out[id] = piece;
  return out;
}
