/**
 * Which characters are letters of a right-to-left script, for the PDF line order
 * (src/engine/documents/bidi-text.ts) and the text view (a block holding any of them is shown with
 * dir="auto", each paragraph in its own direction).
 */

/**
 * Letters of Hebrew, Arabic, Syriac, Thaana, N'Ko, Samaritan, Mandaic, their presentation forms and
 * the other RTL blocks, and RLM. Letters only: Arabic-Indic digits, Arabic punctuation and Hebrew
 * points in the same blocks are numbers, neutrals and marks to the bidi algorithm.
 */
export const RTL_LETTER = /(?=\p{L})[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc\u{10800}-\u{10fff}\u{1e800}-\u{1efff}]|\u200f/u;

export function hasRightToLeft(text: string): boolean {
  return RTL_LETTER.test(text);
}
