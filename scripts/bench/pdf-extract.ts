/**
 * PDF text extraction speed and memory on a generated 300-page PDF (test/helpers/make-pdf.ts
 * longPdf), in Node with pdf.js's legacy build: the same extractPdfText the document worker runs.
 * Also times the reading-order reconstruction alone, on the items pdf.js returned.
 * Run: npx tsx scripts/bench/pdf-extract.ts [pages]
 */
import { pathToFileURL } from 'node:url';
import { extractPdfText } from '../../src/engine/documents/pdf-extract';
import { pdfTextFromPages, type PdfPageItem } from '../../src/engine/documents/pdf-text';
import { PDF_TEXT_CONTENT_PARAMS } from '../../src/shared/documents';
import { longPdf } from '../../test/helpers/make-pdf';
import { pdfjsForNode } from '../../test/helpers/pdfjs-node';

export interface PdfExtractBench {
  pages: number;
  fileBytes: number;
  textChars: number;
  seconds: number;
  pagesPerSecond: number;
  /** Reading-order reconstruction alone (no pdf.js), per page. */
  layoutMsPerPage: number;
  /** Peaks sampled every 10 ms during the extraction; the baseline is taken just before it. */
  peakRssMB: number;
  peakHeapMB: number;
  baselineRssMB: number;
  baselineHeapMB: number;
}

const MB = 1024 * 1024;

export async function benchPdfExtract(pages = 300): Promise<PdfExtractBench> {
  const pdfjs = await pdfjsForNode();
  const bytes = await longPdf(pages);
  globalThis.gc?.();
  const base = process.memoryUsage();
  let peakRss = base.rss;
  let peakHeap = base.heapUsed;
  // The sampler also keeps Node's event loop alive: extractPdfText yields through an unref'd MessageChannel.
  const sampler = setInterval(() => {
    const m = process.memoryUsage();
    peakRss = Math.max(peakRss, m.rss);
    peakHeap = Math.max(peakHeap, m.heapUsed);
  }, 10);
  const t0 = performance.now();
  const doc = await extractPdfText(pdfjs, bytes.slice(), 'long.pdf');
  const seconds = (performance.now() - t0) / 1000;
  clearInterval(sampler);

  const items = await allItems(pdfjs, bytes);
  const t1 = performance.now();
  pdfTextFromPages(items);
  const layoutMs = performance.now() - t1;
  return {
    pages,
    fileBytes: bytes.length,
    textChars: doc.text.length,
    seconds: round(seconds, 2),
    pagesPerSecond: round(pages / seconds, 1),
    layoutMsPerPage: round(layoutMs / pages, 3),
    peakRssMB: round(peakRss / MB, 1),
    peakHeapMB: round(peakHeap / MB, 1),
    baselineRssMB: round(base.rss / MB, 1),
    baselineHeapMB: round(base.heapUsed / MB, 1),
  };
}

async function allItems(pdfjs: Awaited<ReturnType<typeof pdfjsForNode>>, bytes: Uint8Array): Promise<PdfPageItem[][]> {
  const task = pdfjs.getDocument({ data: bytes.slice(), verbosity: 0 });
  const doc = await task.promise;
  const out: PdfPageItem[][] = [];
  for (let p = 1; p <= doc.numPages; p++) out.push((await (await doc.getPage(p)).getTextContent(PDF_TEXT_CONTENT_PARAMS)).items);
  await task.destroy();
  return out;
}

function round(x: number, digits: number): number {
  return Number(x.toFixed(digits));
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const result = await benchPdfExtract(Number(process.argv[2] ?? 300));
  console.log(JSON.stringify(result, null, 2));
}
