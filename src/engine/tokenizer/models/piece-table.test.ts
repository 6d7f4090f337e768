import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { TOKENIZER_JSON } from '../../../../test/helpers/paths';
import { PieceTable } from './piece-table';

const units = (s: string) => Uint16Array.from({ length: s.length }, (_, i) => s.charCodeAt(i));
const lookUp = (table: PieceTable, s: string) => table.get(units(s), 0, s.length);

describe('PieceTable', () => {
  it('finds every bert-base-uncased entry with its id, by any range of a larger buffer', () => {
    const vocab = new Map<string, number>(Object.entries(JSON.parse(readFileSync(TOKENIZER_JSON, 'utf8')).model.vocab));
    const table = new PieceTable(vocab);
    for (const [piece, id] of vocab) {
      const padded = units(`\u0000${piece}\u0000`);
      expect(table.get(padded, 1, piece.length + 1)).toBe(id);
    }
    expect(table.maxUnits).toBe(Math.max(...[...vocab.keys()].map((k) => k.length)));
  });

  it('answers -1 for absent keys, prefixes, extensions and the empty range', () => {
    const table = new PieceTable(
      new Map([
        ['ab', 1],
        ['😀', 2],
        ['', 3],
      ]),
    );
    expect(lookUp(table, 'a')).toBe(-1);
    expect(lookUp(table, 'abc')).toBe(-1);
    expect(lookUp(table, '\ud83d')).toBe(-1);
    expect(lookUp(table, '😀')).toBe(2);
    expect(lookUp(table, '')).toBe(3);
    expect(new PieceTable(new Map()).get(units('x'), 0, 1)).toBe(-1);
  });
});
