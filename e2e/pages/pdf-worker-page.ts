import { openPdf } from '../../src/app/document/pdf-client';
import type { DocumentProgress } from '../../src/shared/documents';

/** What e2e/documents-pdf-worker.spec.ts reads back from one openPdf call. */
export interface PdfCheckResult {
  ok: boolean;
  text?: string;
  pages?: number;
  code?: string;
  wrong?: unknown;
  /** ms from the abort to the rejection, when the call was cancelled. */
  rejectMs?: number;
  pagesDone: number[];
}

const longTasks: number[] = [];
/** Every call's page progress, still growing if the worker reads on after a cancel. */
const progress: number[][] = [];
new PerformanceObserver((list) => list.getEntries().forEach((e) => longTasks.push(e.duration))).observe({
  type: 'longtask',
  buffered: true,
});

async function check(base64: string, options: { password?: string; abortAtPage?: number } = {}): Promise<PdfCheckResult> {
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  const controller = new AbortController();
  const pagesDone: number[] = [];
  progress.push(pagesDone);
  let abortedAt = 0;
  const onProgress = (p: DocumentProgress) => {
    if (p.phase !== 'pages') return;
    pagesDone.push(p.done);
    if (p.done === options.abortAtPage) {
      abortedAt = performance.now();
      controller.abort();
    }
  };
  try {
    const doc = await openPdf(new Blob([bytes]), 'check.pdf', { password: options.password, signal: controller.signal, onProgress });
    return { ok: true, text: doc.text, pages: doc.pdf?.pageCount, pagesDone: [...pagesDone] };
  } catch (e) {
    const err = e as { code?: string; detail?: { wrong?: unknown } };
    return {
      ok: false,
      code: err.code,
      wrong: err.detail?.wrong,
      rejectMs: abortedAt ? performance.now() - abortedAt : undefined,
      pagesDone: [...pagesDone],
    };
  }
}

Object.assign(window, { pdfCheck: { check, longTasks, progress } });
