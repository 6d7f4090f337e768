/**
 * Opening documents (issue 13): the generated 300-page PDF's text extraction in Node (pages/s, peak
 * memory: scripts/bench/pdf-extract.ts), and "open" to "ready to ask" in Chromium through the app's
 * own opening path (the document worker), for that PDF and a generated .docx.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { paragraphsDocx } from '../../test/helpers/make-docx.js';
import { longPdf } from '../../test/helpers/make-pdf.js';
import { BenchTab } from './browser.js';
import type { Ctx } from './measure.js';
import { benchPdfExtract, type PdfExtractBench } from './pdf-extract.js';
import { median, ms, summarize, table } from './stats.js';

export interface DocumentsResult {
  node: PdfExtractBench;
  browser: Array<{ file: string; bytes: number; pages: number; chars: number; ms: number[] }>;
}

const PDF_PAGES = 300;

/** Generated once per run under .bench/docs/, which the bench server serves at /docs/. */
async function writeInputs(root: string): Promise<Array<{ file: string; bytes: number }>> {
  const dir = join(root, '.bench/docs');
  mkdirSync(dir, { recursive: true });
  const pdf = await longPdf(PDF_PAGES);
  const words = 'The river crossed the plain in long slow bends before it reached the sea'.split(' ');
  const paragraphs = Array.from(
    { length: 2000 },
    (_, i) => Array.from({ length: 60 }, (_, k) => words[(i + k) % words.length]).join(' ') + '.',
  );
  const docx = await paragraphsDocx(paragraphs);
  writeFileSync(join(dir, 'long.pdf'), pdf);
  writeFileSync(join(dir, 'long.docx'), docx);
  return [
    { file: 'long.pdf', bytes: pdf.length },
    { file: 'long.docx', bytes: docx.length },
  ];
}

export async function measureDocuments(ctx: Ctx, runs = 3): Promise<DocumentsResult> {
  const node = await benchPdfExtract(PDF_PAGES);
  ctx.log(`pdf (node): ${node.pagesPerSecond} pages/s, peak RSS ${node.peakRssMB} MB`);
  const inputs = await writeInputs(ctx.root);
  const browser: DocumentsResult['browser'] = [];
  for (const input of inputs) {
    const row = { ...input, pages: 0, chars: 0, ms: [] as number[] };
    for (let r = 0; r < runs; r++) {
      // A fresh profile each run: the first PDF also pays for starting the document worker, as a user's does.
      const tab = await BenchTab.open(ctx.rig);
      try {
        const d = await tab.call('docOpen', `${ctx.rig.server.url}/docs/${input.file}`, input.file);
        row.ms.push(d.ms);
        row.pages = d.pages;
        row.chars = d.chars;
      } finally {
        await tab.close();
      }
    }
    browser.push(row);
    ctx.log(`${input.file}: open to ready ${summarize(row.ms).median.toFixed(0)} ms`);
  }
  return { node, browser };
}

export function documentsSection(r: DocumentsResult): string[] {
  const n = r.node;
  return [
    '## Opening documents',
    '',
    `Generated inputs (\`test/helpers/make-pdf.ts\` longPdf, \`make-docx.ts\` paragraphsDocx). Node: pdf.js legacy build with the app's own extraction (\`extractPdfText\`), memory sampled every 10 ms. Browser: the app's \`openDocumentFile\` in the bench page (PDFs through the document worker), a fresh profile per run; "ready to ask" = the text is back on the page.`,
    '',
    `- PDF text extraction (Node), ${n.pages} pages, ${(n.fileBytes / 1e6).toFixed(2)} MB: **${n.pagesPerSecond} pages/s** (${n.seconds} s; reading-order reconstruction alone ${n.layoutMsPerPage} ms/page), peak RSS ${n.peakRssMB} MB (baseline ${n.baselineRssMB} MB), peak JS heap ${n.peakHeapMB} MB (baseline ${n.baselineHeapMB} MB).`,
    '',
    table(
      ['File', 'Size (MB)', 'Pages', 'Text (chars)', 'Open → ready to ask (ms)', 'Pages/s'],
      r.browser.map((b) => [
        b.file,
        (b.bytes / 1e6).toFixed(2),
        b.pages ? String(b.pages) : '—',
        b.chars.toLocaleString('en'),
        ms(b.ms),
        b.pages ? ((b.pages * 1000) / median(b.ms)).toFixed(1) : '—',
      ]),
    ),
    '',
  ];
}
