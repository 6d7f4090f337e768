import type { Page } from '@playwright/test';
import { expect, test } from './csp';
import { expectNoViolations } from './axe';
import { expectTopAnswer, screenshot } from './helpers';
import { ORACLE_EXAMPLE } from '../scripts/fixtures/oracle-example';
import { ORACLE } from './reliability-helpers';

/**
 * The way to a first answer (issue 21, items 3 and 5): the model one click from loading at the top,
 * "Try an example" in the first screen on desktop and phone, a load error under the button that
 * caused it and in focus, and a first answer by keyboard alone in a handful of keystrokes.
 */

const HUB = 'https://huggingface.co/**';

/** Presses keys one at a time, counting them, so the test states how many a person needs. */
function keyboard(page: Page) {
  let count = 0;
  return {
    press: async (key: string) => {
      count++;
      await page.keyboard.press(key);
    },
    count: () => count,
  };
}

for (const size of [
  { name: 'desktop', width: 1280, height: 800 },
  { name: 'phone', width: 390, height: 844 },
]) {
  test(`first screen (${size.name}): the model to load and "Try an example" are in view; a failed load says so where the button is`, async ({
    page,
  }) => {
    await page.setViewportSize(size);
    await page.goto('./?backend=wasm&threads=1');
    const load = page.getByRole('button', { name: 'Load model' });
    await expect(page.getByTestId('model-start')).toContainText('DistilBERT base cased');
    await expect(load).toBeInViewport();
    await expect(page.getByRole('button', { name: 'Try an example' })).toBeInViewport();
    await expect(page.getByRole('button', { name: 'Choose another model' })).toBeInViewport();

    // The hub cannot be reached: the error appears right under "Load model", in view and in focus.
    await page.route(HUB, (route) => route.abort('internetdisconnected'));
    await load.click();
    const error = page.locator('.model-panel').getByTestId('error');
    await expect(error).toBeFocused();
    await expect(error).toBeInViewport();
    const [button, banner] = [await load.boundingBox(), await error.boundingBox()];
    expect(banner!.y - (button!.y + button!.height), 'gap between the button and its error (px)').toBeLessThan(80);
    // Said once: the focused banner is not also an alert, and the header's live region stays quiet.
    await expect(error).not.toHaveAttribute('role', 'alert');
    await expect(page.getByTestId('announcer')).toHaveText('');
    await expect(page.getByTestId('offline-help')).toBeVisible();
    await screenshot(page, `first-screen-error-${size.name}`);
    await expectNoViolations(page, `load error (${size.name})`);
  });
}

test("a first answer by keyboard alone, from page load, in at most 8 keystrokes, on a demo link's own example", async ({ page }) => {
  // A practitioner's link: their model, and an example whose questions it answers (the oracle's
  // example marks the span it finds; the bundled SQuAD example is for real SQuAD models).
  await page.goto(`./?url=${ORACLE}&example=${ORACLE}example.json&backend=wasm&threads=1`);
  await expect(page.getByTestId('model-start')).toContainText('oracle');
  await expect(page.getByTestId('sample-offer')).toContainText('the example this page’s link brings');
  const keys = keyboard(page);
  await keys.press('Tab'); // The skip link.
  await keys.press('Tab');
  await expect(page.getByRole('button', { name: 'Load model' })).toBeFocused();
  await keys.press('Enter');
  await expect(page.getByTestId('backend-badge')).toBeVisible({ timeout: 90_000 });
  await expect(page.getByRole('button', { name: /^Change model/ })).toBeFocused();
  await keys.press('Tab');
  await expect(page.getByRole('button', { name: 'Try an example' })).toBeFocused();
  await keys.press('Enter');
  // The example is the document, its first question is in the box, and the box has focus.
  const question = page.getByLabel('Question', { exact: true });
  await expect(question).toBeFocused();
  await expect(question).toHaveValue(ORACLE_EXAMPLE.questions[0].question);
  await expect(page.getByTestId('sample-attribution')).toContainText('“The river crossing”, Written for the test models, CC0');
  await keys.press('Enter');
  await expectTopAnswer(page, ORACLE_EXAMPLE.questions[0].answer);
  expect(keys.count()).toBeLessThanOrEqual(8);
  await expectNoViolations(page, 'first answer by keyboard');

  // The example's other question is a chip; after a reload the example and its questions come back.
  await page.reload();
  await expect(page.getByTestId('sample-questions').getByRole('button', { name: ORACLE_EXAMPLE.questions[1].question })).toBeVisible();
});
