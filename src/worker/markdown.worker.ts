/// <reference lib="webworker" />
import * as Comlink from 'comlink';
import '../shared/comlink-errors';
import { markdownToText } from '../engine/documents/markdown-text';

/** Markdown → text off the main thread: micromark takes seconds on a long document (see markdown-text.ts). */
const api = {
  toText: (markdown: string) => markdownToText(markdown),
};

export type MarkdownWorkerApi = typeof api;

Comlink.expose(api);
