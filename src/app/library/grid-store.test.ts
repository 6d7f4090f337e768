import { describe, expect, it } from 'vitest';
import { cellKey, withDocument, withoutDocument, type Grid } from './grid-store';

const cell = (text: string) => ({
  answer: { text, start: 0, end: text.length, score: 1, share: 0.9, startLogit: 1, endLogit: 1, tokenStart: 0, tokenEnd: 1 },
  page: null,
});
const grid = (): Grid => ({
  questions: ['Who?', 'When?'],
  docIds: ['a', 'b', 'c'],
  cells: { [cellKey('Who?', 'a')]: cell('Ann'), [cellKey('Who?', 'b')]: cell('Bob'), [cellKey('When?', 'b')]: cell('May') },
  running: false,
});

describe('a grid without a removed document, and with it again', () => {
  it('takes the column and its cells out, and puts them back where they were', () => {
    const out = withoutDocument(grid(), 'b')!;
    expect(out.grid.docIds).toEqual(['a', 'c']);
    expect(Object.keys(out.grid.cells)).toEqual([cellKey('Who?', 'a')]);
    expect(Object.keys(out.column.cells).sort()).toEqual([cellKey('When?', 'b'), cellKey('Who?', 'b')].sort());
    expect(withDocument(out.grid, out.column)).toEqual(grid());
  });

  it('leaves a grid made since alone, and a grid without the document untouched', () => {
    const out = withoutDocument(grid(), 'b')!;
    const fresh: Grid = { questions: ['Why?'], docIds: ['a'], cells: {}, running: true };
    expect(withDocument(fresh, out.column)).toBe(fresh);
    expect(withoutDocument(grid(), 'z')).toBeNull();
    expect(withDocument(grid(), out.column)).toEqual(grid()); // Already there: not twice.
  });

  it('puts a column back at its place when another went since', () => {
    const c = withoutDocument(grid(), 'c')!;
    const b = withoutDocument(c.grid, 'b')!;
    expect(withDocument(b.grid, c.column).docIds).toEqual(['a', 'c']);
    expect(withDocument(withDocument(b.grid, c.column), b.column).docIds).toEqual(['a', 'b', 'c']);
  });
});
