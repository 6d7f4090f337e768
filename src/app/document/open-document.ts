import type { DocumentProgress, OpenedDocument } from '../../shared/documents';
import { readDocumentFile } from './document-file';
import { openPdf } from './pdf-client';
import { isPdf } from './pdf-sniff';

export interface OpenDocumentOptions {
  /** For an encrypted PDF (a missing or wrong one fails with DOCUMENT_PASSWORD, detail.wrong). */
  password?: string;
  signal?: AbortSignal;
  onProgress?: (progress: DocumentProgress) => void;
}

/** The one entry for opening a file: PDFs (by name, type or content) to pdf.js, the rest to the text/Word readers. */
export async function openDocumentFile(file: File, options: OpenDocumentOptions = {}): Promise<OpenedDocument> {
  if (await isPdf(file)) return openPdf(file, file.name, options);
  return readDocumentFile(file, { signal: options.signal, onProgress: options.onProgress });
}
