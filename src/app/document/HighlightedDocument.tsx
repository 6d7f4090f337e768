import { memo, useMemo, type CSSProperties, type ReactNode, type Ref } from 'react';
import type { QaAnswer, TokenHeatmap } from '../../shared/answers';
import { formatPercent } from '../common/format';
import { chunkSegments } from './document-chunks';
import { answerElementId, buildSegments, type Segment } from './highlight-segments';

interface Props {
  text: string;
  answers: readonly QaAnswer[];
  heatmap?: TokenHeatmap;
  ref?: Ref<HTMLDivElement>;
  /** Accessible name and test id: the same view also previews documents too large to edit. */
  label?: string;
  testId?: string;
}

/**
 * The document, read-only, with answers marked. Everything is rendered as React text nodes, so a
 * document containing markup is shown literally and can never inject HTML. The text is cut into
 * blocks the browser lays out only when near the screen (document-chunks.ts), so megabytes of text
 * stay responsive.
 */
export const HighlightedDocument = memo(function HighlightedDocument({ text, answers, heatmap, ref, label, testId }: Props) {
  // Built once per result: re-renders (progress ticks, typing the next question) reuse the tree.
  const nodes = useMemo(
    () =>
      chunkSegments(buildSegments(text, answers, heatmap)).map((chunk, i) => (
        <div key={i} className="document-chunk" style={{ '--lines': chunk.lines } as CSSProperties}>
          {renderSegments(chunk.segments, answers)}
        </div>
      )),
    [text, answers, heatmap],
  );
  return (
    <div
      ref={ref}
      className={`document-view${heatmap ? ' has-heatmap' : ''}`}
      data-testid={testId ?? 'document-view'}
      role="region"
      aria-label={label ?? 'Highlighted text'}
      tabIndex={0}
    >
      {nodes}
    </div>
  );
});

/** `parentRank` is the rank of the enclosing mark (Infinity at the top level). */
function renderSegments(segments: Segment[], answers: readonly QaAnswer[], parentRank = Infinity): ReactNode[] {
  return segments.map((seg, i) => {
    if (seg.kind === 'text') {
      if (seg.heat === undefined) return seg.text;
      return (
        <span
          key={i}
          className="heat"
          style={{ '--heat': seg.heat.toFixed(3) } as CSSProperties}
          title={`Answer boundary ${formatPercent(seg.heat)}`}
        >
          {seg.text}
        </span>
      );
    }
    const answer = answers[seg.rank - 1];
    return (
      <mark
        key={i}
        id={answerElementId(seg.rank)}
        className={`answer-mark rank-${Math.min(seg.rank, 5)}${seg.rank > parentRank ? ' inside-better' : ''}`}
        data-testid="answer-highlight"
        data-rank={seg.rank}
        title={answer ? `Answer ${seg.rank} · ${formatPercent(answer.score)}` : undefined}
      >
        {renderSegments(seg.children, answers, Math.min(seg.rank, parentRank))}
      </mark>
    );
  });
}
