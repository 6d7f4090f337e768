// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { htmlToText } from '../src/app/document/html-text';
import { docxToHtml } from '../src/engine/documents/docx-html';
import { RTL_DOCX_TEXT, rtlDocx } from './helpers/make-rtl-docx';

/**
 * A right-to-left Word file read as the app reads it (mammoth, then htmlToText): the same layout as
 * the PDF path gives (paragraphs apart by a blank line, list items and table rows on their own
 * lines, cells apart by a tab), in logical order.
 */
describe('right-to-left Word (.docx) → text', () => {
  it('keeps paragraphs, list items and table cells as the PDF path does, in logical order', async () => {
    const bytes = await rtlDocx();
    const { html } = await docxToHtml(bytes.slice().buffer as ArrayBuffer);
    expect(htmlToText(html)).toBe(RTL_DOCX_TEXT);
  });
});
