import type { QaAnswer } from '../../shared/answers';

export interface HighlightSpan {
  rank: number;
  start: number;
  end: number;
}

/**
 * What to paint on a page for each answer: overlapping boxes of several answers would blend into a
 * muddy colour, so each character is painted once, for the best answer over it, except that the
 * chosen answer (`focusRank`) is always painted whole, on top. Spans are in text offsets.
 */
export function highlightSpans(answers: readonly QaAnswer[], focusRank: number): HighlightSpan[] {
  const focused = answers[focusRank - 1];
  const taken: [number, number][] = focused ? [[focused.start, focused.end]] : [];
  const out: HighlightSpan[] = [];
  answers.forEach((a, i) => {
    if (i === focusRank - 1) return;
    for (const [start, end] of subtract([a.start, a.end], taken)) out.push({ rank: i + 1, start, end });
    taken.push([a.start, a.end]);
  });
  if (focused) out.push({ rank: focusRank, start: focused.start, end: focused.end });
  return out;
}

/** [start, end) minus the union of `cut`. */
function subtract([start, end]: [number, number], cut: readonly [number, number][]): [number, number][] {
  let parts: [number, number][] = [[start, end]];
  for (const [cs, ce] of cut) {
    parts = parts.flatMap(([s, e]): [number, number][] => {
      if (ce <= s || cs >= e) return [[s, e]];
      const left: [number, number][] = cs > s ? [[s, cs]] : [];
      return ce < e ? [...left, [ce, e]] : left;
    });
  }
  return parts.filter(([s, e]) => e > s);
}
