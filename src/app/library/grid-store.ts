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
