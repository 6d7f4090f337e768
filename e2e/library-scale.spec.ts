import type { Browser, Page } from '@playwright/test';
import { expect, test } from './csp';
import { openWithModel } from './helpers';
import { LIBRARY_ANSWER, library, libraryRows } from './library-helpers';
import { longTaskReport, MAX_TASK_MS, traceMainThread, waitForQuietMainThread, type MainThreadTask } from './main-thread-trace';
import { ORACLE } from './reliability-helpers';

/**
 * Issue 24, scale: a library of 100 PDF-like documents (2,000 pages of text) stored in the app's own
 * IndexedDB opens with its list at once and without reading a single text; one question across it
 * shows a first answer while the reading goes on, then the oracle's span in the one document and
 * page that holds it; no main-thread task over 200 ms from start-up to the last answer.
 */
test.describe.configure({ mode: 'serial' });
// Playwright's trace snapshots walk the page's DOM on its main thread: they would be measured as the app's tasks.
test.use({ trace: 'off' });

const DOCS = 100;
const PAGES = 20;
/** The document and page holding the only "zebra … omega" (the oracle's markers) in the library. */
const ANSWER_DOC = 57;
const ANSWER_PAGE = 13;
const name = (i: number) => `${TOPICS[i % TOPICS.length]} ${1990 + (i % 30)} (${i + 1}).pdf`;

const TOPICS = ['Harbour survey', 'Board minutes', 'Annual report', 'Field notes', 'Tenancy contract', 'Audit letter', 'Parish records'];
const WHO = ['The surveyor', 'The treasurer', 'A tenant', 'The harbour master', 'The committee', 'Our auditor', 'The clerk', 'A visitor'];
const DID = ['recorded', 'questioned', 'approved', 'measured', 'described', 'rejected', 'summarised', 'inspected'];
const WHAT = [
  'the quarterly accounts',
  'the eastern wall',
  'a late payment',
  'the tide tables',
  'the new roof',
  'the grain store',
  'two fishing boats',
];
const WHEN = ['in March', 'after the storm', 'before the meeting', 'on Tuesday', 'during the winter', 'at the end of the year'];
const WHY = ['as agreed', 'because the figures differed', 'for the insurers', 'to settle the dispute', 'at the owner’s request'];

/** A small seeded generator, so every run stores the same library. */
function random(seed: number) {
  return () => (seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) / 2 ** 32;
}

/** About 1,500 characters of varied sentences, as a page of a report reads. */
function pageText(next: () => number): string {
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)];
  const sentences: string[] = [];
  for (let len = 0; len < 1500; len += sentences[sentences.length - 1].length + 1) {
    const n = Math.floor(next() * 900) + 10;
    sentences.push(`${pick(WHO)} ${pick(DID)} ${pick(WHAT)} ${pick(WHEN)}, ${pick(WHY)}, and noted ${n} items in the ledger.`);
  }
  return sentences.join(' ');
}

interface Seeded {
  entry: { id: string; name: string; kind: 'pdf'; pages: number; size: number; chars: number; added: number };
  value: { doc: { kind: 'pdf'; name: string; text: string; pdf: { pageCount: number; pageStarts: number[]; runs: [] } } };
}

/** The 100 documents as library-store.ts stores them: a small record, and the text with its page map. */
function seededLibrary(): Seeded[] {
  const next = random(24);
  return Array.from({ length: DOCS }, (_, i) => {
    const pageStarts: number[] = [];
    let text = '';
    for (let p = 1; p <= PAGES; p++) {
      pageStarts.push(text.length);
      text += pageText(next);
      if (i === ANSWER_DOC && p === ANSWER_PAGE) text += ` The lighthouse keeper saw a ${LIBRARY_ANSWER} point at dusk.`;
      text += '\n\n';
    }
    const id = `seeded-${i}`;
    return {
      entry: { id, name: name(i), kind: 'pdf', pages: PAGES, size: text.length * 2, chars: text.length, added: 1_700_000_000_000 + i },
      value: { doc: { kind: 'pdf', name: name(i), text, pdf: { pageCount: PAGES, pageStarts, runs: [] } } },
    };
  });
}

/** Writes the library into the app's two databases, as idb-keyval's createStore opens them. */
function seed(page: Page, docs: Seeded[]): Promise<void> {
  return page.evaluate(async (docs) => {
    const put = (db: string, store: string, pairs: [string, unknown][]) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open(db);
        open.onupgradeneeded = () => open.result.createObjectStore(store);
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction(store, 'readwrite');
          for (const [k, v] of pairs) tx.objectStore(store).put(v, k);
          tx.oncomplete = () => (open.result.close(), resolve());
          tx.onerror = () => reject(tx.error);
        };
      });
    await put(
      'qa-app-library-texts',
      'texts',
      docs.map((d) => [d.entry.id, d.value]),
    );
    await put(
      'qa-app-library',
      'entries',
      docs.map((d) => [d.entry.id, d.entry]),
    );
  }, docs);
}

/**
 * Before the app's scripts, on every load: a count of the reads from the texts' database (every
 * read IndexedDB offers goes through one of these IDBObjectStore methods) and the long tasks.
 */
