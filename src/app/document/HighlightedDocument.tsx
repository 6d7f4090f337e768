import { memo, useMemo, type Ref } from 'react';
import type { QaAnswer, TokenHeatmap } from '../../shared/answers';
import { returnFocusToAnswer } from '../common/answer-focus';
import { fillBlocks, textBlocks } from './document-blocks';
import { blockSignature, DocumentBlock, PageBreaks } from './DocumentBlock';
import { buildSegments } from './highlight-segments';

const NO_PAGES: readonly number[] = [];

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
  /** Words read by OCR with low confidence (text offsets), underlined with dots. */
  unsure?: readonly { start: number; end: number }[];
}

/**
 * The document, read-only, with answers marked. Everything is rendered as React text nodes, so a
 * document containing markup is shown literally and can never inject HTML. The text is cut into
 * blocks the browser lays out only when near the screen (document-chunks.ts), once per text
 * (document-blocks.ts), so megabytes of text stay responsive while answers come and go.
 */
export const HighlightedDocument = memo(function HighlightedDocument({
  text,
  answers,
  heatmap,
  ref,
  label,
  testId,
  pageStarts,
  unsure,
}: Props) {
  const layout = useMemo(() => textBlocks(text), [text]);
  const starts = pageStarts ?? NO_PAGES;
  // Per result, only the cheap part: segments for the few marks, dropped into the text's blocks; each
  // block then renders again only if its signature changed (DocumentBlock).
  const blocks = useMemo(
    () =>
      fillBlocks(layout, buildSegments(text, answers, heatmap, unsure)).map((block) => (
        <DocumentBlock
          key={block.start}
          block={block}
          layout={layout}
          answers={answers}
          pageStarts={starts}
          signature={blockSignature(block, answers)}
        />
      )),
    [layout, text, answers, heatmap, starts, unsure],
  );
  // Pages without text at the very end start where the text ends.
  const tail = useMemo(() => new PageBreaks(starts, text.length).due('tail'), [starts, text.length]);
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
      {blocks}
      {tail.length > 0 && <div>{tail}</div>}
    </div>
  );
});
