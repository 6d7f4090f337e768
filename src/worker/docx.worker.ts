/// <reference lib="webworker" />
import * as Comlink from 'comlink';
import '../shared/comlink-errors';
import { docxToHtml } from '../engine/documents/docx-html';

/**
 * Word → HTML, off the main thread. The page starts a fresh worker per file and terminates it after
 * one conversion or when it takes too long (docx-client.ts): mammoth on an untrusted file may run
 * for a long time, and only terminate() stops it.
 */
const api = {
  convert: (data: ArrayBuffer) => docxToHtml(data),
};

export type DocxWorkerApi = typeof api;

Comlink.expose(api);
