import { useReducer } from 'react';
import { readPersisted, usePersistValue } from '../common/use-persisted-state';
import type { DocumentMode } from './document-display';
import { viewReducer, type DocumentView } from './document-view';

const isMode = (v: unknown): v is DocumentMode => v === 'edit' || v === 'view' || v === 'page';
const isPage = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 1;

const restore = (): DocumentView => ({
  mode: readPersisted<DocumentMode>('document-mode', 'edit', isMode),
  page: readPersisted('pdf-page', 1, isPage),
  focus: null,
});

/** The document view's state; mode and page survive a reload with the document, so a PDF comes back on the page it was on. */
export function useDocumentView() {
  const [view, apply] = useReducer(viewReducer, undefined, restore);
  usePersistValue('document-mode', view.mode, isMode);
  usePersistValue('pdf-page', view.page, isPage);
  return { view, apply };
}
