import { createStore, get, set, type UseStore } from 'idb-keyval';
import type { GridCell } from './grid-export';

/** The question grid: questions × documents, the cells filled so far, and whether it was filling. */
export interface Grid {
  questions: string[];
  docIds: string[];
  /** By cellKey(question, docId). */
  cells: Record<string, GridCell>;
  /** True while filling: a reload in the middle resumes. */
  running: boolean;
}

export const cellKey = (question: string, docId: string) => `${docId}\u0000${question}`;

let store: UseStore | null = null;
const grids = () => (store ??= createStore('qa-app-grid', 'grids'));

function isGrid(v: unknown): v is Grid {
  if (typeof v !== 'object' || v === null) return false;
  const g = v as Partial<Grid>;
  return Array.isArray(g.questions) && Array.isArray(g.docIds) && typeof g.cells === 'object' && g.cells !== null;
}

export async function loadGrid(): Promise<Grid | null> {
  try {
    const v: unknown = await get('current', grids());
    return isGrid(v) ? v : null;
  } catch {
    return null;
  }
}

/** Saved after every cell; a refusal (quota) leaves the grid working in memory. */
export function saveGrid(grid: Grid): Promise<void> {
  return set('current', grid, grids()).catch(() => undefined);
}

/** A document's column taken out of a grid (a library removal), to put back on Undo. */
export interface GridColumn {
  docId: string;
  /** Where it stood among the documents. */
  index: number;
  /** The grid's questions then: the column goes back only into that grid, not a new one. */
  questions: string[];
  cells: Record<string, GridCell>;
}

/** The grid without a document: its column and its cells; null when the grid has no such column. */
export function withoutDocument(grid: Grid, docId: string): { grid: Grid; column: GridColumn } | null {
  const index = grid.docIds.indexOf(docId);
  if (index < 0) return null;
  const columnKeys = new Set(grid.questions.map((question) => cellKey(question, docId)));
  const kept: Record<string, GridCell> = {};
  const taken: Record<string, GridCell> = {};
  for (const [key, cell] of Object.entries(grid.cells)) (columnKeys.has(key) ? taken : kept)[key] = cell;
  return {
    grid: { ...grid, docIds: grid.docIds.filter((d) => d !== docId), cells: kept },
    column: { docId, index, questions: [...grid.questions], cells: taken },
  };
}

/** The column put back where it was; the grid unchanged when it is another grid by now, or has the column. */
export function withDocument(grid: Grid, column: GridColumn): Grid {
  const same = grid.questions.length === column.questions.length && grid.questions.every((q, i) => q === column.questions[i]);
  if (!same || grid.docIds.includes(column.docId)) return grid;
  const docIds = [...grid.docIds];
  docIds.splice(Math.min(column.index, docIds.length), 0, column.docId);
  return { ...grid, docIds, cells: { ...grid.cells, ...column.cells } };
}
