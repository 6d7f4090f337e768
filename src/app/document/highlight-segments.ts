import type { QaAnswer, TokenHeatmap } from '../../shared/answers';

/**
 * Splits a document into a tree of plain text, heat-shaded tokens and answer marks, ready to render
 * as React text nodes. Marks must nest (HTML can't express crossing spans), so a lower-ranked answer
 * that crosses a better one is clipped to the part outside it; rank 1 is always whole.
 */
export type Segment =
  | { kind: 'text'; text: string; heat?: number; unsure?: true }
  | { kind: 'mark'; rank: number; start: number; end: number; children: Segment[] };

interface Span {
  rank: number;
  start: number;
  end: number;
}

/** Tokens fainter than this are not shaded: keeps the DOM small on long documents. */
const MIN_HEAT = 0.02;

/**
 * `unsure`: words text recognition was unsure of (sorted, disjoint), marked so the reader can check
 * them; the heat map, when shown, takes their place (one shading at a time stays legible).
 */
export function buildSegments(
  text: string,
  answers: readonly QaAnswer[],
  heatmap?: TokenHeatmap,
  unsure?: readonly { start: number; end: number }[],
): Segment[] {
  const spans = nestableSpans(answers, text.length);
  const heat: readonly { start: number; end: number; p?: number }[] = heatmap ? heatTokens(heatmap, text.length) : (unsure ?? []);
  let h = 0; // Heat tokens are consumed left to right across the whole tree.

  const plain = (from: number, to: number, out: Segment[]) => {
    let at = from;
    while (h < heat.length && heat[h].end <= from) h++;
    for (let k = h; k < heat.length && heat[k].start < to; k++) {
      const s = Math.max(heat[k].start, from);
      const e = Math.min(heat[k].end, to);
      if (s > at) out.push({ kind: 'text', text: text.slice(at, s) });
      const p = heat[k].p;
      if (e > s)
        out.push(
          p === undefined ? { kind: 'text', text: text.slice(s, e), unsure: true } : { kind: 'text', text: text.slice(s, e), heat: p },
        );
      at = Math.max(at, e);
    }
    if (to > at) out.push({ kind: 'text', text: text.slice(at, to) });
  };

  const build = (from: number, to: number, inside: Span[]): Segment[] => {
    const out: Segment[] = [];
    let at = from;
    let i = 0;
    while (i < inside.length) {
      const span = inside[i];
      // Children of this span are the following spans that end within it (the list is sorted).
      let j = i + 1;
      while (j < inside.length && inside[j].start < span.end) j++;
      plain(at, span.start, out);
      out.push({
        kind: 'mark',
        rank: span.rank,
        start: span.start,
        end: span.end,
        children: build(span.start, span.end, inside.slice(i + 1, j)),
      });
      at = span.end;
      i = j;
    }
    plain(at, to, out);
    return out;
  };

  return build(0, text.length, spans);
}

/** Answer spans, clipped so any two are nested or disjoint; sorted by start, outer first. */
function nestableSpans(answers: readonly QaAnswer[], length: number): Span[] {
  const accepted: Span[] = [];
  answers.forEach((a, index) => {
    let start = Math.max(0, Math.min(a.start, length));
    let end = Math.max(start, Math.min(a.end, length));
    for (let changed = true; changed && end > start;) {
      changed = false;
      for (const s of accepted) {
        const crosses = (s.start < start && start < s.end && s.end < end) || (start < s.start && s.start < end && end < s.end);
        if (!crosses) continue;
        if (s.start > start) end = s.start;
        else start = s.end;
        changed = true;
      }
    }
    if (end > start) accepted.push({ rank: index + 1, start, end });
  });
  return accepted.sort((x, y) => x.start - y.start || y.end - x.end || x.rank - y.rank);
}

function heatTokens(heatmap: TokenHeatmap | undefined, length: number): { start: number; end: number; p: number }[] {
  if (!heatmap) return [];
  const out: { start: number; end: number; p: number }[] = [];
  for (let t = 0; t < heatmap.start.length; t++) {
    const p = Math.max(heatmap.start[t], heatmap.end[t]);
    const start = heatmap.offsets[2 * t];
    const end = Math.min(heatmap.offsets[2 * t + 1], length);
    if (p >= MIN_HEAT && end > start) out.push({ start, end, p });
  }
  return out.sort((a, b) => a.start - b.start);
}
