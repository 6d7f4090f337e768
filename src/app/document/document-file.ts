import type { DocumentKind, DocumentProgress, OpenedDocument } from '../../shared/documents';
import { QaError } from '../../shared/errors';
import { convertDocx } from './docx-client';
import { htmlToText } from './html-text';
import { convertMarkdown } from './markdown-client';

/**
 * Opening a document file as the text questions are asked about: plain text as it is, Markdown without
 * its syntax, HTML by its text (parsed, never shown), Word (.docx) through mammoth's HTML. Markdown and
 * Word are converted in workers. PDFs go through openPdf (pdf-client.ts), which also keeps their page
 * layout; this module only says which files are PDFs (documentKind).
 */

const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
export const DOCUMENT_ACCEPT = [
  '.txt,.text,.md,.markdown,.html,.htm,.docx,.pdf,.png,.jpg,.jpeg,.webp',
  `text/plain,text/markdown,text/html,application/pdf,${DOCX_TYPE},image/png,image/jpeg,image/webp`,
].join(',');
export const MAX_DOCUMENT_BYTES = 20_000_000;

export interface ReadOptions {
  signal?: AbortSignal;
  onProgress?: (p: DocumentProgress) => void;
}

/** The format a file claims by its name, or failing that its MIME type; null when it is none we open. */
export function documentKind(file: File): DocumentKind | null {
  const ext = /\.([a-z0-9]+)$/i.exec(file.name)?.[1].toLowerCase() ?? '';
  if (ext === 'pdf' || file.type === 'application/pdf') return 'pdf';
  if (ext === 'docx' || file.type === DOCX_TYPE) return 'docx';
  if (ext === 'md' || ext === 'markdown' || file.type === 'text/markdown') return 'markdown';
  if (ext === 'html' || ext === 'htm' || file.type === 'text/html') return 'html';
  if (ext === 'txt' || ext === 'text' || file.type.startsWith('text/')) return 'text';
  return null;
}

export async function readDocumentFile(file: File, options: ReadOptions = {}): Promise<OpenedDocument> {
  const { signal, onProgress } = options;
  const kind = documentKind(file);
  const name = file.name;
  if (kind === null) throw unsupported(file);
  if (kind === 'pdf') {
    throw new QaError('DOCUMENT_UNSUPPORTED', `"${name}" is a PDF: PDFs are opened with openPdf (pdf-client.ts), not readDocumentFile.`, {
      name,
    });
  }
  if (file.size > MAX_DOCUMENT_BYTES) {
    throw new QaError(
      'DOCUMENT_UNSUPPORTED',
      `"${name}" is ${Math.round(file.size / 1e6)} MB; documents up to ${MAX_DOCUMENT_BYTES / 1e6} MB can be opened.`,
      { name, size: file.size },
    );
  }
  throwIfCancelled(signal);
  onProgress?.({ phase: 'read', loaded: 0, total: file.size });
  const raw = await readBytes(file);
  onProgress?.({ phase: 'read', loaded: file.size, total: file.size });
  throwIfCancelled(signal);

  let text: string;
  if (kind === 'docx') {
    sniffDocx(raw, name);
    onProgress?.({ phase: 'convert' });
    text = htmlToText(await convertDocx(raw, name, { signal }));
  } else if (kind === 'markdown') {
    onProgress?.({ phase: 'convert' });
    text = await convertMarkdown(normalizeNewlines(decode(raw)), name, signal);
  } else {
    const source = normalizeNewlines(decode(raw));
    text = kind === 'html' ? htmlToText(source) : source;
  }
  text = normalizeNewlines(text);
  if (!text.trim()) throw new QaError('EMPTY_CONTEXT', `"${name}" contains no readable text.`, { name });
  return { kind, name, text };
}

function unsupported(file: File): QaError {
  const name = file.name;
  if (/\.doc$/i.test(name) || file.type === 'application/msword') {
    return new QaError(
      'DOCUMENT_UNSUPPORTED',
      `"${name}" is an old-format Word (.doc) file, which cannot be opened here: save it as .docx in Word (File › Save As) and open that.`,
      { name, type: file.type },
    );
  }
  return new QaError('DOCUMENT_UNSUPPORTED', `"${name}" is not a PDF, Word (.docx), Markdown, HTML or text file.`, {
    name,
    type: file.type,
  });
}

/** Cheap checks on the first bytes, so a mislabelled file gets a precise message without starting a worker. */
function sniffDocx(data: ArrayBuffer, name: string): void {
  const head = new Uint8Array(data, 0, Math.min(4, data.byteLength));
  // An OLE compound file: an old .doc renamed, or a password-protected .docx (Word encrypts into OLE).
  if (head[0] === 0xd0 && head[1] === 0xcf && head[2] === 0x11 && head[3] === 0xe0) {
    throw new QaError(
      'DOCUMENT_UNSUPPORTED',
      `"${name}" is an old-format Word (.doc) file or a password-protected one: save it as .docx, without a password, and open that.`,
      { name },
    );
  }
  if (head[0] !== 0x50 || head[1] !== 0x4b) {
    throw new QaError(
      'DOCUMENT_DAMAGED',
      `"${name}" could not be read as a Word document: it is not a zip archive, as every .docx file is.`,
      {
        name,
      },
    );
  }
}

async function readBytes(file: File): Promise<ArrayBuffer> {
  try {
    return await file.arrayBuffer();
  } catch (e) {
    // The file vanished or became unreadable between picking and reading (a removed drive, a revoked permission).
    throw new QaError('DOCUMENT_UNSUPPORTED', `"${file.name}" could not be read: ${(e as Error).message}`, { name: file.name });
  }
}

const decode = (bytes: ArrayBuffer) => new TextDecoder().decode(bytes);

function throwIfCancelled(signal?: AbortSignal): void {
  if (signal?.aborted) throw new QaError('ABORTED', 'Cancelled.');
}

/**
 * Textareas report CRLF as LF, so answer offsets would drift on Windows files unless the text is
 * normalised once, before anyone counts characters.
 */
export function normalizeNewlines(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}
