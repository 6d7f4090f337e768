import type { DocumentProgress, OpenedDocument } from '../../shared/documents';
import { isQaError } from '../../shared/errors';
import { readDocumentFile } from './document-file';
import { isImageFile } from './image-check';
import { savedOcrLanguages } from './ocr-language';
import { ocrImage, ocrPdf, ocrScannedPages } from './ocr-open';
import { openPdf } from './pdf-client';
import { isPdf } from './pdf-sniff';

export interface OpenDocumentOptions {
  /** For an encrypted PDF (a missing or wrong one fails with DOCUMENT_PASSWORD, detail.wrong). */
  password?: string;
  /** Text recognition's languages for scans and images, '+'-joined tesseract codes; English by default. */
  ocrLanguages?: string;
  signal?: AbortSignal;
  /** Stops text recognition at the page it is on, keeping the pages done (without any, it is a cancel). */
  finishSignal?: AbortSignal;
  onProgress?: (progress: DocumentProgress) => void;
  /** A PDF's pages whose text layer looks broken (`brokenTextPages`) are recognised too, replacing that text. */
  recogniseBrokenPages?: boolean;
}

/**
 * The one entry for opening a file: PDFs (by name, type or content) to pdf.js, and to text
 * recognition when they have no text layer (scans), or for those of their pages that have none;
 * PNG, JPEG and WebP images to text recognition;
 * the rest to the text/Word readers.
 */
export async function openDocumentFile(file: File, options: OpenDocumentOptions = {}): Promise<OpenedDocument> {
  const ocr = { ...options, languages: options.ocrLanguages ?? savedOcrLanguages() };
  if (await isPdf(file)) {
    let typed: OpenedDocument;
    try {
      typed = await openPdf(file, file.name, options);
    } catch (e) {
      if (isQaError(e) && e.code === 'DOCUMENT_NO_TEXT') return ocrPdf(file, file.name, ocr);
      throw e;
    }
    const alsoPages = options.recogniseBrokenPages ? typed.pdf?.brokenTextPages : undefined;
    return ocrScannedPages(file, typed, { ...ocr, alsoPages });
  }
  if (await isImageFile(file)) return ocrImage(file, file.name, ocr);
  return readDocumentFile(file, { signal: options.signal, onProgress: options.onProgress });
}
