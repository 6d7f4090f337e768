import { expect, type Page } from '@playwright/test';
import { PDFDocument } from 'pdf-lib';
import { column, pdfFromLines } from '../test/helpers/make-pdf';

/** Helpers for the document-format specs: opening generated files, reading the page view. */

export const MIME = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  md: 'text/markdown',
  html: 'text/html',
};

/** Opens a file generated in the test through the "Open file…" input, as a user's pick would. */
export async function openFile(page: Page, name: string, bytes: Uint8Array | string, mimeType: string): Promise<void> {
  const buffer = typeof bytes === 'string' ? Buffer.from(bytes, 'utf8') : Buffer.from(bytes);
  await page.getByTestId('doc-file-input').setInputFiles({ name, mimeType, buffer });
}

/** Opened and shown: the pane names the file and no longer shows progress. */
export async function expectOpened(page: Page, name: string): Promise<void> {
  await expect(page.getByTestId('document-source')).toContainText(name);
  await expect(page.getByTestId('open-progress')).toBeHidden();
}

export async function askQuestion(page: Page, question: string): Promise<void> {
  await page.getByLabel('Question', { exact: true }).fill(question);
  await page.getByLabel('Question', { exact: true }).press('Enter');
}

export const display = (page: Page, name: 'Edit' | 'Text' | 'Page' | 'View answers') =>
  page.getByRole('group', { name: 'Display' }).getByRole('button', { name, exact: true });

export interface PageHighlight {
  text: string;
  /** The text-layer span under the box's centre, as the browser hit-tests it (the overlay lets clicks through). */
  under: string | null;
  /** The box lies on the drawn page. */
  onCanvas: boolean;
  width: number;
  height: number;
}

/** Rank-`rank` highlight boxes on the page view, in document order, with what lies under each. */
export async function pageHighlights(page: Page, rank = 1): Promise<PageHighlight[]> {
  await expect(page.locator('.pdf-page')).toHaveAttribute('data-ready', 'true');
  await expect(page.locator(`[data-testid="page-highlight"][data-rank="${rank}"]`).first()).toBeVisible();
  return page.evaluate((r) => {
    return Array.from(document.querySelectorAll<HTMLElement>(`[data-testid="page-highlight"][data-rank="${r}"]`), (el) => {
      el.scrollIntoView({ block: 'center' });
      const b = el.getBoundingClientRect();
      const canvas = document.querySelector('.pdf-page canvas')!.getBoundingClientRect();
      const hit = document
        .elementsFromPoint(b.left + b.width / 2, b.top + b.height / 2)
        .find((e) => e.closest('.textLayer') && e.tagName === 'SPAN' && !e.classList.contains('markedContent'));
      return {
        text: el.dataset.text ?? '',
        under: hit?.textContent ?? null,
        onCanvas: b.left >= canvas.left - 1 && b.right <= canvas.right + 1 && b.top >= canvas.top - 1 && b.bottom <= canvas.bottom + 1,
        width: b.width,
        height: b.height,
      };
    });
  }, rank);
}

/**
 * The highlighted characters across boxes and pages must be the answer's: the same letters, with
 * only what the layout inserted (spaces, line and page breaks) or removed (a line-end hyphen) left out.
 */
export function letters(text: string): string {
  return text.replace(/\s+/g, '');
}

/** Every box sits on the canvas, over the text-layer span holding its characters. */
export function expectBoxesOverText(boxes: PageHighlight[]): void {
  expect(boxes.length).toBeGreaterThan(0);
  for (const b of boxes) {
    expect(b.onCanvas, `box "${b.text}" lies on the page`).toBe(true);
    expect(b.width).toBeGreaterThan(2);
    expect(b.height).toBeGreaterThan(4);
    expect(b.under, `box "${b.text}" covers its own text`).toContain(b.text.trim());
  }
}

/** The page canvas fits the pane and has one device pixel per screen pixel (crisp); polled, as a resize redraws after a pause. */
export async function expectCrispCanvas(page: Page): Promise<void> {
  await expect(page.locator('.pdf-page')).toHaveAttribute('data-ready', 'true');
  await expect
    .poll(() =>
      page.evaluate(() => {
        const canvas = document.querySelector<HTMLCanvasElement>('.pdf-page canvas')!;
        const scroller = document.querySelector<HTMLElement>('.pdf-page-scroller')!;
        const css = canvas.getBoundingClientRect().width;
        const pane = scroller.clientWidth;
        const fits = css <= pane && css > pane - 40;
        const crisp = Math.abs(canvas.width - css * window.devicePixelRatio) <= window.devicePixelRatio + 1;
        return fits && crisp
          ? 'fits, crisp'
          : `canvas ${canvas.width} px for ${css} CSS px at ${window.devicePixelRatio}x, pane ${pane} px`;
      }),
    )
    .toBe('fits, crisp');
}

/**
 * A `pages`-page PDF of full pages of text, made in ~1 s: one page drawn, then copied (the copies
 * share its content stream, but pdf.js still reads every page's text on its own).
 */
export async function manyPagesPdf(pages: number): Promise<Uint8Array> {
  const line = 'The keepers walked along the river to the old stone bridge and back again before night.';
  const one = await PDFDocument.load(
    await pdfFromLines(
      [
        column(
          Array.from({ length: 48 }, () => line),
          72,
          740,
          14,
        ),
      ],
      { standardFont: true },
    ),
  );
  const doc = await PDFDocument.create();
  for (const copy of await doc.copyPages(
    one,
    Array.from({ length: pages }, () => 0),
  ))
    doc.addPage(copy);
  return doc.save();
}
