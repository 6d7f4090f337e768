import { median, rejoin, splitLine, type Line } from './pdf-geometry';

/** Lines read one after the other; `join` says how the block follows the one before it. */
export interface Block {
  lines: Line[];
  join: 'line' | 'paragraph';
}

/** Gaps wider than this many font heights may be a column gutter; narrower ones are word spaces. */
const GUTTER = 0.8;
/** Validations tried per page: enough for real pages, bounded for pages full of table cells. */
const MAX_TRIES = 24;

interface Split {
  left: Line[];
  right: Line[];
  cross: Line[];
}

/**
 * Reading order of a page: one block of lines top to bottom, or, on a two-column page, the left
 * column read fully, then the right one. Lines spanning both columns (a title, an abstract, a
 * centred page number) cut the page into sections that are read in turn.
 *
 * Two columns are told from a table by their shape: each side is at least 6 font heights wide
 * and at least 3 of its lines (and 40% of them: short headings and last lines are fine) fill half
 * its width or more. Table columns are mostly narrow, or several of them fall on one side so no
 * cell fills it; a two-column table of long sentences would read as two columns.
 */
export function readingBlocks(lines: Line[]): Block[] {
  const whole: Block[] = [{ lines, join: 'paragraph' }];
  if (lines.length < 6) return whole;
  const frags = lines.flatMap((l) => splitLine(l, GUTTER));
  const split = findGutter(frags);
  if (!split) return whole;
  return sections(split);
}

function findGutter(frags: Line[]): Split | null {
  const minX = Math.min(...frags.map((f) => f.x0));
  const maxX = Math.max(...frags.map((f) => f.x1));
  const width = maxX - minX;
  const h = median(frags.map((f) => f.h));
  const gutter = GUTTER * h;
  const ends = frags.map((f) => f.x1).sort((p, q) => p - q);
  const starts = frags.map((f) => f.x0).sort((p, q) => p - q);
  // Rank gutter positions by how many fragments they leave uncut (two binary searches each), then
  // check the shape of the best few.
  const ranked = [...new Set(ends.filter((x) => x > minX + 0.2 * width && x < maxX - 0.2 * width))]
    .map((g) => ({ g, score: countAtMost(ends, g) + (starts.length - countBelow(starts, g + gutter)) }))
    .sort((p, q) => q.score - p.score);
  for (const { g } of ranked.slice(0, MAX_TRIES)) {
    const split: Split = { left: [], right: [], cross: [] };
    for (const f of frags) (f.x1 <= g ? split.left : f.x0 >= g + gutter ? split.right : split.cross).push(f);
    if (isColumnPair(split, frags.length, h)) return split;
  }
  return null;
}

function countAtMost(sorted: number[], x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function countBelow(sorted: number[], x: number): number {
  return countAtMost(sorted, x - 1e-9);
}

function isColumnPair({ left, right, cross }: Split, total: number, h: number): boolean {
  if (left.length < 3 || right.length < 3 || cross.length > 0.4 * total) return false;
  const filled = (side: Line[]) => {
    const extent = Math.max(...side.map((f) => f.x1)) - Math.min(...side.map((f) => f.x0));
    const full = side.filter((f) => f.x1 - f.x0 >= 0.5 * extent).length;
    return extent >= 6 * h && full >= 3 && full >= 0.4 * side.length;
  };
  if (!filled(left) || !filled(right)) return false;
  // Side by side, not one above the other: some section holds at least 2 lines on each side.
  const counts = new Map<number, [number, number]>();
  const tops = cross.map((c) => c.y);
  for (const [side, list] of [left, right].entries())
    for (const f of list) {
      const s = sectionOf(f, tops);
      const c = counts.get(s) ?? [0, 0];
      c[side]++;
      counts.set(s, c);
    }
  return [...counts.values()].some(([l, r]) => l >= 2 && r >= 2);
}

/** Index of the section a fragment is in: how many spanning lines lie above it. */
function sectionOf(f: Line, crossYs: number[]): number {
  return crossYs.filter((y) => y > f.y).length;
}

function sections({ left, right, cross }: Split): Block[] {
  const spanning = [...cross].sort((p, q) => q.y - p.y);
  const tops = spanning.map((c) => c.y);
  const bucket = (side: Line[]) => {
    const out: Line[][] = tops.map(() => []).concat([[]]);
    for (const f of side) out[sectionOf(f, tops)].push(f);
    return out;
  };
  const l = bucket(left);
  const r = bucket(right);
  const blocks: Block[] = [];
  const push = (frags: Line[], join: Block['join']) => {
    if (frags.length > 0) blocks.push({ lines: rejoin(frags), join: blocks.length === 0 ? 'paragraph' : join });
  };
  // Spanning lines, and sections with text on one side only (the short last line of a full-width
  // paragraph), read top to bottom as one block until the next section with two columns.
  let run: Line[] = [];
  for (let s = 0; s <= tops.length; s++) {
    if (l[s].length > 0 && r[s].length > 0) {
      push(run, 'paragraph');
      run = [];
      push(l[s], 'paragraph');
      // The right column continues the left one: a sentence, even a hyphenated word, may run on.
      push(r[s], 'line');
    } else run.push(...l[s], ...r[s]);
    if (s < tops.length) run.push(spanning[s]);
  }
  push(run, 'paragraph');
  return blocks;
}
