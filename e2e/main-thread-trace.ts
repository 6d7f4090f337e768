import type { Browser, Page } from '@playwright/test';

/** One task of the page's main thread: its wall time and the CPU time the thread actually ran, in ms. */
export interface MainThreadTask {
  wall: number;
  cpu: number;
}

/**
 * Records the page's main-thread tasks over 50 ms with a Chromium trace. Unlike a long-task
 * observer, which sees wall time only, the trace also has each task's thread time, so a task that
 * took 400 ms because the machine's cores were busy elsewhere (2 shared cores, other test runs, the
 * model's own threads) is told apart from one where the page itself ran for 400 ms.
 */
export async function traceMainThread(browser: Browser, page: Page): Promise<() => Promise<MainThreadTask[]>> {
  await browser.startTracing(page, { categories: ['devtools.timeline'] });
  return async () => {
    const trace = JSON.parse((await browser.stopTracing()).toString('utf8')) as { traceEvents: TraceEvent[] };
    const events = trace.traceEvents;
    const main = new Set(
      events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`),
    );
    return events
      .filter((e) => e.ph === 'X' && e.name === 'RunTask' && main.has(`${e.pid}:${e.tid}`) && (e.dur ?? 0) > 50_000)
      .map((e) => ({ wall: Math.round((e.dur ?? 0) / 1000), cpu: Math.round((e.tdur ?? 0) / 1000) }));
  };
}

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  dur?: number;
  tdur?: number;
  args?: { name?: string };
}
