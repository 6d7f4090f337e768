import { createStore, del, entries, get, promisifyRequest, set, type UseStore } from 'idb-keyval';
import type { DocumentKind } from '../../shared/documents';
import { QaError } from '../../shared/errors';
import { isStoredDocument, type StoredDocument } from '../document/document-store';

/**
 * The library in IndexedDB: a small record per document (listed at start-up) in one database and
 * its text, layout and file (read only when a question or the viewer needs them) in another, so
 * opening the app with a hundred documents reads a hundred small records, not their texts.
 * Two databases, not two stores of one: idb-keyval's createStore opens a database with one store.
 */
export interface LibraryEntry {
  id: string;
  name: string;
  kind: DocumentKind;
  /** PDF pages; null for formats without pages. */
  pages: number | null;
  /** Bytes kept: the file for a PDF, else the text (UTF-16, as the browser stores strings). */
  size: number;
  chars: number;
  /** Date added, ms since the epoch. */
  added: number;
}

let metaStore: UseStore | null = null;
let textStore: UseStore | null = null;
const meta = () => (metaStore ??= createStore('qa-app-library', 'entries'));
const texts = () => (textStore ??= createStore('qa-app-library-texts', 'texts'));

/** What a stored document takes, as the list shows it. */
export function storedSize(value: StoredDocument): number {
  return value.file?.size ?? value.doc.text.length * 2;
}

export function entryFor(id: string, value: StoredDocument, added = Date.now()): LibraryEntry {
  const { doc } = value;
  return { id, name: doc.name, kind: doc.kind, pages: doc.pdf?.pageCount ?? null, size: storedSize(value), chars: doc.text.length, added };
}

function isEntry(v: unknown): v is LibraryEntry {
  if (typeof v !== 'object' || v === null) return false;
  const e = v as Partial<LibraryEntry>;
  return typeof e.id === 'string' && typeof e.name === 'string' && typeof e.added === 'number' && typeof e.size === 'number';
}

/** Every document's record, oldest first; damaged records are left out rather than crash the list. */
export async function listLibrary(): Promise<LibraryEntry[]> {
  const all = await entries(meta());
  return all
    .map(([, v]) => v)
    .filter(isEntry)
    .sort((a, b) => a.added - b.added);
}

/** A document's text, layout and file; null when it is missing or damaged. */
export async function loadLibraryDocument(id: string): Promise<StoredDocument | null> {
  const value: unknown = await get(id, texts());
  return isStoredDocument(value) ? value : null;
}

const isQuota = (e: unknown) => e instanceof DOMException && (e.name === 'QuotaExceededError' || e.name === 'NS_ERROR_DOM_QUOTA_REACHED');

/**
 * Stores a document: its text first, then its record, so a list entry never points at nothing. A
 * full disk rejects with STORAGE_FULL and leaves what was stored before untouched.
 */
export async function saveLibraryDocument(entry: LibraryEntry, value: StoredDocument): Promise<void> {
  try {
    await texts()('readwrite', (s) => {
      s.put(value, entry.id);
      return promisifyRequest(s.transaction);
    });
    await set(entry.id, entry, meta());
  } catch (e) {
    await del(entry.id, texts()).catch(() => undefined);
    if (isQuota(e)) {
      throw new QaError('STORAGE_FULL', `"${entry.name}" (${Math.round(entry.size / 1e5) / 10} MB) did not fit in the browser's storage.`, {
        needed: entry.size,
      });
    }
    throw e;
  }
}

export async function renameLibraryDocument(entry: LibraryEntry, name: string): Promise<LibraryEntry> {
  const renamed = { ...entry, name };
  await set(entry.id, renamed, meta());
  return renamed;
}

/** Removes a document for good: its record, its text, layout and file. */
export async function deleteLibraryDocument(id: string): Promise<void> {
  await del(id, meta());
  await del(id, texts());
}
