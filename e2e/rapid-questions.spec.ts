import { expect, test } from './csp';
import { ask, expectTopAnswer, openWithModel } from './helpers';
import { ORACLE } from './reliability-helpers';

/**
 * Questions submitted faster than they are answered: each one replaces the one in flight, and only
 * the latest result may ever reach the screen. The oracle model answers "zebra … omega" whatever the
 * question, so each question comes with its own document (and answer); the earlier ones are longer,
 * so without cancellation and request ordering their results would arrive last and win.
 */
const FILLER = 'alpha river stone green market north paper silver ';
const ROUNDS = [
  { tag: 'first', words: 12_000 },
  { tag: 'second', words: 6_000 },
  { tag: 'third', words: 3_000 },
  { tag: 'fourth', words: 400 },
];

interface AskCalls {
  sent: number;
  pending: number;
}

/**
 * Counts the model worker's `ask` calls still unanswered: Comlink sends each call as an APPLY message
 * with an id, and the worker's reply (an answer, or the ABORTED error of a replaced question) carries
 * the same id. Installed before the app starts, so it wraps the worker the app creates.
 */
function trackWorkerAsks(): void {
  const pending = new Set<string>();
  let sent = 0;
  (window as unknown as { __asks: () => AskCalls }).__asks = () => ({ sent, pending: pending.size });
  window.Worker = class extends Worker {
    constructor(url: string | URL, options?: WorkerOptions) {
      super(url, options);
      this.addEventListener('message', (e: MessageEvent<{ id?: string }>) => {
        if (e.data?.id) pending.delete(e.data.id);
      });
    }
    override postMessage(message: unknown, transfer?: Transferable[] | StructuredSerializeOptions): void {
      const m = message as { id?: string; type?: string; path?: string[] };
      if (m?.id && m.type === 'APPLY' && m.path?.[0] === 'ask') {
        sent++;
        pending.add(m.id);
      }
      super.postMessage(message, transfer as Transferable[]);
    }
  };
}

test('rapid questions: only the last one is answered on screen, no stale answer ever shows', async ({ page }) => {
  await page.addInitScript(trackWorkerAsks);
  await openWithModel(page, { url: ORACLE, backend: 'wasm', threads: '2' });
  // From the moment the last question is submitted, record every answer text the page shows.
  await page.evaluate(() => {
    const w = window as unknown as { __shown: string[]; __armed: boolean };
    w.__shown = [];
    w.__armed = false;
    document.addEventListener(
      'submit',
      () => {
        if (document.querySelector<HTMLInputElement>('.question-input')?.value.includes('fourth')) w.__armed = true;
      },
      true,
    );
    new MutationObserver(() => {
      if (!w.__armed) return;
      document.querySelectorAll('[data-testid="answer"] .answer-text').forEach((el) => w.__shown.push(el.textContent ?? ''));
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });

  for (const { tag, words } of ROUNDS) {
    const filler = FILLER.repeat(words / 8);
    await ask(page, `Which one is the ${tag}?`, `${filler}Zebra ${tag} omega. ${filler}`);
  }
  await expectTopAnswer(page, 'Zebra fourth omega');
  // Every earlier, longer question has had its reply (a late result or its cancellation) delivered to
  // the page, and the page has rendered after it: any stale result would be on screen now.
  const asks = () => page.evaluate(() => (window as unknown as { __asks: () => AskCalls }).__asks());
  await expect.poll(asks).toEqual({ sent: ROUNDS.length, pending: 0 });
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  await expectTopAnswer(page, 'Zebra fourth omega');
  await expect(page.getByLabel('Question', { exact: true })).toHaveValue('Which one is the fourth?');
  const shown = await page.evaluate(() => (window as unknown as { __shown: string[] }).__shown);
  expect(shown.length).toBeGreaterThan(0);
  expect(shown.filter((t) => /first|second|third/.test(t))).toEqual([]);
});
