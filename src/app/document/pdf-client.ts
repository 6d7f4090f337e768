import * as Comlink from 'comlink';
import '../../shared/comlink-errors';
import type { DocumentProgress, OpenedDocument } from '../../shared/documents';
import { QaError, toQaError } from '../../shared/errors';
import type { DocumentWorkerApi } from '../../worker/document.worker';
import { endWorker, ownWorker, type OwnedWorker } from './owned-worker';

export interface PdfOpenOptions {
  password?: string;
  signal?: AbortSignal;
  onProgress?: (p: DocumentProgress) => void;
}

/** Bigger files are refused before reading: pdf.js holds the whole file in the worker's memory. */
const MAX_PDF_BYTES = 300_000_000;
/** The worker (pdf.js, ~1 MB of code) is ended after this long without a call; the next call starts a new one. */
const IDLE_MS = 60_000;

type Remote = OwnedWorker<DocumentWorkerApi>;

let current: Remote | null = null;
let nextId = 1;
let idleTimer: ReturnType<typeof setTimeout> | undefined;

/**
 * Starts the document worker on first use, so pdf.js is downloaded only when a PDF is opened. A
 * worker that dies (an uncaught error, or silently: out of memory on a huge file) fails every call
 * in flight and is replaced on the next call.
 */
function remote(): Remote {
  if (current) return current;
  // A unique name: the worker holds a Web Lock by this name for as long as it lives.
  const name = `document-worker-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
  const worker = new Worker(new URL('../../worker/document.worker.ts', import.meta.url), { type: 'module', name });
  const crashed = (why: string) => {
    if (current !== r) return;
    stop(
      new QaError('DOCUMENT_DAMAGED', `The PDF reader stopped (${why}): the file may be damaged, or too large for this browser's memory.`, {
        crashed: true,
      }),
    );
  };
  const r: Remote = ownWorker<DocumentWorkerApi>(worker, crashed);
  if ('locks' in navigator)
    r.api
      .lifeline()
      .then(() => navigator.locks.request(name, () => crashed('it ended unexpectedly')))
      .catch(() => {}); // No lifeline: 'error' events still catch crashes.
  current = r;
  return r;
}

function stop(reason: QaError): void {
  const r = current;
  current = null;
  clearTimeout(idleTimer);
  if (r) endWorker(r, reason);
}

/** Ends the document worker now (calls in flight reject with ABORTED); the next openPdf starts a new one. */
export function disposePdfWorker(): void {
  stop(new QaError('ABORTED', 'The document reader was stopped.'));
}

/**
 * Extracts a PDF's text in the document worker. Rejects with QaError: DOCUMENT_PASSWORD (detail.wrong
 * when a password was given), DOCUMENT_NO_TEXT, DOCUMENT_DAMAGED, DOCUMENT_UNSUPPORTED (too big),
 * or ABORTED at once when `signal` aborts (the worker stops at its next page).
 */
export async function openPdf(file: Blob, name: string, options: PdfOpenOptions = {}): Promise<OpenedDocument> {
  const { signal, onProgress = () => {} } = options;
  const aborted = () => new QaError('ABORTED', 'Cancelled.');
  if (signal?.aborted) throw aborted();
  if (file.size > MAX_PDF_BYTES)
    throw new QaError(
      'DOCUMENT_UNSUPPORTED',
      `"${name}" is ${Math.round(file.size / 1e6)} MB; PDFs up to ${MAX_PDF_BYTES / 1e6} MB can be opened.`,
      {
        name,
        size: file.size,
      },
    );
  onProgress({ phase: 'read', loaded: 0, total: file.size });
  let data: ArrayBuffer;
  try {
    data = await file.arrayBuffer();
  } catch (e) {
    throw new QaError('DOCUMENT_UNSUPPORTED', `"${name}" could not be read: ${(e as Error).message}`, { name });
  }
  if (signal?.aborted) throw aborted();
  onProgress({ phase: 'read', loaded: data.byteLength, total: data.byteLength });
  clearTimeout(idleTimer);
  const r = remote();
  const id = nextId++;
  return new Promise<OpenedDocument>((resolve, reject) => {
    const onAbort = () => {
      if (current === r) void r.api.cancel(id).catch(() => {});
      reject(aborted());
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    r.fail.add(reject);
    r.api
      .openPdf(Comlink.transfer(data, [data]), name, { password: options.password }, Comlink.proxy(onProgress), id)
      .then(resolve, (e: unknown) => reject(toQaError(e)))
      .finally(() => {
        r.fail.delete(reject);
        signal?.removeEventListener('abort', onAbort);
        if (current === r && r.fail.size === 0)
          idleTimer = setTimeout(() => current === r && r.fail.size === 0 && disposePdfWorker(), IDLE_MS);
      });
  });
}
