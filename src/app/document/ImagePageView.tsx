import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { ocrBoxesInRange } from '../../shared/documents';
import { returnFocusToAnswer } from '../common/answer-focus';
import { focusElement } from './document-display';
import { highlightSpans } from './page-highlights';
import { ocrHighlightBoxes, PageHighlightBoxes, type PageViewProps } from './PageHighlightBoxes';

/** A photo or scan opened as an image: the picture, with the answers lit on the words OCR read there. */
export function ImagePageView({ file, name, text, layout, answers, focusRequest }: PageViewProps) {
  const url = useMemo(() => URL.createObjectURL(file), [file]);
  useEffect(() => () => URL.revokeObjectURL(url), [url]);
  const image = useRef<HTMLImageElement>(null);
  const scroller = useRef<HTMLDivElement>(null);
  const [size, setSize] = useState<{ width: number; height: number } | null>(null);
  const focusRank = focusRequest?.rank ?? 1;

  useLayoutEffect(() => {
    const el = image.current;
    if (!el) return;
    const observer = new ResizeObserver(
      () => el.complete && el.naturalWidth > 0 && setSize({ width: el.clientWidth, height: el.clientHeight }),
    );
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  const boxes = useMemo(() => {
    if (!size || !layout.ocr) return [];
    const ocr = layout.ocr;
    return highlightSpans(answers, focusRank).flatMap((span) =>
      ocrHighlightBoxes(ocrBoxesInRange(ocr, span.start, span.end), text, span.rank, 1, size.width, size.height),
    );
  }, [size, layout, answers, focusRank, text]);

  useEffect(() => {
    if (!focusRequest || !scroller.current) return;
    const el = scroller.current.querySelector<HTMLElement>(`[data-testid="page-highlight"][data-rank="${focusRequest.rank}"]`);
    if (el) return focusElement(scroller.current, el, focusRequest.reveal, focusRequest.focus);
    // Boxes appear once the picture is measured; the request is tried again then.
  }, [focusRequest, boxes]);

  return (
    <div className="pdf-page-view" data-testid="page-view">
      <div className="page-nav">
        <p className="page-number" data-testid="page-number">
          Page 1 of 1 · recognised text
        </p>
      </div>
      <div
        ref={scroller}
        className="pdf-page-scroller"
        tabIndex={0}
        role="region"
        aria-label={`Image ${name}`}
        onKeyDown={returnFocusToAnswer}
      >
        <div className="pdf-page image-page" data-page={1} data-ready={size !== null}>
          <img
            ref={image}
            src={url}
            alt={`The opened image ${name}`}
            onLoad={(e) => setSize({ width: e.currentTarget.clientWidth, height: e.currentTarget.clientHeight })}
          />
          <PageHighlightBoxes boxes={boxes} answers={answers} focusRank={focusRank} />
        </div>
      </div>
    </div>
  );
}
