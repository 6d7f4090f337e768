/**
 * `npm run bench:ocr`: text recognition, ours against Poppler + the tesseract CLI, in one run on one
 * machine, on the scanned-document corpus of scripts/fixtures/ocr-scans.ts (two letter pages per
 * PDF, drawn at 150 and 300 dpi, straight, turned ±2° and speckled).
 * - ours: the built app in headless Chromium, each PDF opened through its file input (pdf.js finds
 *   no text layer, draws each page at 300 dpi, tesseract.js 7 reads it in the OCR worker: one
 *   thread); timed from the pick to the opened document, the text read back from the editor.
 * - peer: `pdftoppm -r 300` then `tesseract <page> stdout --oem 1` per page, with the same
 *   traineddata as ours (@tesseract.js-data/eng 4.0.0_best_int), at OMP_THREAD_LIMIT=1 and =2.
 * Word error rate against the source text (scripts/bench/ocr-wer.ts). Writes its section of
 * BENCHMARKS.md between its markers (kept by `npm run bench`). With --memory: the tab's memory over
 * a 50-page scan instead (ocr-memory.ts).
 */
import { chromium } from '@playwright/test';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { ensureOcrScans, OCR_CORPUS, type ScanSpec } from '../fixtures/ocr-scans';
import { CHROMIUM_PATH, chromiumArgs } from '../chromium';
import { startStaticServer } from '../static-server';
import { loadAverage } from './machine';
import { wordErrors } from './ocr-wer';

const ROOT = resolve(import.meta.dirname, '../..');
const START = '<!-- bench:ocr start -->';
const END = '<!-- bench:ocr end -->';

interface Result {
  text: string;
  seconds: number;
}

const reference = (spec: ScanSpec) => spec.pages.flat().join('\n');
const pagesOf = (spec: ScanSpec) => spec.pages.length;

async function ours(specs: ScanSpec[]): Promise<{ results: Result[]; core: string; coldSeconds: number }> {
  const server = await startStaticServer({ '/': join(ROOT, 'dist') }, { isolation: true });
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: chromiumArgs() });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const cores: string[] = [];
    page.on('request', (r) => /\/core\/[^/]+$/.test(r.url()) && cores.push(basename(r.url())));
    await page.goto(`${server.url}/`);
    const open = async (spec: ScanSpec, name: string): Promise<Result> => {
      const t0 = performance.now();
      await page.getByTestId('doc-file-input').setInputFiles({ name, mimeType: 'application/pdf', buffer: readFileSync(spec.file) });
      await page.getByTestId('document-source').filter({ hasText: name }).waitFor({ timeout: 300_000 });
      await page.getByTestId('open-progress').waitFor({ state: 'hidden' });
      const seconds = (performance.now() - t0) / 1000;
      await page.getByRole('group', { name: 'Display' }).getByRole('button', { name: 'Edit', exact: true }).click();
      return { text: await page.getByLabel('Document', { exact: true }).inputValue(), seconds };
    };
    // The first scan also starts tesseract (worker, core, language data): timed apart, not counted.
    const cold = await open(specs[0], 'warm-up.pdf');
    const results: Result[] = [];
    for (const spec of specs) results.push(await open(spec, basename(spec.file)));
    return { results, core: [...new Set(cores)].join(', '), coldSeconds: cold.seconds };
  } finally {
    await browser.close();
    await server.close();
  }
}

