import { Tokenizer } from '@anush008/tokenizers';
import type { Token } from '../../src/engine/tokenizer/token';

/**
 * Hugging Face's Rust tokenizers (0.22, through @anush008/tokenizers) as the oracle: ids and
 * offsets of a text, offsets converted from code points to UTF-16 units.
 */
export async function referenceTokens(ref: Tokenizer, text: string): Promise<Token[]> {
  const enc = await ref.encode(text, null, { addSpecialTokens: false });
  const ids = enc.getIds();
  const offsets = enc.getOffsets();
  const units = codePointToUnit(text);
  return ids.map((id, i) => ({ id, start: units[offsets[i][0]], end: units[offsets[i][1]] }));
}

function codePointToUnit(text: string): number[] {
  const out: number[] = [];
  let i = 0;
  for (const ch of text) {
    out.push(i);
    i += ch.length;
  }
  out.push(i);
  return out;
}

export interface Comparison {
  texts: number;
  tokens: number;
  /** Texts whose ids differ because the reference read special-token text as a special token. */
  specialText: number;
  /** Tokens whose reference offsets begin or end with whitespace (Metaspace's ▁), trimmed by the app. */
  whitespaceTrimmed: number;
  /** Tokens whose end the grapheme rule moved over characters the reference gives to no token. */
  graphemeRule: number;
  /**
   * Tokens of texts that begin with a character the normalizer removes: the reference's
   * Precompiled normalizer then shifts every later alignment by one character (its `replace` drops
   * a removal that has no character before it); the app keeps the true ones.
   */
  leadingRemoval: number;
  /** Anything else: each one fails the test. */
  unexplained: string[];
}

export function emptyComparison(): Comparison {
  return { texts: 0, tokens: 0, specialText: 0, whitespaceTrimmed: 0, graphemeRule: 0, leadingRemoval: 0, unexplained: [] };
}

/**
 * Compares one text. Ids must be equal, except where the text contains a special token's text
 * (the reference matches it; the app never does, and then must produce no special id at all).
 * Offsets must be equal, except the one intended difference: a token may end later than the
 * reference's when everything in between is characters the reference leaves out of every token
 * (removed by the normalizer: combining marks composed away, zero-width characters...): no
 * reference token starts or ends inside that stretch.
 */
export interface CompareContext {
  /** Special tokens' text → id (the ids only the post-processor may place; [UNK] is not one). */
  specials: ReadonlyMap<string, number>;
  /** Whether the reference's normalizer removes the text's first character. */
  startsRemoved: (text: string) => boolean;
}

export function compare(text: string, ours: Token[], want: Token[], ctx: CompareContext, into: Comparison): void {
  const { specials } = ctx;
  into.texts++;
  into.tokens += want.length;
  const sameIds = ours.length === want.length && ours.every((t, i) => t.id === want[i].id);
  if (!sameIds) {
    const specialIds = new Set(specials.values());
    const containsSpecial = [...specials.keys()].some((s) => text.includes(s));
    if (containsSpecial && !ours.some((t) => specialIds.has(t.id))) into.specialText++;
    else into.unexplained.push(`ids differ: ${describe(text, ours, want)}`);
    return;
  }
  // The app's second rule: offsets never begin or end with whitespace (pipeline-tokenizer.ts).
  // Applied to the reference here, independently, so what remains must be equal.
  want = want.map((w) => {
    let { start, end } = w;
    while (start < end && /\p{White_Space}/u.test(text[start])) start++;
    while (end > start && /\p{White_Space}/u.test(text[end - 1])) end--;
    if (start !== w.start || end !== w.end) into.whitespaceTrimmed++;
    return { ...w, start, end };
  });
  const shifted = ctx.startsRemoved(text);
  // Characters the reference normalizer removed carry no alignment: no reference token starts or ends inside them.
  const boundaryIn = (from: number, to: number) => want.some((w) => (w.start >= from && w.start < to) || (w.end > from && w.end <= to));
  ours.forEach((t, i) => {
    const w = want[i];
    if (t.start === w.start && t.end === w.end) return;
    if (t.start === w.start && t.end > w.end && !boundaryIn(w.end, t.end)) into.graphemeRule++;
    else if (shifted) into.leadingRemoval++;
    else
      into.unexplained.push(
        `token ${i} (id ${t.id}) offsets ${t.start}-${t.end} ${JSON.stringify(text.slice(t.start, t.end))}, reference ${w.start}-${w.end} ${JSON.stringify(text.slice(w.start, w.end))} in ${JSON.stringify(text.slice(Math.max(0, w.start - 15), w.end + 15))}`,
      );
  });
}

function describe(text: string, ours: Token[], want: Token[]): string {
  const n = Math.max(ours.length, want.length);
  for (let i = 0; i < n; i++) {
    if (ours[i]?.id !== want[i]?.id) {
      const at = want[i] ?? ours[i];
      return `token ${i}: ours ${JSON.stringify(ours[i])}, reference ${JSON.stringify(want[i])} near ${JSON.stringify(text.slice(Math.max(0, at.start - 15), at.end + 15))}`;
    }
  }
  return 'lengths differ';
}
