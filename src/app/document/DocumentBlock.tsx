import { memo, type CSSProperties, type ReactNode } from 'react';
import type { QaAnswer } from '../../shared/answers';
import { hasRightToLeft } from '../../shared/text-direction';
import { formatPercent } from '../common/format';
import { answerElementId, markLabel } from '../common/answer-focus';
import type { Block, TextBlock } from './document-blocks';
import type { Segment } from './highlight-segments';

interface Props {
  block: Block;
  /** The text's blocks (textBlocks): a new array for each new text, so a block of the old text never stays. */
  layout: readonly TextBlock[];
  answers: readonly QaAnswer[];
  /** A PDF's page starts (all of them: the block draws those inside it). */
  pageStarts: readonly number[];
  /** What the block shows, as a string (blockSignature): equal signatures render the same. */
  signature: string;
}

/**
 * One block of the document view (document-blocks.ts). It renders again only when its own marks or
 * shading change: while a 5 MB document is read, each progress event moves a few marks, and the
 * other few hundred blocks are skipped without even building their elements.
 */
export const DocumentBlock = memo(
  function DocumentBlock({ block, answers, pageStarts }: Props) {
    const pages = new PageBreaks(pageStarts, block.start);
    // Right-to-left text: each paragraph of the block takes the direction of its first letter
    // (dir="auto" with unicode-bidi: plaintext in document.css), so Arabic reads right to left.
    const dir = hasRtlText(block.segments) ? 'auto' : undefined;
    return (
      <div className="document-chunk" data-start={block.start} dir={dir} style={{ '--lines': block.lines } as CSSProperties}>
        {renderSegments(block.segments, answers, pages)}
      </div>
    );
  },
  (a, b) => a.signature === b.signature && a.layout === b.layout && a.pageStarts === b.pageStarts,
);

/** Everything a block's rendering depends on besides the document's text and pages. */
export function blockSignature(block: Block, answers: readonly QaAnswer[]): string {
  const describe = (segments: readonly Segment[]): string =>
    segments
      .map((s) => {
        if (s.kind === 'text')
          return s.unsure ? `u${s.text.length}` : s.heat === undefined ? `t${s.text.length}` : `h${s.text.length}:${heatValue(s.heat)}`;
        const answer = answers[s.rank - 1];
        const names = answer ? `${markTitle(s.rank, answer)}|${markLabel(s.rank, answers.length, answer.text)}` : '';
        return `m${s.rank}:${s.start}-${s.end}:${names}[${describe(s.children)}]`;
      })
      .join(',');
  return `${block.start}-${block.end}:${describe(block.segments)}`;
}

function hasRtlText(segments: readonly Segment[]): boolean {
  return segments.some((s) => (s.kind === 'text' ? hasRightToLeft(s.text) : hasRtlText(s.children)));
}

const heatValue = (heat: number) => heat.toFixed(3);
const markTitle = (rank: number, answer: QaAnswer) => `Answer ${rank} · ${formatPercent(answer.score)}`;

/**
 * Walks the text in order from `offset`, handing out the page rules due at each offset. The rules
 * are elements with their label in CSS (::before), so they add nothing to the text: a mark's text,
 * a copy and the answer offsets stay those of the document.
 */
export class PageBreaks {
  private next: number;
  constructor(
    private readonly starts: readonly number[],
    private offset = 0,
  ) {
    let next = 0;
    while (next < starts.length && starts[next] < offset) next++;
    this.next = next;
  }

  /** `text` (which starts at the current offset) with the rules that fall inside it; advances past it. */
  split(text: string, key: string): ReactNode[] {
    const out: ReactNode[] = [];
    let at = 0;
    while (this.next < this.starts.length && this.starts[this.next] < this.offset + text.length) {
      const cut = Math.max(0, this.starts[this.next] - this.offset);
      if (cut > at) out.push(text.slice(at, cut));
      at = Math.max(at, cut);
      out.push(this.rule(`${key}p${this.next}`));
    }
    if (text.length > at) out.push(text.slice(at));
    this.offset += text.length;
    return out;
  }

  /** Rules due exactly here (before a mark that starts a page). */
  due(key: string): ReactNode[] {
    const out: ReactNode[] = [];
    while (this.next < this.starts.length && this.starts[this.next] <= this.offset) out.push(this.rule(`${key}p${this.next}`));
    return out;
  }

  private rule(key: string): ReactNode {
    const page = ++this.next;
    return <span key={key} className="page-break" role="separator" aria-label={`Page ${page}`} data-page={page} data-testid="page-break" />;
  }
}

/** `parentRank` is the rank of the enclosing mark (Infinity at the top level). */
function renderSegments(
  segments: readonly Segment[],
  answers: readonly QaAnswer[],
  pages: PageBreaks,
  parentRank = Infinity,
  key = '',
): ReactNode[] {
  return segments.flatMap((seg, i) => {
    const k = `${key}${i}`;
    if (seg.kind === 'text') {
      const parts = pages.split(seg.text, k);
      if (seg.unsure)
        return [
          <span
            key={k}
            className="ocr-unsure"
            data-testid="ocr-unsure"
            title="Text recognition was unsure of this word: check it on the page"
          >
            {parts}
          </span>,
        ];
      if (seg.heat === undefined) return parts;
      return [
        <span
          key={k}
          className="heat"
          style={{ '--heat': heatValue(seg.heat) } as CSSProperties}
          title={`Answer boundary ${formatPercent(seg.heat)}`}
        >
          {parts}
        </span>,
      ];
    }
    const answer = answers[seg.rank - 1];
    return [
      ...pages.due(k),
      <mark
        key={k}
        id={answerElementId(seg.rank)}
        className={`answer-mark rank-${Math.min(seg.rank, 5)}${seg.rank > parentRank ? ' inside-better' : ''}`}
        data-testid="answer-highlight"
        data-rank={seg.rank}
        title={answer ? markTitle(seg.rank, answer) : undefined}
        // Focusable from the answer list (not a tab stop); a named group, as a mark may not carry a name.
        tabIndex={-1}
        role="group"
        aria-label={answer ? markLabel(seg.rank, answers.length, answer.text) : undefined}
      >
        {renderSegments(seg.children, answers, pages, Math.min(seg.rank, parentRank), `${k}.`)}
      </mark>,
    ];
  });
}
