import { paragraphsDocx } from '../test/helpers/make-docx';
import { column, pdfFromLines } from '../test/helpers/make-pdf';
import { expect, test } from './csp';
import { ask, expectTopAnswer } from './helpers';
import { ORACLE } from './reliability-helpers';
import { askQuestion, display, expectOpened, MIME, openFile } from './documents-helpers';

/**
 * "Your text never leaves this device", checked: every request of the page, its workers and its
 * service worker is recorded (context-level events include all three). After the model is loaded,
 * asking questions makes no request at all; opening a PDF and a .docx and drawing the PDF's page
 * fetch only the app's own code for those formats; no request ever carries the document or question.
 */
test.use({ serviceWorkers: 'allow' }); // Its requests are recorded too.

const DOC_SECRET = 'Quokka7f3a9c';
const QUESTION_SECRET = 'Wombat91be2d';

test('no request once the model is loaded, none but the app’s own code when opening a PDF or .docx; the document and question are never sent', async ({
  page,
  context,
}) => {
  // The saved document and question are there from the first moment, so loading could leak them too.
  await context.addInitScript(
    ([doc, question]) => {
      if (sessionStorage.getItem('seeded')) return;
      sessionStorage.setItem('seeded', '1');
      localStorage.setItem('qa-app:document', JSON.stringify(`Notes by ${doc}. Then Zebra ${doc} ran to omega.`));
      localStorage.setItem('qa-app:question', JSON.stringify(`Where did ${question} go?`));
    },
    [DOC_SECRET, QUESTION_SECRET],
  );
  const requests: Array<{ phase: 'load' | 'use' | 'open'; url: string; method: string; text: string; serviceWorker: boolean }> = [];
  let phase: 'load' | 'use' | 'open' = 'load';
  // Requests still in flight: a phase ends only once every request started in it has ended.
  let inFlight = 0;
  context.on('requestfinished', () => inFlight--);
  context.on('requestfailed', () => inFlight--);
  const settled = () => expect.poll(() => inFlight).toBe(0);
  context.on('request', () => inFlight++);
  context.on('request', (r) =>
    requests.push({
      phase,
      url: r.url(),
      method: r.method(),
      text: `${r.url()} ${r.postData() ?? ''} ${JSON.stringify(r.headers())}`,
      serviceWorker: !!r.serviceWorker(),
    }),
  );

  // Service worker first, then the model: installing it while the model loads can fail (its precache
  // and the worker fetch the same 28 MB .wasm at once; see docs/reliability.md), and its requests
  // must all fall in the loading phase.
  await page.goto(`./?${new URLSearchParams({ url: ORACLE, backend: 'wasm', threads: '2' })}`);
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await page.getByRole('button', { name: 'Load model' }).click();
  await expect(page.getByTestId('backend-badge')).toBeVisible({ timeout: 90_000 });
  await settled();
  phase = 'use';

  await page.getByLabel('Question', { exact: true }).press('Enter');
  await expectTopAnswer(page, `Zebra ${DOC_SECRET} ran to omega`);
  await page.getByLabel('Heat map').check();
  for (let i = 1; i <= 3; i++) {
    const doc = `Draft ${i} by ${DOC_SECRET}: Zebra ${DOC_SECRET} number ${i} went to omega.`;
    await page.getByRole('button', { name: 'Edit', exact: true }).click();
    await ask(page, `What did ${QUESTION_SECRET} see, ${i}?`, doc);
    await expectTopAnswer(page, `Zebra ${DOC_SECRET} number ${i} went to omega`);
  }
  await page.getByTestId('answer').first().getByRole('link').click();
  await settled();

  // Opening a PDF and a Word file, asking, and drawing the PDF page: the only requests allowed are
  // the app's own code for those formats (pdf.js, its worker, the Word worker), fetched lazily.
  phase = 'open';
  await openFile(
    page,
    'secret.pdf',
    await pdfFromLines([column([`Memo by ${DOC_SECRET}.`, `The zebra ${DOC_SECRET} went to omega.`])]),
    MIME.pdf,
  );
  await expectOpened(page, 'secret.pdf');
  await askQuestion(page, `Where did ${QUESTION_SECRET} go?`);
  await expectTopAnswer(page, `zebra ${DOC_SECRET} went to omega`);
  await display(page, 'Page').click();
  await expect(page.locator('[data-testid="page-highlight"][data-rank="1"]').first()).toBeVisible();
  await openFile(
    page,
    'secret.docx',
    await paragraphsDocx([`Letter from ${DOC_SECRET}.`, `A zebra met ${DOC_SECRET} at omega.`]),
    MIME.docx,
  );
  await expectOpened(page, 'secret.docx');
  await askQuestion(page, `Whom did ${QUESTION_SECRET} meet?`);
  await expectTopAnswer(page, `zebra met ${DOC_SECRET} at omega`);
  await settled();

  // The recorder does see the worker's and the service worker's traffic (else the checks prove little).
  expect(requests.some((r) => r.url.endsWith('onnx/model_quantized.onnx'))).toBe(true);
  expect(requests.some((r) => r.serviceWorker)).toBe(true);
  expect(requests.filter((r) => r.phase === 'use').map((r) => r.url)).toEqual([]);
  const origin = new URL(page.url()).origin;
  const appCode = (r: (typeof requests)[number]) => r.method === 'GET' && r.url.startsWith(`${origin}/assets/`) && r.url.endsWith('.js');
  expect(requests.filter((r) => r.phase === 'open' && !appCode(r)).map((r) => `${r.method} ${r.url}`)).toEqual([]);
  // The recorder saw the lazily loaded PDF reader start, so an unseen request would not be for lack of looking.
  expect(requests.some((r) => r.phase === 'open' && r.url.includes('/assets/document.worker-'))).toBe(true);
  const leaks = requests.filter((r) => r.text.includes(DOC_SECRET) || r.text.includes(QUESTION_SECRET));
  expect(leaks.map((r) => r.url)).toEqual([]);
});
