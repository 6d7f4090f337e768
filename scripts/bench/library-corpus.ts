/**
 * The library the library benchmark reads: `docs` documents of `pages` pages of real prose (SQuAD
 * paragraphs, one per page, cycled; each document starts at another paragraph), as text or as PDFs
 * written with pdf-lib (embedded DejaVu Sans, like test/helpers/make-pdf.ts), and what adding them
 * costs: PDF text extraction (the document worker's extractPdfText), then tokens and BM25 term index
 * (what the QA worker builds for a document the first time a question reaches it).
 */
import { readFileSync } from 'node:fs';
import { extractPdfText } from '../../src/engine/documents/pdf-extract';
import type { DocumentCache } from '../../src/engine/library/document-cache';
import { column, pdfFromLines } from '../../test/helpers/make-pdf';
import { pdfjsForNode } from '../../test/helpers/pdfjs-node';
import { SQUAD_SAMPLE } from '../fixtures/data-paths';

export interface LibraryDoc {
  id: string;
  text: string;
}

/** Each document's pages, as text. */
export function libraryPages(nDocs: number, nPages: number): string[][] {
  const data = JSON.parse(readFileSync(SQUAD_SAMPLE, 'utf8')).data as Array<{ paragraphs: Array<{ context: string }> }>;
  const paragraphs = data.flatMap((a) => a.paragraphs.map((p) => p.context));
  return Array.from({ length: nDocs }, (_, d) =>
    Array.from({ length: nPages }, (_, p) => `Document ${d}, page ${p + 1}. ${paragraphs[(d * 7 + p) % paragraphs.length]}`),
  );
}

/** Greedy wrap at ~80 characters: an 11 pt line of a US Letter page with 1-inch margins. */
function wrap(text: string, width = 80): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

export function libraryPdf(pages: readonly string[]): Promise<Uint8Array> {
  return pdfFromLines(pages.map((page) => column(wrap(page))));
}

export interface IngestTimes {
  docs: LibraryDoc[];
  extractMs: number;
  indexMs: number;
}

/** Extracts each PDF's text (one at a time, as the document worker does), then tokenizes and indexes it. */
export async function ingestPdfs(pdfs: readonly Uint8Array[], cache: DocumentCache): Promise<IngestTimes> {
  const pdfjs = await pdfjsForNode();
  const docs: LibraryDoc[] = [];
  let t = performance.now();
  for (const [d, bytes] of pdfs.entries()) {
    const opened = await extractPdfText(pdfjs, bytes.slice(), `doc-${d}.pdf`);
    docs.push({ id: `doc-${d}`, text: opened.text });
  }
  const extractMs = performance.now() - t;
  t = performance.now();
  indexAll(docs, cache);
  return { docs, extractMs, indexMs: performance.now() - t };
}

export function indexAll(docs: readonly LibraryDoc[], cache: DocumentCache): void {
  for (const d of docs) {
    cache.tokens(d.id, d.text);
    cache.terms(d.id, d.text);
  }
}
