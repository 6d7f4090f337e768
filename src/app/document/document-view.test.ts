import { describe, expect, it } from 'vitest';
import { nextFocus, viewReducer, type DocumentView } from './document-view';

const at = (mode: DocumentView['mode'], page = 3): DocumentView => ({ mode, page, focus: null });

describe('viewReducer', () => {
  it('opens a PDF on its text (or its first page from the page view), other files ready to edit, on page 1', () => {
    expect(viewReducer(at('edit'), { type: 'opened', kind: 'pdf' })).toMatchObject({ mode: 'view', page: 1 });
    expect(viewReducer(at('page'), { type: 'opened', kind: 'pdf' })).toMatchObject({ mode: 'page', page: 1 });
    expect(viewReducer(at('page'), { type: 'opened', kind: 'docx' })).toMatchObject({ mode: 'edit', page: 1 });
  });

  it('shows arriving answers, keeping the page view, and scrolls to the best without revealing', () => {
    expect(viewReducer(at('edit'), { type: 'answers-arrived' })).toMatchObject({ mode: 'view', focus: { rank: 1, seq: 1, reveal: false } });
    expect(viewReducer(at('page'), { type: 'answers-arrived' }).mode).toBe('page');
  });

  it('a chosen answer keeps the page view only for a PDF, and asks for focus', () => {
    expect(viewReducer(at('page'), { type: 'answer-chosen', rank: 2, pdf: true })).toMatchObject({
      mode: 'page',
      focus: { rank: 2, seq: 1, reveal: true, focus: true },
    });
    expect(viewReducer(at('page'), { type: 'answer-chosen', rank: 2, pdf: false }).mode).toBe('view');
  });

  it('a span from Evaluate is revealed in the text; Clear goes back to editing; mode and page are set as chosen', () => {
    expect(viewReducer(at('edit'), { type: 'span-shown' })).toMatchObject({ mode: 'view', focus: { rank: 1, reveal: true } });
    expect(viewReducer(at('view'), { type: 'cleared' })).toEqual(at('edit'));
    expect(viewReducer(at('view'), { type: 'mode', mode: 'page' }).mode).toBe('page');
    expect(viewReducer(at('view'), { type: 'page', page: 9 }).page).toBe(9);
  });
});

describe('nextFocus', () => {
  it('counts requests up, so the same answer asked again is a new request', () => {
    const first = nextFocus(null, { rank: 1, reveal: true });
    const second = nextFocus(first, { rank: 1, reveal: true });
    expect([first.seq, second.seq]).toEqual([1, 2]);
  });
});
