import { expandIgnoreCase } from './onig-ignore-case';
import { unsupported } from './unsupported';

/**
 * tokenizer.json regexes are Oniguruma patterns (Rust tokenizers' SysRegex). Most are valid
 * JavaScript `u` regexes once the character classes that mean something else in JavaScript are
 * spelled out: Oniguruma's \s is Unicode White_Space (U+0085 yes, U+FEFF no; JavaScript's \s is the
 * reverse) and \w and \d are Unicode-aware. A case-insensitive group of literal alternatives,
 * `(?i:'s|'t|…)`, is spelled out case by case (onig-ignore-case.ts). Anything JavaScript cannot
 * express is refused by name.
 */
const OUTSIDE: Record<string, string> = {
  s: '\\p{White_Space}',
  S: '\\P{White_Space}',
  d: '\\p{Nd}',
  D: '\\P{Nd}',
  w: '[\\p{L}\\p{M}\\p{Nd}\\p{Pc}]',
  W: '[^\\p{L}\\p{M}\\p{Nd}\\p{Pc}]',
};
const INSIDE: Record<string, string> = { s: '\\p{White_Space}', d: '\\p{Nd}', w: '\\p{L}\\p{M}\\p{Nd}\\p{Pc}' };

export function onigToRegExp(pattern: string, where: string): RegExp {
  let out = '';
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\' && i + 1 < pattern.length) {
      const e = pattern[++i];
      const table = inClass ? INSIDE : OUTSIDE;
      if (e in table) out += table[e];
      else if (inClass && 'SDW'.includes(e)) throw unsupported(`${where} regex ${JSON.stringify(pattern)}`, `\\${e} inside [...]`);
      else if ('AzZGhHRXKk'.includes(e)) throw unsupported(`${where} regex ${JSON.stringify(pattern)}`, `Oniguruma's \\${e}`);
      else out += c + e;
      continue;
    }
    if (!inClass && c === '(' && pattern.startsWith('(?i:', i)) {
      const close = groupEnd(pattern, i + 4);
      const expanded = close < 0 ? { refused: 'an unclosed (?i: group' } : expandIgnoreCase(pattern.slice(i + 4, close));
      if ('refused' in expanded) throw unsupported(`${where} regex ${JSON.stringify(pattern)}`, expanded.refused);
      out += expanded.pattern;
      i = close;
      continue;
    }
    if (!inClass && c === '(' && pattern[i + 1] === '?' && /[imx-]/.test(pattern[i + 2] ?? '')) {
      throw unsupported(
        `${where} regex ${JSON.stringify(pattern)}`,
        'inline flags other than a (?i:…) group of literal alternatives have no JavaScript equivalent here',
      );
    }
    if (c === '[' && !inClass) inClass = true;
    else if (c === ']' && inClass && out[out.length - 1] !== '[' && !out.endsWith('[^')) inClass = false;
    out += c;
  }
  try {
    return new RegExp(out, 'gu');
  } catch (e) {
    throw unsupported(`${where} regex ${JSON.stringify(pattern)}`, (e as Error).message);
  }
}

/** Index of the ")" that closes a group whose body starts at `from` (the body has no groups of its own). */
function groupEnd(pattern: string, from: number): number {
  for (let i = from; i < pattern.length; i++) {
    if (pattern[i] === '\\') i++;
    else if (pattern[i] === ')') return i;
  }
  return -1;
}

/** A literal string as a global regex. */
export function literalRegExp(s: string): RegExp {
  // Only syntax characters may be escaped in a `u` regex.
  return new RegExp(s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'), 'gu');
}

/** The `pattern` field of Split and Replace: {String: s} or {Regex: r}. */
export function patternRegExp(pattern: any, where: string): RegExp {
  if (typeof pattern?.String === 'string') return literalRegExp(pattern.String);
  if (typeof pattern?.Regex === 'string') return onigToRegExp(pattern.Regex, where);
  throw unsupported(`${where} pattern ${JSON.stringify(pattern)}`, 'expected {"String": …} or {"Regex": …}');
}
