import { useId, useState } from 'react';
import type { PdfLayout } from '../../shared/documents';
import { pageList } from './page-list';

/** Pages flagged as broken that text recognition has not yet read. */
function brokenUnread(layout: PdfLayout): number[] {
  const read = new Set(layout.ocr?.pages ?? []);
  return (layout.brokenTextPages ?? []).filter((p) => !read.has(p));
}

interface Props {
  layout: PdfLayout;
  /** A file is being opened: the offer waits. */
  busy: boolean;
  onRecognise: () => void;
}

/**
 * The offer for a PDF whose text layer is junk on some pages (a scan's OCR layer in a broken font):
 * read those pages by text recognition instead, keeping the others' text. Dismissable, since the
 * test behind it (broken-text.ts) is a guess.
 */
export function BrokenTextNotice({ layout, busy, onRecognise }: Props) {
  const pages = brokenUnread(layout);
  const [dismissed, setDismissed] = useState<PdfLayout | null>(null);
  const id = useId();
  if (pages.length === 0 || dismissed === layout) return null;
  const one = pages.length === 1;
  return (
    <div className="banner banner-notice" data-testid="broken-text-notice">
      <p className="banner-body banner-message" id={id}>
        {one ? `Page ${pages[0]}'s text` : `The text of ${pageList(pages)}`} looks broken (symbols instead of words).
      </p>
      <div className="banner-actions">
        <button type="button" className="button button-primary" onClick={onRecognise} disabled={busy} aria-describedby={id}>
          Recognise {one ? 'it' : 'them'} instead (OCR)
        </button>
        <button
          type="button"
          className="button button-quiet"
          onClick={() => setDismissed(layout)}
          aria-label="Dismiss: keep the text as it is"
        >
          Dismiss
        </button>
      </div>
    </div>
  );
}
