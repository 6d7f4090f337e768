import { normalizeNewlines } from './document-file';
import { htmlToText } from './html-text';

/**
 * The document text a paste should give. Rich content (the clipboard's text/html, as copied from a
 * web page, Word or Google Docs) goes through the same extraction as an .html file, so lists, tables
 * and paragraphs keep their lines; null means "use the plain text" (the textarea's own paste), which
 * is what happens when there is no HTML, or HTML without text (a copied image).
 */
export function pastedDocumentText(data: DataTransfer): string | null {
  if (!Array.from(data.types).includes('text/html')) return null;
  const text = normalizeNewlines(htmlToText(data.getData('text/html')));
  return text.trim() ? text : null;
}
