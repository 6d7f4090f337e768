import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { QaAnswer } from '../../shared/answers';
import { qaAnswer } from '../../../test/helpers/qa-result';
import { hasRightToLeft } from '../../shared/text-direction';
import { HighlightedDocument } from './HighlightedDocument';

const blocks = (text: string, answers: QaAnswer[] = []) =>
  [...renderToStaticMarkup(createElement(HighlightedDocument, { text, answers })).matchAll(/<div class="document-chunk"([^>]*)>/g)].map(
    (m) => m[1],
  );

describe('text direction in the text view', () => {
  it('tells right-to-left letters (Arabic, its presentation forms, Hebrew, Persian, RLM) from the rest', () => {
    for (const s of ['ذهب', '\ufeb3', 'שלום', 'کتاب', 'a\u200fb']) expect(hasRightToLeft(s)).toBe(true);
    for (const s of ['zebra', 'Ελλάδα', 'Москва', '東京', '123 ٫ ٣ ،', '\u05b8', '']) expect(hasRightToLeft(s)).toBe(false);
  });

  it('shows a block holding right-to-left text with dir="auto", other blocks with no dir', () => {
    expect(blocks('The zebra crossed.')).toEqual([' data-start="0" style="--lines:1"']);
    const [arabic] = blocks('Before.\n\nذهب الطالب إلى المدرسة.\n\nAfter.');
    expect(arabic).toContain('dir="auto"');
  });

  it('finds right-to-left text inside an answer mark too', () => {
    const text = 'Intro ذهب الطالب end';
    expect(blocks(text, [qaAnswer(text.slice(6, 16), 6, 0.9)])[0]).toContain('dir="auto"');
  });
});
