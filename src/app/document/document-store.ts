import { createStore, del, get, promisifyRequest, type UseStore } from 'idb-keyval';
import type { DocumentKind, OpenedDocument, PdfLayout } from '../../shared/documents';
import { migrate, storedVersion, type StoredSchema } from '../common/stored-schema';

/**
 * The document survives reloads in IndexedDB (with, for a PDF, the file itself, for the page view).
 * localStorage held it before: its ~5–10 MB per-site quota and synchronous writes do not suit a
 * 300-page PDF's text plus its layout, and it cannot hold a file.
 */
export interface StoredDocument {
  doc: OpenedDocument;
  /** The PDF file, for the page view. */
  file?: Blob;
}

const KEY = 'current';

/** What IndexedDB holds: the document with its schema version (records of the first version had none). */
type StoredRecord = StoredDocument & { version: number };

/** Version 1 is today's shape; a later change adds version 2 and an upgrade from 1. */
const DOCUMENT_SCHEMA: StoredSchema<StoredDocument> = { version: 1, validate: isStoredDocument };

/** The saved record as today's document, or null when it is damaged or of a version this app cannot read. */
export function decodeStoredDocument(saved: unknown): StoredDocument | null {
  if (typeof saved !== 'object' || saved === null) return null;
  const { version: _, ...rest } = saved as Partial<StoredRecord>;
  return migrate(DOCUMENT_SCHEMA, storedVersion(saved), rest) ?? null;
}

/** Where the text lived before; read once, moved here, then removed. */
export const LEGACY_KEY = 'qa-app:document';

let store: UseStore | null = null;
const documents = (): UseStore => (store ??= createStore('qa-app-documents', 'documents'));

/** The saved document, or null. Moves a localStorage document over on first use. Never rejects. */
export async function loadStoredDocument(): Promise<StoredDocument | null> {
  let saved: unknown;
  try {
    saved = await get(KEY, documents());
  } catch {
    return legacyDocument(); // IndexedDB unavailable (some private modes): the old copy is all there is.
  }
  const current = decodeStoredDocument(saved);
  if (current) {
    removeLegacy();
    return current;
  }
  const legacy = legacyDocument();
  if (!legacy) return null;
  try {
    await saveStoredDocument(legacy);
    removeLegacy();
  } catch {
    // Keep the localStorage copy: it is the only one.
  }
  return legacy;
}

/**
 * Saves (or, with null, deletes for good) the document. Rejects when the browser refuses (quota,
 * storage disabled). The transaction is committed at once, so a save started as the page hides
 * is not left waiting for the event loop that unloading ends.
 */
export async function saveStoredDocument(value: StoredDocument | null): Promise<void> {
  if (value === null) {
    removeLegacy();
    await del(KEY, documents());
    return;
  }
  const record: StoredRecord = { version: DOCUMENT_SCHEMA.version, ...value };
  await documents()('readwrite', (s) => {
    s.put(record, KEY);
    s.transaction.commit?.();
    return promisifyRequest(s.transaction);
  });
}

function legacyDocument(): StoredDocument | null {
  try {
    return parseLegacyDocument(localStorage.getItem(LEGACY_KEY));
  } catch {
    return null;
  }
}

function removeLegacy(): void {
  try {
    localStorage.removeItem(LEGACY_KEY);
  } catch {
    // Storage disabled: nothing to remove.
  }
}

/** The old localStorage value (a JSON string of the text) as a document, or null. */
export function parseLegacyDocument(raw: string | null): StoredDocument | null {
  if (raw === null) return null;
  try {
    const text: unknown = JSON.parse(raw);
    return typeof text === 'string' && text.length > 0 ? { doc: { kind: 'text', name: 'Pasted text', text } } : null;
  } catch {
    return null;
  }
}

const KINDS: readonly DocumentKind[] = ['text', 'markdown', 'html', 'pdf', 'docx', 'image'];

/** Checks what IndexedDB gave back (an older app version, or a damaged entry, must not crash the page). */
export function isStoredDocument(v: unknown): v is StoredDocument {
  if (typeof v !== 'object' || v === null) return false;
  const { doc, file } = v as { doc?: unknown; file?: unknown };
  if (file !== undefined && !(file instanceof Blob)) return false;
  if (typeof doc !== 'object' || doc === null) return false;
  const d = doc as Partial<OpenedDocument>;
  if (typeof d.text !== 'string' || typeof d.name !== 'string' || !KINDS.includes(d.kind as DocumentKind)) return false;
  return d.pdf === undefined || isLayout(d.pdf, d.text.length);
}

function isLayout(v: unknown, textLength: number): v is PdfLayout {
  if (typeof v !== 'object' || v === null) return false;
  const l = v as Partial<PdfLayout>;
  return (
    typeof l.pageCount === 'number' &&
    Array.isArray(l.pageStarts) &&
    l.pageStarts.length === l.pageCount &&
    l.pageStarts.every((s) => typeof s === 'number' && s >= 0 && s <= textLength) &&
    Array.isArray(l.runs) &&
    l.runs.every((r) => typeof r === 'object' && r !== null && typeof r.start === 'number' && r.end <= textLength) &&
    (l.ocr === undefined || (Array.isArray(l.ocr.words) && l.ocr.words.every((w) => typeof w?.start === 'number' && w.end <= textLength)))
  );
}
