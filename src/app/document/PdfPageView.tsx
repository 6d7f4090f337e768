import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { PDFDocumentProxy } from 'pdfjs-dist';
import { ocrBoxesInRange, pageAt, runItemEnd, runsInRange } from '../../shared/documents';
import { isQaError } from '../../shared/errors';
import { returnFocusToAnswer } from '../common/answer-focus';
import { ErrorBanner } from '../common/ErrorBanner';
import { focusElement } from './document-display';
import { charBoxes, openPdfForView, renderPage, type RenderedPage } from './pdf-page-render';
import { PasswordForm } from './PasswordForm';
import { highlightSpans } from './page-highlights';
import { ocrHighlightBoxes, PageHighlightBoxes, type HighlightBox, type PageViewProps } from './PageHighlightBoxes';

interface Props extends PageViewProps {
  page: number;
  onPageChange: (page: number) => void;
  /** The password the file was opened with (memory only), and a way to remember a newly typed one. */
  password?: string;
  onPassword: (password: string) => void;
}

type Opened =
  | { status: 'loading' }
  | { status: 'ready'; doc: PDFDocumentProxy }
  | { status: 'password'; failures: number; busy: boolean }
  | { status: 'error'; error: unknown };

/**
 * The answer on the PDF page: the page drawn by pdf.js (canvas + text layer) and the answers' spans
 * highlighted where their characters are, found through the layout's runs (character → text item).
 */
