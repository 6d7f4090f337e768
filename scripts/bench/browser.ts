/**
 * Builds the benchmark page with Vite, serves it cross-origin isolated, and drives it in the system
 * Chromium through Playwright (never `playwright install`; scripts/chromium.ts says which binary).
 *
 * Every tab is its own Chromium with a fresh on-disk profile, like a first visit by a real user:
 * incognito-style contexts keep Cache Storage in memory, where putting a 436 MB fp32 model fails
 * ("Unexpected internal error"), which a normal profile does not.
 */
import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { CHROMIUM_PATH, chromiumArgs } from '../chromium.js';
import type { BenchPage } from './page/main.js';
import { startStaticServer, type StaticServer } from '../static-server.js';

const HERE = dirname(fileURLToPath(import.meta.url));
const CHROME_ARGS = [
  ...chromiumArgs(),
  // For diagnosis only, e.g. BENCH_CHROME_ARGS="--js-flags=--no-liftoff" to rule out WASM tier-up.
  ...(process.env.BENCH_CHROME_ARGS?.split(' ').filter(Boolean) ?? []),
];

export async function buildPage(root: string): Promise<string> {
  const outDir = join(root, '.bench/dist');
  await build({
    configFile: false,
    root: join(HERE, 'page'),
    base: './',
    logLevel: 'error',
    worker: { format: 'es' },
    build: { outDir, emptyOutDir: true, target: 'es2022', chunkSizeWarningLimit: 1e6, reportCompressedSize: false },
  });
  return outDir;
}

type Method = { [K in keyof BenchPage]: BenchPage[K] extends (...a: any[]) => any ? K : never }[keyof BenchPage];

/** The bench page open in a Chromium of its own (own profile: Cache Storage, HTTP and code cache). */
export class BenchTab {
  private constructor(
    readonly context: BrowserContext,
    readonly page: Page,
    private readonly console: string[],
    private readonly profileDir: string,
  ) {}

  static async open(rig: BrowserRig): Promise<BenchTab> {
    const profileDir = mkdtempSync(join(tmpdir(), 'qa-bench-'));
    const context = await chromium.launchPersistentContext(profileDir, { executablePath: rig.executablePath, args: CHROME_ARGS });
    const page = context.pages()[0] ?? (await context.newPage());
    const lines: string[] = [];
    page.on('console', (m) => lines.push(m.text()));
    page.on('pageerror', (e) => console.error(`[page] ${e.message}`));
    await page.goto(rig.pageUrl);
    await page.waitForFunction(() => document.getElementById('status')?.textContent === 'ready');
    if (!(await page.evaluate(() => (globalThis as any).bench.isolated())))
      throw new Error('page is not cross-origin isolated: no WASM threads');
    return new BenchTab(context, page, lines, profileDir);
  }

  /** Calls window.bench[method](...args) in the page. */
  call<M extends Method>(method: M, ...args: Parameters<BenchPage[M]>): Promise<Awaited<ReturnType<BenchPage[M]>>> {
    return this.page.evaluate(([m, a]) => (globalThis as any).bench[m as string](...(a as unknown[])), [method, args] as const) as any;
  }

  /** Console lines printed since the last call (onnxruntime-web prints its profile there). */
  takeConsole(): string[] {
    return this.console.splice(0);
  }

  async close(): Promise<void> {
    await this.context.close();
    rmSync(this.profileDir, { recursive: true, force: true });
  }
}

export interface BrowserRig {
  server: StaticServer;
  pageUrl: string;
  executablePath: string;
  version: string;
  close(): Promise<void>;
}

// Hashed build assets (the ORT .wasm among them) are immutable, as a static host would serve them;
// everything else (the models) is revalidated, so a warm model load must come from the app's own
// Cache Storage, not from the HTTP cache.
const benchCacheControl = (path: string) => (path.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache');

export async function startBrowser(root: string, distDir: string): Promise<BrowserRig> {
  const server = await startStaticServer(
    {
      '/models/': join(root, '.bench/models'),
      '/fixtures/': join(root, 'fixtures/models'),
      '/docs/': join(root, '.bench/docs'),
      '/tjs-ort/': resolve(root, 'node_modules/@huggingface/transformers/node_modules/onnxruntime-web/dist'),
      '/': distDir,
    },
    { isolation: true, cacheControl: benchCacheControl },
  );
  const executablePath = CHROMIUM_PATH;
  const probe = await chromium.launch({ executablePath, args: CHROME_ARGS });
  const version = probe.version();
  await probe.close();
  return { server, pageUrl: `${server.url}/index.html`, executablePath, version, close: () => server.close() };
}

/**
 * CPU seconds used so far by this process's descendants (the Chromium processes Playwright started;
 * Linux /proc, 10 ms ticks) plus this process itself (onnxruntime-node and transformers.js run here).
 */
export function cpuSeconds(): number {
  const parent = new Map<number, number>();
  const ticks = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      // Fields after the ")" of the command name: state ppid ... utime(14) stime(15).
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      parent.set(Number(name), Number(f[1]));
      ticks.set(Number(name), Number(f[11]) + Number(f[12]));
    } catch {
      /* the process ended meanwhile */
    }
  }
  const mine = new Set([process.pid]);
  for (let grew = true; grew;) {
    grew = false;
    for (const [pid, ppid] of parent) if (!mine.has(pid) && mine.has(ppid)) (mine.add(pid), (grew = true));
  }
  mine.delete(process.pid);
  let total = 0;
  for (const pid of mine) total += ticks.get(pid) ?? 0;
  const { user, system } = process.cpuUsage();
  return total / 100 + (user + system) / 1e6;
}
