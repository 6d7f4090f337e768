import { isQaError } from '../../shared/errors';
import { openDocumentFile } from '../document/open-document';
import type { StoredDocument } from '../document/document-store';

export interface AddProgress {
  done: number;
  total: number;
  /** The file being read now. */
  name: string;
}

export interface AddFailure {
  name: string;
  error: unknown;
}

interface AddHooks {
  signal: AbortSignal;
  onProgress: (p: AddProgress) => void;
  onFailed: (f: AddFailure) => void;
}

/**
 * Reads and stores files one after another (each reader has its own worker; one at a time keeps
 * memory to one document): a file that fails is reported and the next one goes on. A full disk
 * stops the batch, since every later file would fail the same way.
 */
export async function addFiles(files: readonly File[], store: (value: StoredDocument) => Promise<unknown>, hooks: AddHooks): Promise<void> {
  for (let i = 0; i < files.length; i++) {
    const file = files[i];
    if (hooks.signal.aborted) return;
    hooks.onProgress({ done: i, total: files.length, name: file.name });
    try {
      const doc = await openDocumentFile(file, { signal: hooks.signal });
      // A PDF or a recognised image keeps its file, for the page view.
      await store(doc.pdf !== undefined ? { doc, file } : { doc });
    } catch (error) {
      if (isQaError(error) && error.code === 'ABORTED') return;
      hooks.onFailed({ name: file.name, error });
      if (isQaError(error) && error.code === 'STORAGE_FULL') return;
    }
  }
}
