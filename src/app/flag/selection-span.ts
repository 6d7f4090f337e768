/**
 * The span the user selected in the document view, as offsets into its text, or null when the
 * selection is empty or not inside the view. Each block of the view (.document-chunk) says where it
 * starts (data-start) and holds its slice of the text as text nodes (page rules hold none), so an
 * offset is the block's start plus the length of the text before the point within it.
 */
export function selectedSpan(selection: Selection | null, text: string): { start: number; end: number } | null {
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  const start = pointOffset(range.startContainer, range.startOffset);
  const end = pointOffset(range.endContainer, range.endOffset);
  if (start === null || end === null || end <= start || end > text.length) return null;
  // Selections often take the spaces around a word with them: SQuAD answers have none.
  const raw = text.slice(start, end);
  const lead = raw.length - raw.trimStart().length;
  const trimmed = raw.trim();
  return trimmed ? { start: start + lead, end: start + lead + trimmed.length } : null;
}

function pointOffset(node: Node, offset: number): number | null {
  const element = node instanceof Element ? node : node.parentElement;
  const block = element?.closest<HTMLElement>('[data-testid="document-view"] .document-chunk[data-start]');
  if (!block) return null;
  const before = document.createRange();
  before.setStart(block, 0);
  before.setEnd(node, offset);
  return Number(block.dataset.start) + before.toString().length;
}
