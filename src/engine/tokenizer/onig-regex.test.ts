import { describe, expect, it } from 'vitest';
import { QaError } from '../../shared/errors';
import { onigToRegExp } from './onig-regex';

const LLAMA3 =
  "(?i:'s|'t|'re|'ve|'m|'ll|'d)|[^\\r\\n\\p{L}\\p{N}]?\\p{L}+|\\p{N}{1,3}| ?[^\\s\\p{L}\\p{N}]+[\\r\\n]*|\\s*[\\r\\n]+|\\s+(?!\\S)|\\s+";

const matches = (re: RegExp, text: string) => [...text.matchAll(re)].map((m) => m[0]);

function refusal(pattern: string): string {
  try {
    onigToRegExp(pattern, 'the test');
  } catch (e) {
    expect(e).toBeInstanceOf(QaError);
    expect((e as QaError).code).toBe('TOKENIZER_UNSUPPORTED');
    return (e as Error).message;
  }
  throw new Error(`${pattern} was accepted`);
}

describe('onigToRegExp: (?i:…) groups', () => {
  it("expands Llama-3's contraction group into case-explicit classes", () => {
    const re = onigToRegExp(LLAMA3, 'the test');
    expect(re.source.startsWith("(?:'[sSſ]|'[tT]|'[rR][eE]|'[vV][eE]|'[mM]|'[lL][lL]|'[dD])|")).toBe(true);
    expect(matches(re, "I'M here, you'RE't HE'S we'Ll")).toEqual(['I', "'M", ' here', ',', ' you', "'RE", "'t", ' HE', "'S", ' we', "'Ll"]);
  });

  it('matches what Oniguruma case-folds to the same letter, not only upper and lower case', () => {
    const re = onigToRegExp("(?i:'k|'s)", 'the test');
    // U+212A KELVIN SIGN folds to "k", U+017F LONG S to "s" (Rust tokenizers match both).
    expect(matches(re, "'\u212a '\u017f 'K 's 'x")).toEqual(["'\u212a", "'\u017f", "'K", "'s"]);
  });

  it('escapes syntax characters given as escapes and keeps the alternatives in order', () => {
    const re = onigToRegExp('(?i:\\.a|\\.ab)', 'the test');
    expect(matches(re, '.AB')).toEqual(['.A']);
  });

  it('refuses what cannot be expanded exactly, naming it', () => {
    // "ss" is also matched by "ß" (full case folding), which one class per letter cannot say.
    expect(refusal('(?i:ss|t)')).toMatch(/"ss" in a \(\?i:…\) group, which "ß" also matches/);
    expect(refusal('(?i:ß)')).toMatch(/several letters/);
    expect(refusal('(?i:a+)')).toMatch(/only literal alternatives/);
    expect(refusal('(?i:(a|b))')).toMatch(/only literal alternatives/);
    expect(refusal('(?i:\\w)')).toMatch(/escape \\w/);
    expect(refusal('(?i:ab')).toMatch(/unclosed/);
    expect(refusal('(?i)ab')).toMatch(/inline flags/);
    expect(refusal('(?m:a)')).toMatch(/inline flags/);
  });
});
