import { codePointsToString, Normalized, unitToCodePoint } from './normalized-string';
import type { NormalizerFn } from './normalizers/normalizer';

/**
 * Non-special added tokens (Gemma's "\n\n", "▁▁", "<b>"; Qwen's "<think>"): matched in the text
 * before the model sees it, as Rust tokenizers' AddedVocabulary does. Tokens with `normalized:
 * false` are found in the user's raw text first; the text between them is normalized piece by
 * piece, and tokens with `normalized: true` are found in that (their content normalized the same
 * way). Leftmost match first, the longest of those; `single_word` only where no word character
 * touches the match; `lstrip` / `rstrip` take the whitespace beside it into the token.
 *
 * Special tokens (<s>, [CLS]) are never matched: their text typed by a user stays text, placed as
 * control tokens by the post-processor only.
 */
interface AddedToken {
  id: number;
  singleWord: boolean;
  lstrip: boolean;
  rstrip: boolean;
}

/**
 * [from, to, id] in UTF-16 units of the searched text; id -1 for the text between matches. In order;
 * a token's span overlaps the one before only where that one's rstrip took whitespace it begins with.
 */
export type Span = [from: number, to: number, id: number];

interface Node {
  next: Map<number, Node>;
  token?: AddedToken;
}

/** Rust regex's Unicode \w and \s, which decide `single_word` and what `lstrip` / `rstrip` take. */
const WORD = /[\p{Alphabetic}\p{M}\p{Nd}\p{Pc}\p{Join_Control}]/u;
const SPACE = /\p{White_Space}/u;

/** Whether the file has added tokens the text must be searched for (any that is not special). */
export function hasMatchableAddedTokens(added: unknown): boolean {
  return Array.isArray(added) && added.some((t) => t && !t.special && typeof t.content === 'string' && t.content !== '');
}

export class AddedTokens {
  private constructor(
    private readonly rawTrie: Node | null,
    private readonly normalizedTrie: Node | null,
  ) {}

  /** The matcher for tokenizer.json's `added_tokens`, or null when there is nothing to match. */
  static fromJson(added: unknown, normalizer: NormalizerFn | null): AddedTokens | null {
    if (!hasMatchableAddedTokens(added)) return null;
    let raw: Node | null = null;
    let normalized: Node | null = null;
    for (const t of added as any[]) {
      if (!t || t.special || typeof t.content !== 'string' || t.content === '') continue;
      const token: AddedToken = { id: t.id, singleWord: !!t.single_word, lstrip: !!t.lstrip, rstrip: !!t.rstrip };
      // Rust's default for `normalized` is true (false only for special tokens, skipped here).
      if (t.normalized === false) insert((raw ??= emptyNode()), t.content, token);
      else {
        const content = normalizer ? normalizer(Normalized.fromText(t.content)).toString() : t.content;
        if (content !== '') insert((normalized ??= emptyNode()), content, token);
      }
    }
    return new AddedTokens(raw, normalized);
  }

  /** Whether some tokens are matched in normalized text (which then cannot be cut into segments). */
  get matchesNormalized(): boolean {
    return this.normalizedTrie !== null;
  }

  /** The user's text split at the `normalized: false` tokens; null when there are none. */
  splitRaw(text: string): Span[] | null {
    return this.rawTrie ? findMatches(text, this.rawTrie) : null;
  }

  /** A normalized piece split at the `normalized: true` tokens, in code points; null when there are none. */
  splitNormalized(piece: Normalized): Span[] | null {
    if (!this.normalizedTrie) return null;
    const text = codePointsToString(piece.cps, 0, piece.length);
    const toCp = unitToCodePoint(text);
    return findMatches(text, this.normalizedTrie).map(([a, b, id]) => [toCp[a], toCp[b], id]);
  }
}

const emptyNode = (): Node => ({ next: new Map() });

function insert(root: Node, content: string, token: AddedToken): void {
  let node = root;
  for (let i = 0; i < content.length; i++) {
    const c = content.charCodeAt(i);
    let child = node.next.get(c);
    if (!child) node.next.set(c, (child = emptyNode()));
    node = child;
  }
  // Two entries with one content: the first wins, as in Rust's map from content to id.
  node.token ??= token;
}

/** The longest token starting at `i`, as [end, token], or null. */
function longestAt(text: string, i: number, root: Node): [number, AddedToken] | null {
  let node: Node | undefined = root;
  let best: [number, AddedToken] | null = null;
  for (let k = i; k < text.length; k++) {
    node = node.next.get(text.charCodeAt(k));
    if (!node) break;
    if (node.token) best = [k + 1, node.token];
  }
  return best;
}

/** Rust's `find_matches`: the leftmost-longest matches and the text between them. */
function findMatches(text: string, root: Node): Span[] {
  const spans: Span[] = [];
  let done = 0;
  for (let i = 0; i < text.length;) {
    const match = root.next.has(text.charCodeAt(i)) ? longestAt(text, i, root) : null;
    if (!match) {
      i++;
      continue;
    }
    const [end, token] = match;
    let start = i;
    let stop = end;
    i = end;
    if (token.singleWord && (isWordBefore(text, start) || isWordAt(text, stop))) continue;
    if (token.lstrip) {
      while (start > 0 && SPACE.test(charBefore(text, start))) start -= charBefore(text, start).length;
      start = Math.max(start, done);
    }
    if (token.rstrip) while (stop < text.length && SPACE.test(charAt(text, stop))) stop += charAt(text, stop).length;
    if (done < start) spans.push([done, start, -1]);
    // As in Rust, the search goes on from the match's own end, not from what rstrip took: a token
    // that begins with whitespace may still match inside it (its span then overlaps this one's).
    spans.push([start, stop, token.id]);
    done = stop;
  }
  if (done < text.length) spans.push([done, text.length, -1]);
  return spans;
}

const charAt = (text: string, i: number) => String.fromCodePoint(text.codePointAt(i)!);

function charBefore(text: string, i: number): string {
  const pair = i >= 2 ? text.codePointAt(i - 2)! : 0;
  return pair > 0xffff ? String.fromCodePoint(pair) : text[i - 1];
}

const isWordBefore = (text: string, i: number) => i > 0 && WORD.test(charBefore(text, i));
const isWordAt = (text: string, i: number) => i < text.length && WORD.test(charAt(text, i));
