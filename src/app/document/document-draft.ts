import type { StoredSchema } from '../common/stored-schema';
import { readPersisted, removePersisted, writePersisted } from '../common/use-persisted-state';
import { isStoredDocument, type StoredDocument } from './document-store';

/**
 * The last edit not yet in IndexedDB when the page hides, kept in localStorage. IndexedDB writes
 * are asynchronous: one started in `pagehide` can die with the page (seen under load: a reload
 * right after an edit brought back the older copy). localStorage writes synchronously, so the edit
 * is on disk before the page goes. The next start takes the draft over into IndexedDB.
 */
const KEY = 'document-draft';

/** localStorage holds ~5 MB per site (UTF-16): a longer text waits for the IndexedDB write alone. */
export const MAX_DRAFT_CHARS = 1_000_000;

const isDraft = (v: unknown): v is StoredDocument => isStoredDocument(v) && (v as StoredDocument).file === undefined;
const DRAFT_SCHEMA: StoredSchema<StoredDocument> = { version: 1, validate: isDraft };

/** Keeps `value` as the draft, at once. A PDF (its file is a Blob) or a very long text is not kept. */
export function writeDraft(value: StoredDocument): void {
  if (value.file !== undefined || value.doc.text.length > MAX_DRAFT_CHARS) {
    removeDraft(); // An older draft must not come back in place of this newer document.
    return;
  }
  writePersisted(KEY, DRAFT_SCHEMA.version, value);
}

/** The draft left by the last page, if any. */
export function readDraft(): StoredDocument | null {
  return readPersisted<StoredDocument | null>(KEY, null, DRAFT_SCHEMA);
}

export function removeDraft(): void {
  removePersisted(KEY);
}