export function PdfPageView({ file, name, text: docText, layout, answers, focusRequest, page, onPageChange, password, onPassword }: Props) {
  const [opened, setOpened] = useState<Opened>({ status: 'loading' });
  const [width, setWidth] = useState(0);
  const [rendered, setRendered] = useState<(RenderedPage & { page: number; key: string }) | null>(null);
  const [renderError, setRenderError] = useState<unknown>(null);
  const [boxes, setBoxes] = useState<{ key: string; page: number; list: HighlightBox[] }>({ key: '', page: 0, list: [] });
  const scroller = useRef<HTMLDivElement>(null);
  const sheet = useRef<HTMLDivElement>(null);
  const canvas = useRef<HTMLCanvasElement>(null);
  const textLayer = useRef<HTMLDivElement>(null);
  const pending = useRef<{ rank: number; page: number; reveal: boolean; focus?: boolean } | null>(null);
  const focusRank = focusRequest?.rank ?? 1;
  const pageCount = layout.pageCount;
  const shown = Math.min(Math.max(1, page), pageCount);
  // What should be on screen; anything drawn for another page or width is stale until redrawn.
  const drawKey = `${shown}@${width}`;
  const ready = rendered?.key === drawKey;

  useEffect(() => {
    const controller = new AbortController();
    let doc: PDFDocumentProxy | null = null;
    setOpened((o) => (o.status === 'password' ? { ...o, busy: true } : { status: 'loading' }));
    openPdfForView(file, password, controller.signal).then(
      (d) => {
        doc = d;
        setOpened({ status: 'ready', doc: d });
      },
      (e: unknown) => {
        if (controller.signal.aborted) return;
        if (isQaError(e) && e.code === 'DOCUMENT_PASSWORD') {
          setOpened((o) => ({
            status: 'password',
            busy: false,
            failures: e.detail?.wrong ? (o.status === 'password' ? o.failures : 0) + 1 : 0,
          }));
        } else setOpened({ status: 'error', error: e });
      },
    );
    return () => {
      controller.abort();
      void doc?.loadingTask.destroy();
    };
  }, [file, password]);

  // Fit the pane's width; a stable scrollbar gutter keeps the width from flipping as the page grows.
  useLayoutEffect(() => {
    const el = scroller.current;
    if (!el) return;
    const observer = new ResizeObserver(([entry]) => setWidth(Math.floor(entry.contentRect.width)));
    observer.observe(el);
    return () => observer.disconnect();
  }, [opened.status]);

  const doc = opened.status === 'ready' ? opened.doc : null;
  useEffect(() => {
    if (!doc || width <= 0 || !canvas.current || !textLayer.current) return;
    const controller = new AbortController();
    // Resizing re-renders once the pane settles, not on every frame of a drag.
    const timer = setTimeout(
      () => {
        setRenderError(null);
        renderPage(doc, shown, { canvas: canvas.current!, textLayer: textLayer.current!, width }, controller.signal).then(
          (r) => setRendered({ ...r, page: shown, key: `${shown}@${width}` }),
          (e: unknown) => !controller.signal.aborted && setRenderError(e),
        );
      },
      rendered ? 60 : 0,
    );
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
    // `rendered` only picks the delay: it is left out on purpose, re-running on it would draw twice.
  }, [doc, shown, width]);

  // Highlight boxes for the answers on the page now drawn.
  useLayoutEffect(() => {
    const origin = sheet.current?.getBoundingClientRect();
    if (!rendered || !origin) return;
    const list: HighlightBox[] = [];
    for (const span of highlightSpans(answers, focusRank)) {
      for (const run of runsInRange(layout, span.start, span.end)) {
        if (run.page !== rendered.page) continue;
        const el = rendered.itemElement(run.item);
        if (!el) continue;
        const to = runItemEnd(run);
        const text = (el.textContent ?? '').slice(run.itemStart, to);
        for (const rect of charBoxes(el, run.itemStart, to, origin)) list.push({ rank: span.rank, text, rect });
      }
      // A scanned page has no text layer: its words' boxes come from OCR.
      if (layout.ocr)
        list.push(
          ...ocrHighlightBoxes(
            ocrBoxesInRange(layout.ocr, span.start, span.end),
            docText,
            span.rank,
            rendered.page,
            rendered.width,
            rendered.height,
          ),
        );
    }
    setBoxes({ key: rendered.key, page: rendered.page, list });
  }, [rendered, answers, layout, focusRank, docText]);

  // A chosen answer turns to its page (where its first character is), then scrolls to its highlight.
  useEffect(() => {
    const answer = focusRequest && answers[focusRequest.rank - 1];
    if (!focusRequest || !answer) return;
    const target = runsInRange(layout, answer.start, answer.end)[0]?.page ?? pageAt(layout, answer.start) ?? 1;
    pending.current = { rank: focusRequest.rank, page: target, reveal: focusRequest.reveal, focus: focusRequest.focus };
    onPageChange(target);
    // Only a new request turns the page (answers and layout are left out on purpose): a re-render
    // with the same request must not undo the user's own paging.
  }, [focusRequest]);
  // Runs after the request above too, for an answer on the page already shown.
  useEffect(() => {
    const want = pending.current;
    if (!want || boxes.page !== want.page || boxes.key !== rendered?.key || !scroller.current) return;
    pending.current = null;
    const el = sheet.current?.querySelector<HTMLElement>(`[data-testid="page-highlight"][data-rank="${want.rank}"]`);
    if (el) return focusElement(scroller.current, el, want.reveal, want.focus);
  }, [boxes, focusRequest, rendered]);

  if (opened.status === 'password') {
    return (
      <div className="pdf-page-view" data-testid="page-view">
        <PasswordForm name={name} failures={opened.failures} busy={opened.busy} onSubmit={onPassword} submitLabel="Show pages" />
      </div>
    );
  }
  if (opened.status === 'error') {
    return (
      <div className="pdf-page-view" data-testid="page-view">
        <ErrorBanner error={opened.error} fallbackTitle="Couldn't show this PDF's pages." />
      </div>
    );
  }
  // Boxes measured on an earlier drawing (another width) would sit beside their text: none until redrawn.
  const onThisPage = ready && boxes.key === drawKey ? boxes.list : [];
  return (
    <div className="pdf-page-view" data-testid="page-view">
      <div className="page-nav">
        <button type="button" className="button button-secondary" disabled={shown <= 1} onClick={() => onPageChange(shown - 1)}>
          ‹ Previous
        </button>
        <p className="page-number" data-testid="page-number" aria-live="polite">
          Page {shown} of {pageCount}
          {ready ? '' : ' · drawing…'}
        </p>
        <button type="button" className="button button-secondary" disabled={shown >= pageCount} onClick={() => onPageChange(shown + 1)}>
          Next ›
        </button>
      </div>
      {renderError !== null && <ErrorBanner error={renderError} fallbackTitle="Couldn't draw this page." />}
      <div
        ref={scroller}
        className="pdf-page-scroller"
        tabIndex={0}
        role="region"
        aria-label={`Page ${shown} of ${pageCount}`}
        onKeyDown={returnFocusToAnswer}
      >
        <div
          ref={sheet}
          className="pdf-page"
          data-page={rendered?.page}
          data-ready={ready}
          style={rendered ? { width: rendered.width, height: rendered.height } : undefined}
        >
          <canvas ref={canvas} aria-hidden="true" />
          <div ref={textLayer} className="textLayer" />
          <PageHighlightBoxes boxes={onThisPage} answers={answers} focusRank={focusRank} />
        </div>
      </div>
    </div>
  );
}
