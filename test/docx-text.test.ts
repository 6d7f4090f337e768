// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { htmlToText } from '../src/app/document/html-text';
import { docxToHtml } from '../src/engine/documents/docx-html';
import { isQaError } from '../src/shared/errors';
import {
  BOLD_ANSWER,
  BOLD_SENTENCE,
  damagedDocx,
  footnoteDocx,
  IMAGE_ALT,
  imageDocx,
  SAMPLE_DOCX_TEXT,
  sampleDocx,
} from './helpers/make-docx';

/**
 * Word files generated with `docx`, converted as the app converts them: mammoth (here its Node
 * build, in the app its browser build inside docx.worker.ts) through docx-html.ts, then htmlToText.
 */
const buffer = (bytes: Uint8Array) => bytes.slice().buffer as ArrayBuffer;

async function docxText(bytes: Uint8Array): Promise<string> {
  return htmlToText((await docxToHtml(buffer(bytes))).html);
}

describe('Word (.docx) → text', () => {
  it('lays out headings, paragraphs, lists and a table readably', async () => {
    expect(await docxText(await sampleDocx())).toBe(SAMPLE_DOCX_TEXT);
  });

  it('keeps a sentence with a bold run in the middle exactly as written', async () => {
    const text = await docxText(await sampleDocx());
    const at = text.indexOf(BOLD_SENTENCE);
    expect(at).toBeGreaterThan(0);
    expect(text.slice(text.indexOf('zebra'), text.indexOf('omega') + 'omega'.length)).toBe(BOLD_ANSWER);
  });

  it('drops images instead of inlining them as base64, and their alt text with them', async () => {
    const bytes = await imageDocx();
    const { html } = await docxToHtml(buffer(bytes));
    expect(bytes.length).toBeGreaterThan(64_000);
    expect(html).toContain('<img');
    expect(html).not.toContain('base64');
    expect(html.length).toBeLessThan(1000);
    expect(htmlToText(html)).toBe('Before the picture.\n\nAfter the picture.');
    expect(html).toContain(IMAGE_ALT); // mammoth read the picture (its alt text), it just never copied the bytes
  });

  it('lists footnotes at the end without their "↑" back-links', async () => {
    expect(await docxText(await footnoteDocx())).toBe('Body text[1] ends.\n\n1. The note itself.');
  });

  it.each([
    ['no-document', /no document body \(word\/document\.xml/],
    ['truncated', /zip archive is cut short or corrupt/],
    ['random', /not a zip archive/],
  ] as const)('rejects a damaged file (%s) as DOCUMENT_DAMAGED with a reason', async (kind, message) => {
    const error = await docxToHtml(buffer(await damagedDocx(kind))).catch((e: unknown) => e);
    expect(isQaError(error) && error.code).toBe('DOCUMENT_DAMAGED');
    expect((error as Error).message).toMatch(message);
    expect((error as { detail?: { reason?: unknown } }).detail?.reason).toEqual(expect.any(String));
  });
});
