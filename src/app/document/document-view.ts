import type { DocumentKind } from '../../shared/documents';
import type { DocumentMode, FocusRequest } from './document-display';

/** How the document is shown: the mode, the PDF page, and the latest request to bring an answer into view. */
export interface DocumentView {
  mode: DocumentMode;
  page: number;
  focus: FocusRequest | null;
}

export type ViewAction =
  | { type: 'opened'; kind: DocumentKind }
  | { type: 'answers-arrived' }
  | { type: 'answer-chosen'; rank: number; pdf: boolean }
  | { type: 'span-shown' }
  | { type: 'cleared' }
  | { type: 'mode'; mode: DocumentMode }
  | { type: 'page'; page: number };

/** A new focus request; its seq differs from the last one's, so asking for the same answer again still works. */
export function nextFocus(prev: FocusRequest | null, request: Omit<FocusRequest, 'seq'>): FocusRequest {
  return { ...request, seq: (prev?.seq ?? 0) + 1 };
}

export function viewReducer(view: DocumentView, action: ViewAction): DocumentView {
  switch (action.type) {
    case 'opened':
      // A PDF opens on its text with the page rules (or its first page, from the page view); other files open ready to edit.
      return { ...view, page: 1, mode: action.kind !== 'pdf' ? 'edit' : view.mode === 'page' ? 'page' : 'view' };
    case 'answers-arrived':
      // The page view stays the page view (turned to the best answer's page); otherwise the marked text.
      return { ...view, mode: view.mode === 'page' ? 'page' : 'view', focus: nextFocus(view.focus, { rank: 1, reveal: false }) };
    case 'answer-chosen':
      return {
        ...view,
        mode: view.mode === 'page' && action.pdf ? 'page' : 'view',
        focus: nextFocus(view.focus, { rank: action.rank, reveal: true, focus: true }),
      };
    case 'span-shown':
      return { ...view, mode: 'view', focus: nextFocus(view.focus, { rank: 1, reveal: true }) };
    case 'cleared':
      return { ...view, mode: 'edit' };
    case 'mode':
      return { ...view, mode: action.mode };
    case 'page':
      return { ...view, page: action.page };
  }
}
