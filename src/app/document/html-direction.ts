import { RTL_LETTER } from '../../shared/text-direction';

/**
 * An HTML block's declared direction (its own or an ancestor's dir="rtl"/"ltr") kept in the plain
 * text. The text view shows each paragraph in the direction of its first letter (dir="auto"), which
 * is right for nearly every Arabic or Hebrew paragraph, but not for one that starts with a Latin
 * word ("IBM פתחה…") inside dir="rtl": such a paragraph gets an invisible mark (U+200F RLM, or
 * U+200E LRM for the opposite case) before it, as a writer would type it. Tokenizers drop both marks
 * (format characters), so answers are unchanged.
 */

export type Direction = 'rtl' | 'ltr';

const LTR_LETTER = /[\p{L}\u200e]/u;
const MARK: Record<Direction, string> = { rtl: '\u200f', ltr: '\u200e' };

/** The direction an element's content is declared in, or null when no element on its path says. */
export function declaredDirection(el: Element): Direction | null {
  const dir = el.closest('[dir]')?.getAttribute('dir')?.toLowerCase();
  return dir === 'rtl' || dir === 'ltr' ? dir : null;
}

/** The direction of the first letter in `text` (UAX #9's P2), or null when it has none. */
export function firstStrong(text: string): Direction | null {
  for (const ch of text) {
    if (RTL_LETTER.test(ch)) return 'rtl';
    if (LTR_LETTER.test(ch)) return 'ltr';
  }
  return null;
}

/** The mark `text` needs in front to read in direction `dir` ('' when its first letter already does). */
export function directionMark(dir: Direction | null, text: string): string {
  const first = dir && firstStrong(text);
  return dir && first && first !== dir ? MARK[dir] : '';
}
