import * as Comlink from 'comlink';
import { QaError } from '../../shared/errors';
import type { DocxWorkerApi } from '../../worker/docx.worker';
import { inFreshWorker } from './fresh-worker';

/**
 * mammoth's docs advise a time limit for untrusted files: a crafted or broken .docx can keep it busy
 * for minutes or exhaust memory (a worker that dies of that fires no event; the limit still ends it).
 * Real documents within the 20 MB size limit convert in seconds.
 */
export const DOCX_TIME_LIMIT_MS = 30_000;

export interface DocxOptions {
  signal?: AbortSignal;
  /** For tests; the app uses DOCX_TIME_LIMIT_MS. */
  timeLimitMs?: number;
}

/**
 * The HTML of a Word file, converted by mammoth in a worker of its own. `data` is transferred to the
 * worker, so it is unusable afterwards. Errors: ABORTED when `signal` fires; DOCUMENT_DAMAGED, naming
 * the file, for everything else (not a zip, no word/document.xml, malformed XML, the time limit).
 */
export function convertDocx(data: ArrayBuffer, name: string, options: DocxOptions = {}): Promise<string> {
  const { signal, timeLimitMs = DOCX_TIME_LIMIT_MS } = options;
  const damaged = (reason: string, detail?: Record<string, unknown>) =>
    new QaError('DOCUMENT_DAMAGED', `"${name}" could not be read as a Word document: ${reason}.`, { ...detail, name });
  const worker = new Worker(new URL('../../worker/docx.worker.ts', import.meta.url), { type: 'module', name: 'docx-worker' });
  return inFreshWorker<DocxWorkerApi, string>(worker, (api) => api.convert(Comlink.transfer(data, [data])).then((r) => r.html), {
    signal,
    timeLimitMs,
    onTimeout: () =>
      damaged(
        `converting it took longer than ${Math.round(timeLimitMs / 1000)} s, so it was stopped (it may be damaged, or far too complex)`,
        {
          timeLimitMs,
        },
      ),
    onFailure: damaged,
  });
}
