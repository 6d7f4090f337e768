import { expect, test } from './csp';
import { ask, expectTopAnswer, openWithModel } from './helpers';

/**
 * The non-WordPiece families in the browser, through the worker: a RoBERTa-layout (byte-level BPE,
 * `<s> q </s></s> c </s>`, no token_type_ids) and an XLM-R-layout (SentencePiece Unigram with the
 * Precompiled normalizer) oracle model, whose answer runs from the word "alpha" to the word
 * "omega" (scripts/fixtures/families.ts), on a German and a Chinese document.
 */
const GERMAN = 'Die Fähre über die Isar fährt stündlich. Danach kam alpha über die Straße nach München, zum Fußgänger omega; später mehr.';
const CHINESE = '北京是中华人民共和国的首都。据记载， alpha 长城建于两千多年前 omega 。其他内容在这里。';
const answerOf = (doc: string) => doc.slice(doc.indexOf('alpha'), doc.indexOf('omega') + 'omega'.length);

for (const family of ['roberta', 'xlm-roberta']) {
  test(`${family} oracle answers a German and a Chinese document with the exact span`, async ({ page }) => {
    await openWithModel(page, { url: `/fixtures/models/${family}-oracle/`, backend: 'wasm' });
    await expect(page.getByTestId('backend-badge')).toBeVisible();
    await ask(page, 'Wohin kam es?', GERMAN);
    await expectTopAnswer(page, answerOf(GERMAN));
    // Answers are shown over the text; back to editing for the next document.
    await page.getByRole('button', { name: 'Edit', exact: true }).click();
    await ask(page, '长城是什么时候建的？', CHINESE);
    await expectTopAnswer(page, answerOf(CHINESE));
  });
}
