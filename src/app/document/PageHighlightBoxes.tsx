import type { CSSProperties } from 'react';
import type { QaAnswer } from '../../shared/answers';
import type { PdfLayout } from '../../shared/documents';
import { markLabel } from '../common/answer-focus';
import type { FocusRequest } from './document-display';
import { formatPercent } from '../common/format';

/** What both page views (a PDF's pages, a recognised image) are given. */
export interface PageViewProps {
  file: Blob;
  name: string;
  /** The document's text (OCR'd pages' highlights name their characters from it). */
  text: string;
  layout: PdfLayout;
  /** Answers for this document's text (rank = index + 1); empty when there are none. */
  answers: readonly QaAnswer[];
  focusRequest: FocusRequest | null;
}

export interface HighlightBox {
  rank: number;
  /** The characters the box covers (what a test or a curious user can check). */
  text: string;
  rect: DOMRect;
  /** The box lights text read by OCR from the page image. */
  ocr?: boolean;
}

/** The answers' boxes over a drawn page (a PDF page or a recognised image), the chosen one on top. */
export function PageHighlightBoxes({
  boxes,
  answers,
  focusRank,
}: {
  boxes: HighlightBox[];
  answers: readonly QaAnswer[];
  focusRank: number;
}) {
  return boxes.map((b, i) => {
    // An answer's first box on the page is where choosing it moves focus (the others are paint only).
    const first = boxes.findIndex((o) => o.rank === b.rank) === i;
    const answer = answers[b.rank - 1];
    return (
      <span
        key={i}
        className={`page-highlight rank-${Math.min(b.rank, 5)}${b.rank === focusRank ? ' is-chosen' : ''}`}
        data-testid="page-highlight"
        data-rank={b.rank}
        data-text={b.text}
        data-ocr={b.ocr ? 'true' : undefined}
        title={`Answer ${b.rank} · ${formatPercent(answer?.score ?? 0)}${b.ocr ? ' · recognised text' : ''}`}
        {...(first && answer ? { tabIndex: -1, role: 'img', 'aria-label': markLabel(b.rank, answers.length, answer.text) } : {})}
        style={{ left: b.rect.x, top: b.rect.y, width: b.rect.width, height: b.rect.height } as CSSProperties}
      />
    );
  });
}

/** Boxes of OCR words (fractions of the page) on page `page` drawn `width` × `height` CSS pixels. */
export function ocrHighlightBoxes(
  words: readonly { page: number; start: number; end: number; box: [number, number, number, number] }[],
  text: string,
  rank: number,
  page: number,
  width: number,
  height: number,
): HighlightBox[] {
  return words
    .filter((w) => w.page === page)
    .map((w) => {
      const [x0, y0, x1, y1] = w.box;
      return {
        rank,
        text: text.slice(w.start, w.end),
        ocr: true,
        rect: new DOMRect(x0 * width, y0 * height, (x1 - x0) * width, (y1 - y0) * height),
      };
    });
}
