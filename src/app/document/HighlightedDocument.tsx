import { memo, useMemo, type CSSProperties, type ReactNode, type Ref } from 'react';
import type { QaAnswer, TokenHeatmap } from '../../shared/answers';
import { formatPercent } from '../common/format';
import { chunkSegments } from './document-chunks';
import { answerElementId, markLabel, returnFocusToAnswer } from '../common/answer-focus';
import { buildSegments, type Segment } from './highlight-segments';

interface Props {
  text: string;
  answers: readonly QaAnswer[];
  heatmap?: TokenHeatmap;
  ref?: Ref<HTMLDivElement>;
  /** Accessible name and test id: the same view also previews documents too large to edit. */
  label?: string;
  testId?: string;
  /** A PDF's page starts (text offsets): a labelled rule is drawn at each, outside the text. */
  pageStarts?: readonly number[];
}

/**
 * The document, read-only, with answers marked. Everything is rendered as React text nodes, so a
 * document containing markup is shown literally and can never inject HTML. The text is cut into
 * blocks the browser lays out only when near the screen (document-chunks.ts), so megabytes of text
 * stay responsive.
 */
export const HighlightedDocument = memo(function HighlightedDocument({ text, answers, heatmap, ref, label, testId, pageStarts }: Props) {
  // Built once per result: re-renders (progress ticks, typing the next question) reuse the tree.
  const nodes = useMemo(() => {
    const pages = new PageBreaks(pageStarts ?? []);
    const chunks = chunkSegments(buildSegments(text, answers, heatmap)).map((chunk, i) => (
      <div key={i} className="document-chunk" style={{ '--lines': chunk.lines } as CSSProperties}>
        {renderSegments(chunk.segments, answers, pages)}
      </div>
    ));
    // Pages without text at the very end start where the text ends.
    const tail = pages.due('tail');
    return tail.length > 0 ? [...chunks, <div key="tail">{tail}</div>] : chunks;
  }, [text, answers, heatmap, pageStarts]);
  return (
    <div
      ref={ref}
      className={`document-view${heatmap ? ' has-heatmap' : ''}`}
      data-testid={testId ?? 'document-view'}
      role="region"
      aria-label={label ?? 'Highlighted text'}
      tabIndex={0}
      onKeyDown={returnFocusToAnswer}
    >
      {nodes}
    </div>
  );
});

/**
 * Walks the text in order, handing out the page rules due at each offset. The rules are elements
 * with their label in CSS (::before), so they add nothing to the text: a mark's text, a copy and
 * the answer offsets stay those of the document.
 */
class PageBreaks {
  private next = 0;
  private offset = 0;
  constructor(private readonly starts: readonly number[]) {}

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
  segments: Segment[],
  answers: readonly QaAnswer[],
  pages: PageBreaks,
  parentRank = Infinity,
  key = '',
): ReactNode[] {
  return segments.flatMap((seg, i) => {
    const k = `${key}${i}`;
    if (seg.kind === 'text') {
      const parts = pages.split(seg.text, k);
      if (seg.heat === undefined) return parts;
      return [
        <span
          key={k}
          className="heat"
          style={{ '--heat': seg.heat.toFixed(3) } as CSSProperties}
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
        title={answer ? `Answer ${seg.rank} · ${formatPercent(answer.score)}` : undefined}
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
