import { QaError } from '../../shared/errors';

/** Opening .txt/.md/.html files as plain text. HTML is parsed only to extract its text, never shown as HTML. */

export const DOCUMENT_ACCEPT = '.txt,.text,.md,.markdown,.html,.htm,text/plain,text/markdown,text/html';
const MAX_BYTES = 20_000_000;
const TEXT_NAME = /\.(txt|text|md|markdown)$/i;
const HTML_NAME = /\.html?$/i;

const BLOCKS =
  'address,article,aside,blockquote,dd,details,div,dl,dt,figcaption,figure,footer,form,h1,h2,h3,h4,h5,h6,header,hr,li,main,nav,ol,p,pre,section,summary,table,tr,ul';

export async function readDocumentFile(file: File): Promise<string> {
  const isHtml = HTML_NAME.test(file.name) || file.type === 'text/html';
  const isText = TEXT_NAME.test(file.name) || file.type.startsWith('text/');
  if (!isHtml && !isText) {
    throw new QaError('DOCUMENT_UNSUPPORTED', `"${file.name}" is not a text file.`, { name: file.name, type: file.type });
  }
  if (file.size > MAX_BYTES) {
    throw new QaError(
      'DOCUMENT_UNSUPPORTED',
      `"${file.name}" is ${Math.round(file.size / 1e6)} MB; documents up to ${MAX_BYTES / 1e6} MB can be opened.`,
      {
        name: file.name,
        size: file.size,
      },
    );
  }
  let raw: string;
  try {
    raw = await file.text();
  } catch (e) {
    // The file vanished or became unreadable between picking and reading (a removed drive, a revoked permission).
    throw new QaError('DOCUMENT_UNSUPPORTED', `"${file.name}" could not be read: ${(e as Error).message}`, { name: file.name });
  }
  const text = normalizeNewlines(isHtml ? htmlToText(raw) : raw);
  if (!text.trim()) throw new QaError('EMPTY_CONTEXT', `"${file.name}" contains no readable text.`);
  return text;
}

/**
 * Textareas report CRLF as LF, so answer offsets would drift on Windows files unless the text is
 * normalised once, before anyone counts characters.
 */
export function normalizeNewlines(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

/** The visible text of an HTML document, with paragraphs on their own lines. */
export function htmlToText(html: string): string {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  doc.querySelectorAll('script,style,noscript,template,iframe,object,svg,head').forEach((el) => el.remove());
  const body = doc.body;
  if (!body) return '';
  // Collapse source whitespace as a browser would, except inside <pre>.
  const walker = doc.createTreeWalker(body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!node.parentElement?.closest('pre')) node.nodeValue = (node.nodeValue ?? '').replace(/\s+/g, ' ');
  }
  body.querySelectorAll('br').forEach((br) => br.replaceWith('\n'));
  body.querySelectorAll('td,th').forEach((cell) => cell.after('\t'));
  body.querySelectorAll(BLOCKS).forEach((el) => {
    el.before('\n');
    el.after('\n');
  });
  return (body.textContent ?? '')
    .split('\n')
    .map((line) => line.replace(/[ \t]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
