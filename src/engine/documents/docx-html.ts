import mammoth from 'mammoth';
import { QaError } from '../../shared/errors';

/**
 * Word (.docx) → HTML with mammoth, for the text extraction in src/app/document/html-text.ts. Runs in
 * the docx worker and, unchanged, in Node tests: mammoth's browser build (chosen by bundlers through
 * its package.json "browser" field) reads `arrayBuffer`, its Node build reads `buffer`, and JSZip
 * under both accepts an ArrayBuffer, so the input carries both keys.
 */

export interface DocxHtml {
  html: string;
  /** mammoth's messages (unrecognised styles, unsupported elements): nothing the user must act on. */
  warnings: string[];
}

// Images give no text; reading them would only copy megabytes of base64 into the HTML.
const dropImages = mammoth.images.imgElement(() => Promise.resolve({ src: '' }));
// mammoth appends "↑" links from each footnote back to its reference: noise in the text.
const NOTE_BACK_LINK = /\s*<a href="#[^"]*-ref-[^"]*">↑<\/a>/g;

export async function docxToHtml(data: ArrayBuffer): Promise<DocxHtml> {
  let result: Awaited<ReturnType<typeof mammoth.convertToHtml>>;
  try {
    const input = { arrayBuffer: data, buffer: data } as unknown as Parameters<typeof mammoth.convertToHtml>[0];
    result = await mammoth.convertToHtml(input, { convertImage: dropImages, externalFileAccess: false });
  } catch (e) {
    throw docxError(e);
  }
  return {
    html: result.value.replace(NOTE_BACK_LINK, ''),
    warnings: result.messages.map((m) => m.message),
  };
}

/**
 * What went wrong, in words, for anything mammoth (or JSZip, or the XML parser under it) throws. Every
 * such failure means the file is not a readable .docx, so the code is always DOCUMENT_DAMAGED; the
 * message says why without the file name, which the caller adds (see docx-client.ts).
 */
export function docxError(e: unknown): QaError {
  if (e instanceof QaError) return e;
  const reason = e instanceof Error ? e.message : String(e);
  let message: string;
  if (/corrupted zip|crc|end of data|unsupported compression|invalid (stored|compressed) size/i.test(reason)) {
    message = 'its zip archive is cut short or corrupt (was the file fully downloaded?)';
  } else if (/zip|central directory|signature/i.test(reason)) {
    message = 'it is not a zip archive, as every .docx file is (is it really a Word document?)';
  } else if (/main document part|body element/i.test(reason)) {
    message = 'it has no document body (word/document.xml is missing or empty)';
  } else if (/xml|tag|attribute|entity|parse/i.test(reason)) {
    message = 'its XML is malformed';
  } else {
    message = `mammoth could not convert it (${reason})`;
  }
  return new QaError('DOCUMENT_DAMAGED', message, { reason });
}
