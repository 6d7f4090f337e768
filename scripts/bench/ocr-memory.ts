/**
 * `npm run bench:ocr -- --memory`: the tab's memory while the built app recognises a 50-page scan
 * (issue 23: a long scan must not need more than one page does). A 50-page image-only PDF is drawn
 * once into .bench/ (the e2e letter and the benchmark's prose, each page numbered, 300 dpi, as
 * scripts/fixtures/ocr-scans.ts draws scans), opened through the file input in headless Chromium,
 * and sampled every 250 ms until it is open: the renderer process's resident memory (VmRSS from
 * /proc; the page, its pdf.js and OCR workers and tesseract's WASM heap all live in it) and the
 * page's main-thread JS heap (CDP Performance.getMetrics). Reports the peak while page 1 is read
 * against the peak over all 50 pages. Prints its section; BENCHMARKS.md is edited by hand.
 */
import { chromium } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join, resolve } from 'node:path';
import { imagePdf, OCR_SCANS, renderScanPages, SCAN_WIDTH, SCAN_HEIGHT, type ScanSpec } from '../fixtures/ocr-scans';
import { CHROMIUM_PATH, chromiumArgs } from '../chromium';
import { startStaticServer } from '../static-server';
import { loadAverage } from './machine';

const ROOT = resolve(import.meta.dirname, '../..');
const PAGES = 50;
const FILE = join(ROOT, '.bench/ocr-memory/scan-50-pages.pdf');
const MB = 1024 * 1024;

async function ensureScan(): Promise<void> {
  if (existsSync(FILE)) return;
  const letter = OCR_SCANS.pdf.pages;
  const spec: ScanSpec = {
    file: FILE,
    pages: Array.from({ length: PAGES }, (_, i) => [`Page ${i + 1} of ${PAGES}`, ...letter[i % letter.length]]),
    dpi: 300,
  };
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: chromiumArgs() });
  try {
    const context = await browser.newContext({ viewport: { width: SCAN_WIDTH, height: SCAN_HEIGHT }, deviceScaleFactor: spec.dpi / 96 });
    const pngs = await renderScanPages(await context.newPage(), spec);
    mkdirSync(join(ROOT, '.bench/ocr-memory'), { recursive: true });
    writeFileSync(FILE, await imagePdf(pngs, spec.dpi));
  } finally {
    await browser.close();
  }
}

/** Resident set of every renderer process under `root` (Chromium's own pid), in bytes. */
function rendererRss(root: number): number {
  const parent = new Map<number, number>();
  for (const d of readdirSync('/proc').filter((n) => /^\d+$/.test(n))) {
    try {
      const ppid = /^PPid:\s+(\d+)/m.exec(readFileSync(`/proc/${d}/status`, 'utf8'))?.[1];
      if (ppid) parent.set(Number(d), Number(ppid));
    } catch {
      // Gone between the listing and the read.
    }
  }
  const under = (pid: number): boolean => pid === root || (parent.has(pid) && pid > 1 && under(parent.get(pid)!));
  let total = 0;
  for (const pid of parent.keys()) {
    if (!under(pid)) continue;
    try {
      if (!readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('--type=renderer')) continue;
      total += Number(/^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) * 1024;
    } catch {
      // As above.
    }
  }
  return total;
}

interface Sample {
  page: number;
  rss: number;
  heap: number;
}

export async function memoryMain(): Promise<void> {
  const t0 = Date.now();
  await ensureScan();
  const server = await startStaticServer({ '/': join(ROOT, 'dist') }, { isolation: true });
  const browserServer = await chromium.launchServer({ executablePath: CHROMIUM_PATH, args: chromiumArgs() });
  const root = browserServer.process().pid!;
  const browser = await chromium.connect(browserServer.wsEndpoint());
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
    await page.goto(`${server.url}/`);
    const before = rendererRss(root);
    const samples: Sample[] = [];
    await page
      .getByTestId('doc-file-input')
      .setInputFiles({ name: 'scan-50.pdf', mimeType: 'application/pdf', buffer: readFileSync(FILE) });
    const opened = page.getByTestId('document-source').filter({ hasText: 'scan-50.pdf' });
    let current = 0;
    while (!(await opened.isVisible())) {
      const status =
        (await page
          .getByTestId('open-progress')
          .textContent({ timeout: 1000 })
          .catch(() => '')) ?? '';
      current = Number(/page (\d+) of/.exec(status)?.[1] ?? current);
      const { metrics } = await cdp.send('Performance.getMetrics');
      const heap = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0;
      samples.push({ page: current, rss: rendererRss(root), heap });
      await new Promise((r) => setTimeout(r, 250));
    }
    const after = rendererRss(root);
    const peak = (xs: Sample[], k: 'rss' | 'heap') => Math.max(0, ...xs.map((s) => s[k]));
    const upTo = (p: number) => samples.filter((s) => s.page >= 1 && s.page <= p);
    const one = upTo(1);
    const flags = execFileSync('sh', ['-c', "grep -o -w 'avx2\\|avx512f\\|avx512_vnni\\|fma' /proc/cpuinfo | sort -u | tr '\\n' ' '"])
      .toString()
      .trim();
    const mb = (b: number) => `${(b / MB).toFixed(0)} MB`;
    const rows = [1, 2, 10, 25, PAGES].map(
      (p) => `| ${p === 1 ? '1' : `1–${p}`} | ${mb(peak(upTo(p), 'rss'))} | ${mb(peak(upTo(p), 'heap'))} |`,
    );
    const section = [
      `## OCR memory, ${PAGES}-page scan (${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, ${((Date.now() - t0) / 60000).toFixed(1)} min, \`npm run bench:ocr -- --memory\`)`,
      '',
      `Machine: ${cpus()[0]?.model ?? '?'}, ${cpus().length} cores, flags ${flags}, load before ${loadAverage()}. Chromium ${browser.version()}, headless.`,
      `A ${PAGES}-page image-only PDF (A5 letter pages at 300 dpi, ${mb(readFileSync(FILE).length)}) opened in the built app; ${samples.length} samples, every 250 ms.`,
      `Renderer process resident memory (page + pdf.js and OCR workers + tesseract's WASM heap): ${mb(before)} before the file was picked, ${mb(after)} once open.`,
      '',
      '| pages read | peak renderer RSS | peak main-thread JS heap |',
      '|---|---|---|',
      ...rows,
      '',
      `Peak over ${PAGES} pages vs. while page 1 was read: RSS ${(peak(upTo(PAGES), 'rss') / Math.max(1, peak(one, 'rss'))).toFixed(2)}×, JS heap ${(peak(upTo(PAGES), 'heap') / Math.max(1, peak(one, 'heap'))).toFixed(2)}×.`,
    ].join('\n');
    console.log(section);
  } finally {
    await browser.close();
    await browserServer.close();
    await server.close();
  }
}
