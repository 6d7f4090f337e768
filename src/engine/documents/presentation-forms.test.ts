import { describe, expect, it } from 'vitest';
import { baseLetterChunks, baseLetters, mirroredBracket } from './presentation-forms';

const codes = (s: string) => [...s].map((c) => c.codePointAt(0)!.toString(16));

describe('presentation forms to base letters', () => {
  it('maps contextual Arabic forms to their letter, lam-alef ligatures to two letters', () => {
    expect(codes(baseLetters('\ufeb3'))).toEqual(['633']); // seen, initial
    expect(codes(baseLetters('\ufee3'))).toEqual(['645']); // meem, initial
    expect(codes(baseLetters('\ufefc'))).toEqual(['644', '627']); // lam-alef, final
    expect(codes(baseLetters('\ufefb'))).toEqual(['644', '627']); // lam-alef, isolated
    expect(codes(baseLetters('\ufef5'))).toEqual(['644', '622']); // lam-alef madda
    expect(codes(baseLetters('\ufef9'))).toEqual(['644', '625']); // lam-alef hamza below
  });

  it('maps Persian and Urdu forms (presentation forms A) and Hebrew forms', () => {
    expect(codes(baseLetters('\ufb90'))).toEqual(['6a9']); // keheh, initial
    expect(codes(baseLetters('\ufbfe'))).toEqual(['6cc']); // farsi yeh, initial
    expect(codes(baseLetters('\ufb8a'))).toEqual(['698']); // jeh, isolated
    expect(codes(baseLetters('\ufb2a'))).toEqual(['5e9', '5c1']); // shin with shin dot
    expect(codes(baseLetters('\ufb4f'))).toEqual(['5d0', '5dc']); // alef-lamed ligature
  });

  it('keeps an isolated haraka as its mark alone, word ligatures as their letters', () => {
    expect(codes(baseLetters('\ufe70'))).toEqual(['64b']);
    expect(codes(baseLetters('\ufc5e'))).toEqual(['64c', '651']);
    expect(baseLetters('\ufdf2')).toBe('\u0627\u0644\u0644\u0647');
  });

  it('leaves every other character alone', () => {
    for (const ch of ['a', 'é', '\u0633', '\u05e9', '\ufb01', '٣', ' ', '\ufeff']) expect(baseLetters(ch)).toBe(ch);
  });

  it('turns every presentation form into characters outside the presentation-form blocks', () => {
    let mapped = 0;
    for (let c = 0xfb1d; c <= 0xfefe; c++) {
      if (c > 0xfdff && c < 0xfe70) continue;
      const ch = String.fromCharCode(c);
      const base = baseLetters(ch);
      if (base === ch) continue; // unassigned, or no compatibility mapping (e.g. U+FD3E ornate parenthesis)
      mapped++;
      expect(base.normalize('NFKC').trimStart()).toBe(ch.normalize('NFKC').trimStart());
      expect(base).not.toMatch(/[\ufb1d-\ufdff\ufe70-\ufefe]/);
    }
    expect(mapped).toBeGreaterThan(700);
  });
});

describe('mirrored brackets', () => {
  it('swaps each paired sign with its mirror image, and nothing else', () => {
    expect([...'()[]{}<>«»‹›≤≥'].map(mirroredBracket).join('')).toBe(')(][}{><»«›‹≥≤');
    for (const ch of ['a', '-', '.', '"', '\u05d0', '/']) expect(mirroredBracket(ch)).toBe(ch);
  });

  it('applies only to chunks of right-to-left text', () => {
    expect(baseLetterChunks(')שלום(', 0, 6, true)).toEqual([{ text: '(שלום)', from: 0, to: 6 }]);
    expect(baseLetterChunks('(Word)', 0, 6)).toEqual([{ text: '(Word)', from: 0, to: 6 }]);
  });
});

describe('base-letter chunks keep the offsets', () => {
  it('copies a run of one-to-one characters as one chunk', () => {
    expect(baseLetterChunks('xx\ufee3\ufeae\ufea3\ufe92\ufe8e yy', 2, 7)).toEqual([
      { text: '\u0645\u0631\u062d\u0628\u0627', from: 2, to: 7 },
    ]);
    expect(baseLetterChunks('plain text', 1, 5)).toEqual([{ text: 'lain', from: 1, to: 5 }]);
    expect(baseLetterChunks('abc', 2, 2)).toEqual([]);
  });

  it('gives a ligature a chunk of its own, pointing at its one character', () => {
    // "سلام." written with an initial seen and a final lam-alef.
    expect(baseLetterChunks('\ufeb3\ufefc\u0645.', 0, 4)).toEqual([
      { text: '\u0633', from: 0, to: 1 },
      { text: '\u0644\u0627', from: 1, to: 2 },
      { text: '\u0645.', from: 2, to: 4 },
    ]);
    expect(baseLetterChunks('\ufefb\ufefb', 0, 2)).toEqual([
      { text: '\u0644\u0627', from: 0, to: 1 },
      { text: '\u0644\u0627', from: 1, to: 2 },
    ]);
  });
});
