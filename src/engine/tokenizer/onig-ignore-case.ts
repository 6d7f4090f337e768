/**
 * Oniguruma's case-insensitive group `(?i:…)` as a plain JavaScript pattern: Node 20's V8 has no
 * regex modifiers (Chromium 125+ has), and Qwen's and Llama-3's split regex starts with
 * `(?i:'s|'t|'re|'ve|'m|'ll|'d)`. A group of literal alternatives is spelled out character by
 * character, each letter as the class of every character that case-folds to the same one ("s" →
 * [sSſ], "k" → [kKK]), which is what Oniguruma matches. Oniguruma also matches a character whose
 * full case folding is several letters ("ß" for "ss", "ﬁ" for "fi"): a group where that can
 * happen cannot be spelled out this way and is refused, as is anything but literal alternatives.
 */

/** Syntax characters of a `u` regex: escaped in the output; unescaped in the group they are refused. */
const SYNTAX = /[.*+?^${}()|[\]\\/]/;
/** Inside a class only these need escaping. */
const CLASS_SYNTAX = /[\]\\^-]/;

/** The group's body (between `(?i:` and `)`) as a JavaScript pattern, or the reason it cannot be. */
export function expandIgnoreCase(body: string): { pattern: string } | { refused: string } {
  const alternatives: string[][] = [[]];
  for (let i = 0; i < body.length; i++) {
    let c = String.fromCodePoint(body.codePointAt(i)!);
    if (c.length === 2) i++;
    if (c === '|') {
      alternatives.push([]);
      continue;
    }
    if (c === '\\') {
      c = body[++i] ?? '';
      if (c === '' || /[\p{L}\p{N}]/u.test(c)) return { refused: `the escape \\${c} in a (?i:…) group` };
    } else if (SYNTAX.test(c)) return { refused: `"${c}" in a (?i:…) group: only literal alternatives can be expanded` };
    alternatives[alternatives.length - 1].push(c);
  }
  const multi = multiCharFolds();
  for (const alt of alternatives) {
    const folded = alt.join('').toLowerCase();
    for (const [ch, fold] of multi) {
      if (folded.includes(fold)) return { refused: `"${alt.join('')}" in a (?i:…) group, which "${ch}" also matches` };
    }
  }
  const classes = new Map<string, string>();
  const out: string[] = [];
  for (const alt of alternatives) {
    let s = '';
    for (const c of alt) {
      let cls = classes.get(c);
      if (cls === undefined) {
        const members = foldClass(c);
        const multiple = members.find((m) => multi.has(m));
        if (multiple) return { refused: `"${c}" in a (?i:…) group, whose case folding "${multiple}" has several letters` };
        cls = members.length === 1 ? escape(c) : `[${members.map(escapeInClass).join('')}]`;
        classes.set(c, cls);
      }
      s += cls;
    }
    out.push(s);
  }
  return { pattern: `(?:${out.join('|')})` };
}

const escape = (c: string) => (SYNTAX.test(c) ? `\\${c}` : c);
const escapeInClass = (c: string) => (CLASS_SYNTAX.test(c) ? `\\${c}` : c);

/** Every character JavaScript's `iu` matching (simple case folding) treats as equal to `c`, `c` first. */
function foldClass(c: string): string[] {
  const re = new RegExp(`^${escape(c)}$`, 'iu');
  const astral = c.codePointAt(0)! > 0xffff;
  // Case pairs never cross between the Basic Multilingual Plane and the planes above it.
  const [from, to] = astral ? [0x10000, 0x1ffff] : [0, 0xffff];
  const out = [c];
  for (let cp = from; cp <= to; cp++) {
    const x = String.fromCodePoint(cp);
    if (x !== c && re.test(x)) out.push(x);
  }
  return out;
}

let multiCache: Map<string, string> | null = null;

/**
 * Characters whose full case folding is several characters ("ß" → "ss", "ﬁ" → "fi", "İ" → "i̇"),
 * with that folding: the ones whose upper or lower case has several code points.
 */
function multiCharFolds(): Map<string, string> {
  if (multiCache) return multiCache;
  multiCache = new Map();
  for (let cp = 0; cp <= 0x1ffff; cp++) {
    const x = String.fromCodePoint(cp);
    const upper = x.toUpperCase();
    const lower = x.toLowerCase();
    if ([...upper].length > 1) multiCache.set(x, upper.toLowerCase());
    else if ([...lower].length > 1) multiCache.set(x, lower);
  }
  return multiCache;
}