function watchStartup(): void {
  const w = window as unknown as { __textReads: number; __longTasks: number[] };
  w.__textReads = 0;
  w.__longTasks = [];
  for (const method of ['get', 'getAll', 'getAllKeys', 'getKey', 'openCursor', 'openKeyCursor', 'count'] as const) {
    const proto = IDBObjectStore.prototype as unknown as Record<string, (...args: unknown[]) => unknown>;
    const original = proto[method];
    proto[method] = function (this: IDBObjectStore, ...args: unknown[]) {
      if (this.transaction.db.name === 'qa-app-library-texts') w.__textReads++;
      return original.apply(this, args);
    };
  }
  new PerformanceObserver((list) => list.getEntries().forEach((e) => w.__longTasks.push(Math.round(e.duration)))).observe({
    type: 'longtask',
    buffered: true,
  });
}

let page: Page;
let browser: Browser;
const PARAMS = { url: ORACLE, backend: 'wasm', threads: '2' };

test.beforeAll(async ({ browser: b }) => {
  browser = b;
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.addInitScript(watchStartup);
  page = await context.newPage();
  await openWithModel(page, PARAMS);
  await seed(page, seededLibrary());
});
test.afterAll(() => page.context().close());

const reads = () => page.evaluate(() => (window as unknown as { __textReads: number }).__textReads);
const longTasks = () => page.evaluate(() => (window as unknown as { __longTasks: number[] }).__longTasks.splice(0));

/**
 * While indexing and reading: no task over 200 ms by the long-task observer unless the trace shows
 * the thread waited for a core (see longTaskReport), and no task running the app's scripts (each
 * progress event's render) over a quarter of the bound. At start-up the first tasks evaluate the
 * app's whole bundle and mount it, whatever the library holds, and on a machine shared with other
 * runs their wall time varies by seconds (1.2 s seen, at 48 ms of the app's CPU): there, each
 * task's own CPU time, the app's included, must stay under the bound.
 */
function expectResponsive(label: string, observed: number[], traced: MainThreadTask[], startup = false) {
  const report = longTaskReport(label, observed, traced);
  console.log(report.line);
  if (startup) {
    expect(Math.max(...traced.map((t) => t.cpu)), `${label}: CPU per task (traced: ${report.traced})`).toBeLessThan(MAX_TASK_MS);
    return;
  }
  expect(report.unexcused, `${label}: tasks over ${MAX_TASK_MS} ms (traced: ${report.traced})`).toEqual([]);
  expect(report.maxAppCpu, `${label}: the app's CPU per task`).toBeLessThan(MAX_TASK_MS / 4);
}

test('100 documents, 2,000 pages: listed at start-up without reading one text, no task over 200 ms', async () => {
  const stop = await traceMainThread(browser, page);
  await page.reload();
  await expect(libraryRows(page)).toHaveCount(DOCS, { timeout: 60_000 });
  await expect(page.getByTestId('library-usage')).toContainText(`${DOCS} documents · 2,000 PDF pages`);
  await expect(page.getByTestId('backend-badge')).toBeVisible({ timeout: 90_000 });
  await waitForQuietMainThread(page);
  expect(await reads(), 'reads from the texts database at start-up').toBe(0);
  expectResponsive('start-up with 100 documents', await longTasks(), await stop(), true);
});

test('one question across the library: a first answer while reading, then the span in the right document and page', async () => {
  const stop = await traceMainThread(browser, page);
  // Every status line the question shows, in order, as a MutationObserver sees them.
  await page.evaluate(() => {
    const status = document.querySelector('[data-testid="library-status"]')!;
    const shown: string[] = ((window as unknown as { __shown: string[] }).__shown = []);
    new MutationObserver(() => {
      const text = status.textContent ?? '';
      if (text !== shown[shown.length - 1]) shown.push(text);
    }).observe(status, { subtree: true, childList: true, characterData: true });
  });
  // Every document is read from storage and indexed for the question; the reading stops once the
  // oracle is sure: all 2,782 passages take minutes on a loaded 2-core machine, and what a full
  // reading finds is the unit tests' concern (test/library-reading.test.ts).
  await page.getByText('Reading options').click();
  await page.getByTestId('stop-when-confident').check();
  await longTasks();
  await library(page).getByLabel('Ask the library').fill('What did the lighthouse keeper see at dusk?');
  await library(page)
    .getByRole('button', { name: `Ask ${DOCS} documents` })
    .click();
  await expect(page.getByTestId('library-status')).toContainText('answers from 100 documents', { timeout: 90_000 });
  await expect(page.getByTestId('library-status')).toContainText('stopped when confident');
  const top = page.getByTestId('library-answer').first();
  await expect(top.locator('.answer-text')).toHaveText(LIBRARY_ANSWER);
  await expect(top.getByTestId('library-answer-source')).toContainText(`${name(ANSWER_DOC)}, p. ${ANSWER_PAGE}`);
  expect(await reads(), 'the question reads each text once').toBe(DOCS);

  const shown = await page.evaluate(() => (window as unknown as { __shown: string[] }).__shown);
  console.log(`library status: ${shown.slice(0, 3).join(' / ')} … ${shown.at(-1)}`);
  const early = shown
    .map((s) => /^(\d+) of (\d+) passages read; best so far: (.*)$/.exec(s))
    .find((m) => m && m[3] === LIBRARY_ANSWER && Number(m[1]) < Number(m[2]));
  expect(early, `a first answer shown before the last passage:\n${shown.join('\n')}`).toBeTruthy();
  expectResponsive('indexing and reading 2,000 pages', await longTasks(), await stop());
});