function cli(specs: ScanSpec[], threads: number, tessdata: string): Result[] {
  return specs.map((spec) => {
    const dir = mkdtempSync(join(tmpdir(), 'ocr-cli-'));
    try {
      const env = { ...process.env, OMP_THREAD_LIMIT: String(threads) };
      const t0 = performance.now();
      execFileSync('pdftoppm', ['-r', '300', '-png', spec.file, join(dir, 'page')], { env });
      const texts = readdirSync(dir)
        .filter((f) => f.endsWith('.png'))
        .sort()
        .map((f) =>
          execFileSync('tesseract', [join(dir, f), 'stdout', '--oem', '1', '--tessdata-dir', tessdata, '-l', 'eng'], {
            env,
            stdio: ['ignore', 'pipe', 'ignore'],
          }).toString(),
        );
      return { text: texts.join('\n'), seconds: (performance.now() - t0) / 1000 };
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
}

const variant = (spec: ScanSpec) => basename(spec.file, '.pdf').replace(/^letter-/, '');
const pct = (e: { errors: number; words: number }) => `${((100 * e.errors) / e.words).toFixed(1)}%`;
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
const totalErrors = (specs: ScanSpec[], rs: Result[]) => {
  const all = specs.map((s, i) => wordErrors(reference(s), rs[i].text));
  return { errors: sum(all.map((e) => e.errors)), words: sum(all.map((e) => e.words)) };
};
const version = (cmd: string, args: string[]) => {
  const r = spawnSync(cmd, args, { encoding: 'utf8' });
  return `${r.stdout}${r.stderr}`.split('\n')[0].trim();
};

async function main() {
  const t0 = Date.now();
  await ensureOcrScans({ log: (m) => console.log(`[bench:ocr] ${m}`) });
  if (!process.argv.includes('--no-build')) execFileSync('npx', ['vite', 'build', '--logLevel', 'error'], { cwd: ROOT, stdio: 'inherit' });
  const tessdata = join(ROOT, '.bench/ocr-tessdata');
  mkdirSync(tessdata, { recursive: true });
  const packed = join(ROOT, 'node_modules/@tesseract.js-data/eng/4.0.0_best_int/eng.traineddata.gz');
  writeFileSync(join(tessdata, 'eng.traineddata'), gunzipSync(readFileSync(packed)));

  const specs = OCR_CORPUS;
  const pages = sum(specs.map(pagesOf));
  console.log(`[bench:ocr] ${specs.length} PDFs, ${pages} pages: ours (Chromium)…`);
  const mine = await ours(specs);
  console.log('[bench:ocr] pdftoppm + tesseract, 1 thread…');
  const cli1 = cli(specs, 1, tessdata);
  console.log('[bench:ocr] pdftoppm + tesseract, 2 threads…');
  const cli2 = cli(specs, 2, tessdata);

  const browserVersion = await chromium.launch({ executablePath: CHROMIUM_PATH, args: chromiumArgs() }).then(async (b) => {
    const v = b.version();
    await b.close();
    return v;
  });
  const flags = execFileSync('sh', ['-c', "grep -o 'avx512_vnni\\|avx512f\\|avx2\\|fma' /proc/cpuinfo | sort -u | tr '\\n' ' '"])
    .toString()
    .trim();
  const tjs = JSON.parse(readFileSync(join(ROOT, 'node_modules/tesseract.js/package.json'), 'utf8')).version;
  const rows = specs.map((s, i) => {
    const e = (r: Result) => pct(wordErrors(reference(s), r.text));
    return `| ${variant(s)} | ${pagesOf(s)} | ${e(mine.results[i])} | ${e(cli1[i])} | ${mine.results[i].seconds.toFixed(2)} | ${cli1[i].seconds.toFixed(2)} | ${cli2[i].seconds.toFixed(2)} |`;
  });
  const rate = (rs: Result[]) => (pages / sum(rs.map((r) => r.seconds))).toFixed(2);
  const section = [
    START,
    `## Text recognition (OCR) run (${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, ${((Date.now() - t0) / 60000).toFixed(1)} min, \`npm run bench:ocr\`)`,
    '',
    `Machine: ${cpus()[0]?.model ?? '?'}, ${cpus().length} cores, flags ${flags}, load before ${loadAverage()}. Chromium ${browserVersion},`,
    `tesseract.js ${tjs} (core used: ${mine.core || '?'}), ${version('tesseract', ['--version'])}, ${version('pdftoppm', ['-v'])}.`,
    `Corpus: ${specs.length} image-only PDFs of ${pages} letter pages (A5, DejaVu Serif 15 px, ~80 words a page) at 150 and 300 dpi, straight,`,
    'turned ±2° and speckled (1% of pixels), scripts/fixtures/ocr-scans.ts. Both sides read each page at 300 dpi with the same LSTM',
    'model (eng 4.0.0_best_int); WER: word-level edit distance to the source text, exact words (case and punctuation count).',
    `Threads: ours 1 (tesseract.js runs one single-threaded WASM worker; pdf.js draws on the page's main thread), the CLI at`,
    `OMP_THREAD_LIMIT=1 and =2, on the same ${cpus().length} cores. Ours is timed from the file pick to the opened document (also its`,
    `pdf.js text-layer check); the cold start (first scan: worker, core and data load) took ${mine.coldSeconds.toFixed(2)} s and is not counted.`,
    '',
    '| scan | pages | WER ours | WER CLI | ours s | CLI s (1 thread) | CLI s (2 threads) |',
    '|---|---|---|---|---|---|---|',
    ...rows,
    `| **all** | ${pages} | **${pct(totalErrors(specs, mine.results))}** | **${pct(totalErrors(specs, cli1))}** | ${sum(mine.results.map((r) => r.seconds)).toFixed(1)} | ${sum(cli1.map((r) => r.seconds)).toFixed(1)} | ${sum(cli2.map((r) => r.seconds)).toFixed(1)} |`,
    '',
    `Pages per second: ours **${rate(mine.results)}**, CLI ${rate(cli1)} (1 thread), ${rate(cli2)} (2 threads).`,
    END,
  ].join('\n');
  console.log(section);
  const md = join(ROOT, 'BENCHMARKS.md');
  const text = readFileSync(md, 'utf8');
  const at = text.indexOf(START);
  const next = at >= 0 ? text.slice(0, at) + section + text.slice(text.indexOf(END) + END.length) : `${text.trimEnd()}\n\n${section}\n`;
  writeFileSync(md, next);
}

// --memory: the 50-page memory run (ocr-memory.ts) instead of the WER and speed run.
if (process.argv.includes('--memory')) {
  if (!process.argv.includes('--no-build')) execFileSync('npx', ['vite', 'build', '--logLevel', 'error'], { cwd: ROOT, stdio: 'inherit' });
  await (await import('./ocr-memory')).memoryMain();
} else await main();
