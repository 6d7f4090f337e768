import { QaError } from '../../shared/errors';
import type { MarkdownWorkerApi } from '../../worker/markdown.worker';
import { inFreshWorker } from './fresh-worker';

/**
 * Markdown → text without its syntax (src/engine/documents/markdown-text.ts), in a worker of its own:
 * a long document takes seconds to parse. No time limit (Markdown cannot be damaged, only long);
 * `signal` cancels (ABORTED).
 */
export function convertMarkdown(markdown: string, name: string, signal?: AbortSignal): Promise<string> {
  const worker = new Worker(new URL('../../worker/markdown.worker.ts', import.meta.url), { type: 'module', name: 'markdown-worker' });
  return inFreshWorker<MarkdownWorkerApi, string>(worker, (api) => api.toText(markdown), {
    signal,
    onFailure: (reason, detail) =>
      new QaError('UNKNOWN', `"${name}" could not be converted from Markdown: ${reason}.`, { ...detail, name }),
  });
}
