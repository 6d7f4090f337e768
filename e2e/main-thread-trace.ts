import type { Browser, Page } from '@playwright/test';

/** One task of the page's main thread: its wall time and the CPU time the thread actually ran, in ms. */
export interface MainThreadTask {
  wall: number;
  cpu: number;
  /** The task ran the app's own scripts (the built bundle: React renders, message handlers), not e.g. a test tool's evaluation. */
  app: boolean;
}

/**
 * Records the page's main-thread tasks over 50 ms with a Chromium trace. Unlike a long-task
 * observer, which sees wall time only, the trace also has each task's thread time, so a task that
 * took 400 ms because the machine's cores were busy elsewhere (2 shared cores, other test runs, the
 * model's own threads) is told apart from one where the page itself ran for 400 ms.
 */
export async function traceMainThread(browser: Browser, page: Page): Promise<() => Promise<MainThreadTask[]>> {
  await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing'] });
  // Starting a trace costs the page's thread a few hundred ms of its own (seen with 5 MB of DOM):
  // let that pass, then mark where the measured part begins.
  await waitForQuietMainThread(page);
  await page.evaluate((mark) => void performance.mark(mark), MARK);
  return async () => {
    const trace = JSON.parse((await browser.stopTracing()).toString('utf8')) as { traceEvents: TraceEvent[] };
    const events = trace.traceEvents;
    const main = new Set(
      events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`),
    );
    const since = events.find((e) => e.name === MARK)?.ts ?? 0;
    const onMain = (e: TraceEvent) => e.ph === 'X' && main.has(`${e.pid}:${e.tid}`) && e.ts >= since;
    const tasks = events.filter((e) => onMain(e) && e.name === 'RunTask').sort((x, y) => x.ts - y.ts);
    const app = new Set<TraceEvent>();
    for (const call of events) {
      if (!onMain(call) || call.name !== 'FunctionCall' || !call.args?.data?.url?.includes('/assets/')) continue;
      const task = enclosing(tasks, call.ts);
      if (task) app.add(task);
    }
    // All the app's tasks (short ones too: their CPU time shows what each progress event costs), and the long others.
    return tasks
      .filter((e) => app.has(e) || (e.dur ?? 0) > 50_000)
      .map((e) => ({ wall: Math.round((e.dur ?? 0) / 1000), cpu: Math.round((e.tdur ?? 0) / 1000), app: app.has(e) }));
  };
}

const MARK = 'e2e-main-thread-trace';

/** The last task starting at or before `ts` (tasks sorted by start) if it is still running then. */
function enclosing(tasks: readonly TraceEvent[], ts: number): TraceEvent | undefined {
  let lo = 0;
  let hi = tasks.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (tasks[mid].ts <= ts) lo = mid;
    else hi = mid - 1;
  }
  const t = tasks[lo];
  return t && t.ts <= ts && ts <= t.ts + (t.dur ?? 0) ? t : undefined;
}

/** Resolves once the page's main thread has gone a second without a long task. */
export async function waitForQuietMainThread(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((quiet) => {
        let timer = setTimeout(quiet, 1000);
        new PerformanceObserver(() => {
          clearTimeout(timer);
          timer = setTimeout(quiet, 1000);
        }).observe({ type: 'longtask' });
      }),
  );
}

interface TraceEvent {
  name: string;
  ts: number;
  ph: string;
  pid: number;
  tid: number;
  dur?: number;
  tdur?: number;
  args?: { name?: string; data?: { url?: string } };
}

/** The bound on a main-thread task while the app works (issues 21 and 24). */
export const MAX_TASK_MS = 200;

/**
 * No main-thread task over 200 ms. The long-task observer's wall times are the measure; one over
 * the bound is excused only where the trace shows the thread ran for under a quarter of it (it
 * waited for a core: the machine's cores are shared with other runs and the model's threads). The
 * app's own work is bounded by CPU time too: no task running the app's scripts may take a quarter
 * of the bound. Returns the line it logs.
 */
export function longTaskReport(label: string, observed: readonly number[], traced: readonly MainThreadTask[]) {
  const app = traced.filter((t) => t.app);
  const cpu = (ts: readonly MainThreadTask[]) => ts.map((t) => `${t.wall} ms (CPU ${t.cpu})`).join(', ') || 'none';
  const line =
    `${label}: long tasks (observer) ${observed.join(', ') || 'none'}; app scripts ${app.length} tasks, ` +
    `CPU ${app.reduce((sum, t) => sum + t.cpu, 0)} ms in all, max ${Math.max(0, ...app.map((t) => t.cpu))} ms; ` +
    `others over 50 ms: ${cpu(traced.filter((t) => !t.app && t.wall > 50))}`;
  const unexcused = observed.filter((wall) => {
    if (wall < MAX_TASK_MS) return false;
    const same = traced.find((t) => Math.abs(t.wall - wall) <= 3);
    return !(same !== undefined && same.cpu < wall / 4);
  });
  return { line, unexcused, maxAppCpu: Math.max(0, ...app.map((t) => t.cpu)), traced: cpu(traced) };
}
