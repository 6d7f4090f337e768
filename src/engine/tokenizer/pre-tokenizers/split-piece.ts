import { Normalized, unitToCodePoint } from '../normalized-string';

/** How a split treats the delimiters it finds (HF `SplitDelimiterBehavior`). */
export type SplitBehavior = 'Removed' | 'Isolated' | 'MergedWithPrevious' | 'MergedWithNext' | 'Contiguous';

/** A match list covering a piece: [from, to, isMatch] in code points, in order, gaps included. */
export type Matches = Array<[number, number, boolean]>;

/** Splits a piece at its matches (HF `NormalizedString::split`); empty pieces are dropped. */
export function splitPiece(piece: Normalized, matches: Matches, behavior: SplitBehavior): Normalized[] {
  let spans: Array<[number, number, boolean]>;
  switch (behavior) {
    case 'Isolated':
      spans = matches.map(([a, b]) => [a, b, false]);
      break;
    case 'Removed':
      spans = matches;
      break;
    case 'Contiguous': {
      spans = [];
      let previous = false;
      for (const [a, b, isMatch] of matches) {
        if (isMatch === previous && spans.length > 0) spans[spans.length - 1][1] = b;
        else spans.push([a, b, false]);
        previous = isMatch;
      }
      break;
    }
    case 'MergedWithPrevious': {
      spans = [];
      let previous = false;
      for (const [a, b, isMatch] of matches) {
        if (isMatch && !previous && spans.length > 0) spans[spans.length - 1][1] = b;
        else spans.push([a, b, false]);
        previous = isMatch;
      }
      break;
    }
    case 'MergedWithNext': {
      spans = [];
      let previous = false;
      for (let i = matches.length - 1; i >= 0; i--) {
        const [a, b, isMatch] = matches[i];
        if (isMatch && !previous && spans.length > 0) spans[spans.length - 1][0] = a;
        else spans.push([a, b, false]);
        previous = isMatch;
      }
      spans.reverse();
      break;
    }
  }
  const out: Normalized[] = [];
  for (const [a, b, remove] of spans) if (!remove && b > a) out.push(piece.slice(a, b));
  return out;
}

/** Matches of a code point predicate: every matching code point is a match of its own. */
export function charMatches(piece: Normalized, test: (cp: number) => boolean): Matches {
  const out: Matches = [];
  let last = 0;
  const n = piece.length;
  for (let i = 0; i < n; i++) {
    if (!test(piece.cps[i])) continue;
    if (last < i) out.push([last, i, false]);
    out.push([i, i + 1, true]);
    last = i + 1;
  }
  if (last < n) out.push([last, n, false]);
  return out;
}

/** Matches of a global regex over the piece's text, gaps included, in code points. */
export function regexMatches(piece: Normalized, re: RegExp): Matches {
  const text = piece.toString();
  const toCp = unitToCodePoint(text);
  const out: Matches = [];
  let prev = 0;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0].length === 0) {
      // An empty match splits nothing; step over it as the Rust iterators do.
      re.lastIndex += text.codePointAt(re.lastIndex)! > 0xffff ? 2 : 1;
      continue;
    }
    const a = toCp[m.index];
    const b = toCp[m.index + m[0].length];
    if (prev < a) out.push([prev, a, false]);
    out.push([a, b, true]);
    prev = b;
  }
  if (prev < piece.length) out.push([prev, piece.length, false]);
  return out;
}
