import { Normalized } from '../normalized-string';
import { prepend } from '../normalizers/build-normalizer';
import type { PreTokenizerFn } from './pre-tokenizer';
import { regexMatches, splitPiece } from './split-piece';

/**
 * GPT-2's byte-level alphabet: every UTF-8 byte as a printable character (printable Latin-1 bytes
 * as themselves, the rest from U+0100 on), so BPE never meets an unknown character.
 */
export const BYTE_TO_CHAR: readonly number[] = (() => {
  const direct: number[] = [];
  for (let b = 0x21; b <= 0x7e; b++) direct.push(b);
  for (let b = 0xa1; b <= 0xac; b++) direct.push(b);
  for (let b = 0xae; b <= 0xff; b++) direct.push(b);
  const table = new Array<number>(256);
  for (const b of direct) table[b] = b;
  let n = 0;
  for (let b = 0; b < 256; b++) if (table[b] === undefined) table[b] = 256 + n++;
  return table;
})();

/** "Ġ": the byte-level form of a space, counted when trimming offsets. */
export const BYTE_LEVEL_SPACE = BYTE_TO_CHAR[32];

/** GPT-2's split regex; Oniguruma's \s is Unicode White_Space (see onig-regex.ts). */
const GPT2_SPLIT =
  /'s|'t|'re|'ve|'m|'ll|'d| ?\p{L}+| ?\p{N}+| ?[^\p{White_Space}\p{L}\p{N}]+|\p{White_Space}+(?!\P{White_Space})|\p{White_Space}+/gu;

function utf8(cp: number, out: number[]): void {
  if (cp < 0x80) out.push(cp);
  else if (cp < 0x800) out.push(0xc0 | (cp >> 6), 0x80 | (cp & 63));
  else if (cp < 0x10000) out.push(0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63));
  else out.push(0xf0 | (cp >> 18), 0x80 | ((cp >> 12) & 63), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63));
}

/**
 * Each character becomes its UTF-8 bytes' characters, all aligned to it (what `transform` gives for
 * one replaced and n inserted characters, built directly: no edit list per piece).
 */
function toBytes(piece: Normalized): Normalized {
  const cps: number[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  const bytes: number[] = [];
  for (let i = 0; i < piece.cps.length; i++) {
    const cp = piece.cps[i];
    const start = piece.starts[i];
    const end = piece.ends[i];
    if (cp < 0x80) {
      cps.push(BYTE_TO_CHAR[cp]);
      starts.push(start);
      ends.push(end);
      continue;
    }
    bytes.length = 0;
    utf8(cp, bytes);
    for (let k = 0; k < bytes.length; k++) {
      cps.push(BYTE_TO_CHAR[bytes[k]]);
      starts.push(start);
      ends.push(end);
    }
  }
  return new Normalized(cps, starts, ends, piece.origin);
}

export function byteLevelPreTokenizer(spec: any): PreTokenizerFn {
  const addPrefixSpace = spec.add_prefix_space ?? true;
  const useRegex = spec.use_regex ?? true;
  return (pieces) =>
    pieces.flatMap((piece) => {
      const p = addPrefixSpace && piece.cps[0] !== 32 ? prepend(piece, ' ') : piece;
      const split = useRegex ? splitPiece(p, regexMatches(p, GPT2_SPLIT), 'Isolated') : p.length > 0 ? [p] : [];
      return split.map(toBytes);
    });
}
