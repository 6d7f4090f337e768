import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { QaAnswer } from '../../shared/answers';
import { HighlightedDocument } from './HighlightedDocument';
import { progressText } from './OpeningStatus';

const answer = (start: number, end: number): QaAnswer => ({
  text: '',
  start,
  end,
  score: 0.9,
  share: 1,
  startLogit: 0,
  endLogit: 0,
  tokenStart: 0,
  tokenEnd: 0,
});

function render(text: string, answers: QaAnswer[], pageStarts: number[]): string {
  return renderToStaticMarkup(createElement(HighlightedDocument, { text, answers, pageStarts }));
}

/** The markup with each page rule as "|n|" and tags of marks kept, other tags dropped. */
function outline(html: string): string {
  return html
    .replace(/<span[^>]*data-page="(\d+)"[^>]*><\/span>/g, '|$1|')
    .replace(/<mark[^>]*>/g, '[')
    .replace(/<\/mark>/g, ']')
    .replace(/<[^>]+>/g, '');
}

describe('page rules in the text view', () => {
  const text = 'First page.\n\nSecond page.\n\nThird.';
  const starts = [0, 13, 27];

  it('puts one rule at each page start, outside the text', () => {
    expect(outline(render(text, [], starts))).toBe('|1|First page.\n\n|2|Second page.\n\n|3|Third.');
  });

  it('puts a rule inside an answer that crosses a page break, and before one that starts a page', () => {
    expect(outline(render(text, [answer(6, 19)], starts))).toBe('|1|First [page.\n\n|2|Second] page.\n\n|3|Third.');
    expect(outline(render(text, [answer(13, 19)], starts))).toBe('|1|First page.\n\n|2|[Second] page.\n\n|3|Third.');
  });

  it('keeps rules for pages without text, also at the end', () => {
    expect(outline(render('Only page two.', [], [0, 0, 14]))).toBe('|1||2|Only page two.|3|');
  });

  it('draws no rule without a layout', () => {
    expect(renderToStaticMarkup(createElement(HighlightedDocument, { text, answers: [] }))).not.toContain('page-break');
  });
});

describe('opening progress', () => {
  it('counts pages from one, bytes as a percentage', () => {
    expect(progressText('a.pdf', { phase: 'pages', done: 11, total: 300 })).toBe('Reading page 12 of 300…');
    expect(progressText('a.pdf', { phase: 'pages', done: 300, total: 300 })).toBe('Reading page 300 of 300…');
    expect(progressText('a.docx', { phase: 'read', loaded: 50, total: 200 })).toBe('Reading “a.docx”… 25%');
    expect(progressText('a.docx', { phase: 'convert' })).toBe('Converting “a.docx”…');
    expect(progressText('a.docx', null)).toBe('Opening “a.docx”…');
  });
});
