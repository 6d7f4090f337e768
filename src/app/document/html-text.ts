/**
 * HTML → the text a reader sees, for .html files, rich paste and Word files (mammoth's HTML). The HTML
 * is parsed only to read its text: nothing is rendered, run or fetched (DOMParser documents are inert).
 *
 * Layout, chosen to read well in the text view and to keep answers inside one block:
 * - paragraphs, headings, block quotes, <pre>, lists and tables are separated by one blank line;
 *   generic containers (div, section, li, tr, …) start a new line but add no blank line;
 * - list items sit on their own lines as "• item" or "1. item" (honouring <ol start> and <li value>),
 *   nested lists indented by two spaces;
 * - a table row is one line, its cells joined by TABLE_CELL_SEPARATOR; empty cells are left out, and a
 *   cell's own paragraphs are joined by spaces so a row never breaks;
 * - <br> is a newline; whitespace collapses as a browser collapses it, except inside <pre>;
 * - inline elements (b, strong, em, span, a, …) add nothing, so "ze<b>br</b>a" stays one word;
 * - scripts, styles, hidden elements, images and form controls give no text;
 * - a block declared right to left (dir="rtl") that starts with a Latin word gets an RLM in front,
 *   so the text view still shows it right to left (html-direction.ts).
 */

import { declaredDirection, directionMark, firstStrong, type Direction } from './html-direction';

/** Between the cells of a table row: a tab, as the PDF text (src/engine/documents/pdf-text.ts) separates cells. */
export const TABLE_CELL_SEPARATOR = '\t';

const SKIP = tags(
  'SCRIPT STYLE X-INERT-STYLE NOSCRIPT TEMPLATE IFRAME OBJECT EMBED SVG CANVAS VIDEO AUDIO IMG SELECT TEXTAREA INPUT HEAD TITLE META LINK',
);
// Separated from their neighbours by a blank line.
const PARAGRAPHS = tags('P H1 H2 H3 H4 H5 H6 BLOCKQUOTE PRE DL FIGURE HR ADDRESS DETAILS FIELDSET');
// Start a new line only.
const LINES = tags(
  'DIV SECTION ARTICLE MAIN HEADER FOOTER NAV ASIDE LI DT DD FIGCAPTION SUMMARY CAPTION LEGEND CENTER FORM TR TD TH THEAD TBODY TFOOT BODY HTML',
);
const VERBATIM = tags('PRE LISTING PLAINTEXT XMP');
const INDENT = '  ';

function tags(names: string): Set<string> {
  return new Set(names.split(' '));
}

export function htmlToText(html: string): string {
  const doc = new DOMParser().parseFromString(withoutInlineStyles(html), 'text/html');
  return doc.body ? render(doc.body, false) : '';
}

/**
 * Chromium checks even an inert DOMParser document against the page's CSP, so every <style> and
 * style="" in pasted Word or web HTML would report a style-src violation (blocked, but noise that
 * hides real ones). Renamed inside tags before parsing: <style> becomes an element that is skipped,
 * style="" an attribute only read for display:none.
 */
function withoutInlineStyles(html: string): string {
  return html.replace(/<\/?[a-zA-Z][^>]*>/g, (tag) =>
    tag.replace(/^(<\/?)style\b/i, `$1${STYLE_ELEMENT}`).replace(/(\s)style(\s*=)/gi, `$1${STYLE_ATTRIBUTE}$2`),
  );
}
const STYLE_ELEMENT = 'x-inert-style';
const STYLE_ATTRIBUTE = 'data-inert-style';

/** Collects text and line breaks; consecutive breaks merge into the strongest one. */
class TextBuilder {
  private parts: string[] = [];
  private pending: 0 | 1 | 2 = 0;
  private atLineStart = true;
  /** The block being written was declared in this direction; `at`: the part its text starts at. */
  private declared: { dir: Direction; at: number } | null = null;

  text(s: string, verbatim: boolean): void {
    if (!verbatim) {
      s = s.replace(/\s+/g, ' ');
      if (this.atLineStart || this.pending) s = s.replace(/^ /, '');
      else if (s.startsWith(' ') && this.parts[this.parts.length - 1].endsWith(' ')) s = s.slice(1);
    }
    if (!s) return;
    this.flush();
    const d = this.declared;
    if (d && firstStrong(s)) {
      const mark = directionMark(d.dir, s);
      if (mark) this.parts.splice(d.at < 0 ? this.parts.length : d.at, 0, mark);
      this.declared = null;
    } else if (d && d.at < 0) d.at = this.parts.length;
    this.parts.push(s);
    this.atLineStart = s.endsWith('\n');
  }

  /** A break before whatever text comes next: 1 = new line, 2 = blank line. Nothing at the very start. */
  break(level: 1 | 2): void {
    if (this.parts.length && level > this.pending) this.pending = level;
  }

