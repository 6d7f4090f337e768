/**
 * Character classes exactly as Hugging Face's BertNormalizer / BertPreTokenizer define them (Rust
 * `tokenizers`), so our token ids match the reference tokenizer while we also keep character offsets.
 */

const CONTROL = /[\p{Cc}\p{Cf}\p{Cn}\p{Co}\p{Cs}]/u;
const WHITE_SPACE = /\p{White_Space}/u;
const UNICODE_PUNCT = /\p{P}/u;
const MARK_NONSPACING = /\p{Mn}/u;

/** Tab, newline and carriage return are Cc but count as whitespace, as in BERT's reference code. */
export function isWhitespace(ch: string): boolean {
  return ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r' || WHITE_SPACE.test(ch);
}

export function isControl(ch: string): boolean {
  if (ch === '\t' || ch === '\n' || ch === '\r') return false;
  return CONTROL.test(ch);
}

/** ASCII symbols such as `$`, `+`, `^` are not Unicode punctuation but BERT splits on them too. */
export function isPunctuation(ch: string): boolean {
  const cp = ch.codePointAt(0)!;
  if ((cp >= 33 && cp <= 47) || (cp >= 58 && cp <= 64) || (cp >= 91 && cp <= 96) || (cp >= 123 && cp <= 126)) {
    return true;
  }
  return UNICODE_PUNCT.test(ch);
}

/** CJK ideographs become single-character words (BERT's `tokenize_chinese_chars`). */
export function isChineseChar(cp: number): boolean {
  return (
    (cp >= 0x4e00 && cp <= 0x9fff) ||
    (cp >= 0x3400 && cp <= 0x4dbf) ||
    (cp >= 0x20000 && cp <= 0x2a6df) ||
    (cp >= 0x2a700 && cp <= 0x2b73f) ||
    (cp >= 0x2b740 && cp <= 0x2b81f) ||
    (cp >= 0x2b920 && cp <= 0x2ceaf) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0x2f800 && cp <= 0x2fa1f)
  );
}

export function isNonspacingMark(ch: string): boolean {
  return MARK_NONSPACING.test(ch);
}

/** Rust's char::is_whitespace (the Unicode White_Space property). */
export const isRustWhitespace = (cp: number) =>
  cp === 32 || (cp >= 9 && cp <= 13) || (cp > 127 && WHITE_SPACE.test(String.fromCodePoint(cp)));
