import { fromMarkdown } from 'mdast-util-from-markdown';

/**
 * Markdown → the text a reader sees, so answers never carry syntax (`**`, `#`, link targets).
 * CommonMark only (no GFM tables or footnotes): what mdast-util-from-markdown parses by default.
 *
 * Layout: each block (heading, paragraph, code block, block quote, list, HTML block) is separated from
 * the next by one blank line; list items sit on their own lines as "• item" or "3. item", nested
 * items indented by two spaces; code blocks are kept verbatim. A paragraph's soft line breaks become
 * spaces, as they do when Markdown is rendered, so a question's answer is not cut by the author's
 * hard wrapping; hard breaks (two trailing spaces or a backslash) stay newlines.
 */

type Root = ReturnType<typeof fromMarkdown>;
type MdNode = Root['children'][number];
type Parent = Extract<MdNode, { children: unknown[] }>;
type ListNode = Extract<MdNode, { type: 'list' }>;

const INDENT = '  ';

/**
 * micromark's parse time grows faster than the input (measured here: 400 KB → 800 KB took 4× as
 * long), so long documents are parsed in pieces of about this size, cut where no block can span.
 */
const CHUNK_CHARS = 64_000;

export function markdownToText(markdown: string, chunkChars = CHUNK_CHARS): string {
  const { chunks, definitions } = splitMarkdown(markdown, chunkChars);
  // Reference definitions apply document-wide: every piece gets them all (they add no text).
  const suffix = definitions.length ? '\n\n' + definitions.join('\n') : '';
  return chunks
    .map((chunk) => blocks(fromMarkdown(chunks.length > 1 ? chunk + suffix : chunk).children).join('\n\n'))
    .filter(Boolean)
    .join('\n\n');
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const DEFINITION = /^ {0,3}\[[^\]]+\]:/;
// A line that can only start a new block after a blank line: not indented (list continuation or
// code), not a list item (which would split a list in two), not a quote, HTML or table line.
const SAFE_START = /^(?![-+*]\s|\d{1,9}[.)](\s|$))[^\s>\-+*<`~|]/;

/**
 * Cuts Markdown into pieces that parse to the same blocks as the whole: only at a blank line,
 * outside fenced code and HTML comments, before a line that starts a block at the left margin.
 */
export function splitMarkdown(markdown: string, chunkChars: number): { chunks: string[]; definitions: string[] } {
  const lines = markdown.split('\n');
  const chunks: string[] = [];
  const definitions: string[] = [];
  let start = 0;
  let size = 0;
  let fence: string | null = null;
  let inComment = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (fence) {
      if (line.trimStart().startsWith(fence) && /^ {0,3}(`+|~+)\s*$/.test(line)) fence = null;
    } else if (inComment) {
      inComment = !line.includes('-->');
    } else {
      const open = FENCE.exec(line);
      if (open) fence = open[1];
      else if (line.lastIndexOf('<!--') > line.lastIndexOf('-->')) inComment = true;
      else if (DEFINITION.test(line)) definitions.push(line);
      else if (size >= chunkChars && i > start && lines[i - 1].trim() === '' && SAFE_START.test(line)) {
        chunks.push(lines.slice(start, i).join('\n'));
        start = i;
        size = 0;
      }
    }
    size += line.length + 1;
  }
  chunks.push(lines.slice(start).join('\n'));
  return { chunks, definitions };
}

function blocks(nodes: MdNode[]): string[] {
  const out: string[] = [];
  for (const node of nodes) {
    const text = block(node);
    if (text.trim()) out.push(text);
  }
  return out;
}

function block(node: MdNode): string {
  switch (node.type) {
    case 'heading':
    case 'paragraph':
      return inline(node.children).trim();
    case 'blockquote':
      return blocks(node.children).join('\n\n');
    case 'list':
      return list(node);
    case 'code':
      return node.value;
    case 'html':
      return stripTags(node.value);
    // Reference definitions hold nothing but targets; thematic breaks are decoration.
    case 'definition':
    case 'thematicBreak':
      return '';
    default:
      // Anything else (an extension's node): keep its text, never its syntax.
      return 'children' in node ? inline((node as Parent).children).trim() : 'value' in node ? String(node.value) : '';
  }
}

function list(node: ListNode): string {
  const start = node.start ?? 1;
  return node.children
    .map((item, i) => {
      const marker = node.ordered ? `${start + i}. ` : '• ';
      // An item's blocks go one per line, in tight and loose lists alike: a list reads as one block.
      const body = blocks(item.children).join('\n');
      return marker + body.split('\n').join('\n' + INDENT);
    })
    .join('\n');
}

function inline(nodes: MdNode[]): string {
  let out = '';
  for (const node of nodes) {
    switch (node.type) {
      case 'text':
        out += node.value.replace(/[ \t]*\n[ \t]*/g, ' ');
        break;
      case 'inlineCode':
        out += node.value;
        break;
      case 'break':
        out += '\n';
        break;
      case 'image':
      case 'imageReference':
        out += node.alt ?? '';
        break;
      case 'html':
        // Inline HTML nodes are single tags ("<b>", "</b>"); the text between them is a text node.
        if (/^<br\s*\/?>$/i.test(node.value)) out += '\n';
        break;
      default:
        // emphasis, strong, delete, link, linkReference: their text only, never the target.
        if ('children' in node) out += inline((node as Parent).children);
        else if ('value' in node) out += String(node.value);
    }
  }
  return out;
}

// Tags that start a new line when a browser renders them; any other tag is inline and must not split a word.
const BLOCK_TAG =
  /^<\/?(address|article|aside|blockquote|br|dd|details|div|dl|dt|figcaption|figure|footer|h[1-6]|header|hr|li|main|nav|ol|p|pre|section|summary|table|td|th|tr|ul)\b/i;
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** An HTML block's text, without a DOM (this runs in Node and workers): tags and comments removed, common entities decoded. */
function stripTags(html: string): string {
  return html
    .replace(/<!--[\s\S]*?(-->|$)/g, '')
    .replace(/<(script|style)\b[\s\S]*?(<\/\1\s*>|$)/gi, '')
    .replace(/<\/?[A-Za-z][^>]*>/g, (tag) => (BLOCK_TAG.test(tag) ? '\n' : ''))
    .replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (ref, name: string) => {
      if (name[0] !== '#') return ENTITIES[name.toLowerCase()] ?? ref;
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : ref;
    })
    .split('\n')
    .map((line) => line.replace(/[ \t]+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
}