  /** A block declared in `dir` starts: its first letter decides whether it needs a direction mark. */
  direction(dir: Direction | null): void {
    this.declared = dir && { dir, at: -1 };
  }

  /** <br>: always a newline of its own, so two in a row leave a blank line. */
  newline(): void {
    this.flush();
    this.trimLineEnd();
    this.parts.push('\n');
    this.atLineStart = true;
  }

  toString(): string {
    this.trimLineEnd();
    return this.parts.join('').replace(/^\n+/, '').trimEnd();
  }

  private flush(): void {
    if (!this.pending) return;
    this.trimLineEnd();
    // Verbatim text (a <pre>) may already end in newlines; they count towards the break.
    const have = /\n*$/.exec(this.parts[this.parts.length - 1])![0].length;
    this.parts.push('\n'.repeat(Math.max(0, this.pending - have)));
    this.pending = 0;
    this.atLineStart = true;
  }

  private trimLineEnd(): void {
    const last = this.parts.length - 1;
    if (last >= 0) this.parts[last] = this.parts[last].replace(/[ \t]+$/, '');
  }
}

function render(node: Node, verbatim: boolean): string {
  const out = new TextBuilder();
  walkChildren(node, out, verbatim);
  return out.toString();
}

function walkChildren(node: Node, out: TextBuilder, verbatim: boolean): void {
  for (let child = node.firstChild; child; child = child.nextSibling) walk(child, out, verbatim);
}

function walk(node: Node, out: TextBuilder, verbatim: boolean): void {
  if (node.nodeType === Node.TEXT_NODE || node.nodeType === Node.CDATA_SECTION_NODE) {
    out.text(node.nodeValue ?? '', verbatim);
    return;
  }
  if (node.nodeType !== Node.ELEMENT_NODE) return; // comments, processing instructions
  const el = node as Element;
  const tag = el.tagName.toUpperCase();
  if (SKIP.has(tag) || el.hasAttribute('hidden') || /display\s*:\s*none/i.test(el.getAttribute(STYLE_ATTRIBUTE) ?? '')) return;
  if (tag === 'BR') return out.newline();
  if (tag === 'UL' || tag === 'OL' || tag === 'MENU') return block(out, 2, list(el, verbatim));
  if (tag === 'TABLE') return block(out, 2, table(el));
  const level = PARAGRAPHS.has(tag) ? 2 : LINES.has(tag) ? 1 : 0;
  if (level) out.break(level);
  if (level) out.direction(declaredDirection(el));
  walkChildren(el, out, verbatim || VERBATIM.has(tag));
  if (level) out.break(level);
  if (level) out.direction(null);
}

/** Text already laid out (a list, a table) goes in as one block, its own newlines kept. */
function block(out: TextBuilder, level: 1 | 2, text: string): void {
  if (!text) return;
  out.break(level);
  out.text(text, true);
  out.break(level);
}

function list(el: Element, verbatim: boolean): string {
  const ordered = el.tagName.toUpperCase() === 'OL';
  let n = Number.parseInt(el.getAttribute('start') ?? '1', 10);
  if (!Number.isFinite(n)) n = 1;
  const lines: string[] = [];
  for (const item of Array.from(el.children)) {
    const isItem = item.tagName.toUpperCase() === 'LI';
    const value = isItem ? Number.parseInt(item.getAttribute('value') ?? '', 10) : NaN;
    if (Number.isFinite(value)) n = value;
    // An item's paragraphs and nested lists go one per line: the list reads as one block.
    const body = render(item, verbatim).replace(/\n{2,}/g, '\n');
    if (!isItem) {
      if (body) lines.push(body);
      continue;
    }
    const marker = ordered ? `${n}. ` : '• ';
    n += 1;
    if (body) lines.push(directionMark(declaredDirection(item), body) + marker + body.split('\n').join('\n' + INDENT));
  }
  return lines.join('\n');
}

function table(el: Element): string {
  const lines: string[] = [];
  const caption = Array.from(el.children).find((c) => c.tagName.toUpperCase() === 'CAPTION');
  if (caption) lines.push(oneLine(render(caption, false)));
  // Rows of this table only: a nested table is read inside its cell.
  for (const row of Array.from(el.querySelectorAll('tr')).filter((tr) => tr.closest('table') === el)) {
    const cells = Array.from(row.children)
      .filter((c) => c.tagName.toUpperCase() === 'TD' || c.tagName.toUpperCase() === 'TH')
      .map((c) => oneLine(render(c, false)))
      .filter(Boolean);
    const line = cells.join(TABLE_CELL_SEPARATOR);
    if (line) lines.push(directionMark(declaredDirection(row), line) + line);
  }
  return lines.filter(Boolean).join('\n');
}

const oneLine = (text: string) => text.replace(/\s*\n\s*/g, ' ').trim();
