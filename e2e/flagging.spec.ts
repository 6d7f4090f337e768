import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './csp';
import { expectNoViolations } from './axe';
import { FIXTURES, ORACLE_ANSWER, ORACLE_DOC, ask, expectTopAnswer, openWithModel } from './helpers';

/**
 * Issue 25, item 3: an answer flagged Right and one flagged Wrong with the right span selected in
 * the text export as SQuAD 2.0 JSON that `npm run eval` reads back: the oracle gets the first right
 * and the second wrong, so EM is 50.
 */
const ORACLE = { url: '/fixtures/models/oracle/', backend: 'wasm', threads: '1' };
const SECOND_DOC = 'The zebra stood by the gate. Later the gate said omega twice.';
const SECOND_ANSWER = 'zebra stood by the gate. Later the gate said omega';
const RIGHT_SPAN = 'the gate';

const firstCard = (page: Page) => page.getByTestId('answer').first();

/** Selects the first `needle` of the document view's text, as a user's drag would. */
async function selectInDocument(page: Page, needle: string): Promise<void> {
  await page.getByTestId('document-view').evaluate((view, needle) => {
    const walker = document.createTreeWalker(view, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent!.indexOf(needle);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + needle.length);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
      return;
    }
    throw new Error(`"${needle}" is not in one text node of the document view`);
  }, needle);
}

test('flag one answer Right and one Wrong with the right span; the SQuAD 2.0 export reads back in npm run eval', async ({ page }) => {
  await openWithModel(page, ORACLE);
  await ask(page, 'Who ran?', ORACLE_DOC);
  await expectTopAnswer(page, ORACLE_ANSWER);
  // Keyboard: the flag buttons are ordinary buttons in the card's tab order.
  await firstCard(page).getByRole('button', { name: 'Right', exact: true }).focus();
  await page.keyboard.press('Enter');
  await expect(firstCard(page).getByTestId('flag-status')).toHaveText('Flagged as right.');

  await page.getByRole('button', { name: 'Edit', exact: true }).click();
  await ask(page, 'Where did it stand?', SECOND_DOC);
  await expectTopAnswer(page, SECOND_ANSWER);
  await firstCard(page).getByRole('button', { name: 'Wrong — mark the right span' }).click();
  // Confirming with nothing selected says what to do instead of saving a guess.
  await firstCard(page).getByRole('button', { name: 'Use the selected text' }).click();
  await expect(firstCard(page).getByTestId('flag-status')).toHaveText('Select the right answer in the document text first.');
  await selectInDocument(page, RIGHT_SPAN);
  await firstCard(page).getByRole('button', { name: 'Use the selected text' }).click();
  await expect(firstCard(page).getByTestId('flag-status')).toHaveText(`Flagged as wrong; right answer: “${RIGHT_SPAN}”.`);

  const panel = page.getByTestId('flags-panel');
  await panel.locator('summary').click();
  await expect(panel.locator('summary')).toHaveText('Flagged answers (2)');
  await expect(panel.getByTestId('flag-item')).toHaveCount(2);
  await expectNoViolations(page, 'flagged answers');

  const [download] = await Promise.all([page.waitForEvent('download'), panel.getByRole('button', { name: /^Export 2 flags/ }).click()]);
  const exported = readFileSync(await download.path(), 'utf8');
  const squad = JSON.parse(exported) as {
    version: string;
    data: { paragraphs: { context: string; qas: { question: string; answers: { text: string; answer_start: number }[] }[] }[] }[];
  };
  expect(squad.version).toBe('v2.0');
  const paragraphs = squad.data.flatMap((d) => d.paragraphs);
  expect(paragraphs.map((p) => p.context)).toEqual([ORACLE_DOC, SECOND_DOC]);
  for (const p of paragraphs)
    for (const qa of p.qas)
      for (const a of qa.answers) expect(p.context.slice(a.answer_start, a.answer_start + a.text.length)).toBe(a.text);
  expect(paragraphs[1].qas[0].answers).toEqual([{ text: RIGHT_SPAN, answer_start: SECOND_DOC.indexOf(RIGHT_SPAN) }]);

  const work = mkdtempSync(join(tmpdir(), 'flags-eval-'));
  try {
    writeFileSync(join(work, 'flags.json'), exported);
    const run = spawnSync(
      'npx',
      [
        'tsx',
        'scripts/eval/cli.ts',
        '--data',
        join(work, 'flags.json'),
        '--model',
        join(FIXTURES, 'oracle'),
        '--threads',
        '1',
        '--out',
        join(work, 'out'),
      ],
      { cwd: resolve(import.meta.dirname, '..'), encoding: 'utf8' },
    );
    expect(run.status, run.stderr).toBe(0);
    const metrics = JSON.parse(readFileSync(join(work, 'out', 'metrics.json'), 'utf8')) as { exact: number; total: number };
    expect(metrics.total).toBe(2);
    expect(metrics.exact).toBe(50);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
});
