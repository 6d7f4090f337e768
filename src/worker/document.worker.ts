/// <reference lib="webworker" />
import * as Comlink from 'comlink';
// Named imports, so the bundle keeps only what text extraction needs of pdf.js's display layer.
import { OPS, PasswordResponses, getDocument } from 'pdfjs-dist';
// pdf.js parses in this thread, not in a nested worker: this module sets globalThis.pdfjsWorker,
// and pdf.js's PDFWorker then runs that WorkerMessageHandler in-thread (its "fake worker", over a
// LoopbackPort) instead of loading GlobalWorkerOptions.workerSrc. Evaluated in a worker scope, it
// also listens on `self` and posts one "ready" message to the page; comlink ignores both (they
// carry no comlink id), and pdf.js ignores comlink's messages (no targetName).
import 'pdfjs-dist/build/pdf.worker.mjs';
import '../shared/comlink-errors';
import { progressInOrder } from './progress-in-order';
import { extractPdfText } from '../engine/documents/pdf-extract';
import type { DocumentProgress, OpenedDocument } from '../shared/documents';

const running = new Map<number, AbortController>();
// Held until this worker dies, so the page notices even a silent death (see pdf-client.ts).
const lifeline = new Promise<void>((held) => {
  void navigator.locks?.request(self.name, () => {
    held();
    return new Promise<never>(() => {});
  });
});

const api = {
  async openPdf(
    data: ArrayBuffer,
    name: string,
    options: { password?: string },
    onProgress: (p: DocumentProgress) => void,
    requestId: number,
  ): Promise<OpenedDocument> {
    const controller = new AbortController();
    running.set(requestId, controller);
    // The last page's progress reaches the page before the text (progress-in-order.ts).
    const progress = progressInOrder(onProgress);
    try {
      return await progress.after(
        extractPdfText({ getDocument, PasswordResponses, OPS }, new Uint8Array(data), name, {
          password: options.password,
          signal: controller.signal,
          onProgress: progress.report,
        }),
      );
    } finally {
      running.delete(requestId);
    }
  },

  cancel(requestId: number): void {
    running.get(requestId)?.abort();
  },

  lifeline: () => lifeline,
};

export type DocumentWorkerApi = typeof api;

Comlink.expose(api);
