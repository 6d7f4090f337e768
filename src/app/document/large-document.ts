import { normalizeNewlines } from './document-file';

/**
 * Above this size the document is shown read-only instead of in the textarea. Chromium lays out a
 * textarea's whole value on every change: measured with 5 MB, setting the value blocked the page for
 * 3–5 s and every keystroke for 0.2–0.5 s (plus React's controlled-value work on top), while the
 * block-rendered read-only view (document-chunks.ts) takes well under a second. 1 MB keeps typing
 * under ~0.1 s.
 */
export const LARGE_DOCUMENT_CHARS = 1_000_000;

export const isLargeDocument = (text: string) => text.length > LARGE_DOCUMENT_CHARS;

/**
 * The text a paste into the textarea would produce, or null when the textarea should handle the
 * paste itself (a normal size: native paste keeps undo). A paste that makes the document large is
 * applied by the app instead, so the browser never lays the whole text out in the textarea.
 */
export function largePasteResult(value: string, selectionStart: number, selectionEnd: number, pasted: string): string | null {
  const next = value.length - (selectionEnd - selectionStart) + pasted.length;
  if (next <= LARGE_DOCUMENT_CHARS) return null;
  // Textareas turn CRLF into LF on paste; do the same so answer offsets match what is shown.
  return value.slice(0, selectionStart) + normalizeNewlines(pasted) + value.slice(selectionEnd);
}
