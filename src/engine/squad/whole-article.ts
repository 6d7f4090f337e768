import type { SquadDataset } from './dataset';

/** Between paragraphs of an article joined into one document, as a reader would see them. */
export const PARAGRAPH_BREAK = '\n\n';

/**
 * Every article as one long document: its paragraphs joined by a blank line, each question asked
 * over the whole article, gold answer offsets shifted to match. This is what a user of the app does
 * with a long document; SQuAD's own setting hands the model the right paragraph.
 */
export function wholeArticles(dataset: SquadDataset): SquadDataset {
  const articles = new Map<number, { text: string; offsets: Map<string, number> }>();
  for (const item of dataset.items) {
    let article = articles.get(item.article);
    if (!article) articles.set(item.article, (article = { text: '', offsets: new Map() }));
    if (!article.offsets.has(item.context)) {
      if (article.text) article.text += PARAGRAPH_BREAK;
      article.offsets.set(item.context, article.text.length);
      article.text += item.context;
    }
  }
  return {
    version: dataset.version,
    items: dataset.items.map((item) => {
      const article = articles.get(item.article)!;
      const shift = article.offsets.get(item.context)!;
      return { ...item, context: article.text, answerStarts: item.answerStarts.map((s) => (s < 0 ? s : s + shift)) };
    }),
  };
}
