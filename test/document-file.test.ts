// @vitest-environment happy-dom
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DOCUMENT_ACCEPT, documentKind, readDocumentFile } from '../src/app/document/document-file';
import { docxToHtml } from '../src/engine/documents/docx-html';
import { markdownToText } from '../src/engine/documents/markdown-text';
import type { DocumentProgress } from '../src/shared/documents';
import { FakeWorker } from './helpers/fake-worker';
import { damagedDocx, SAMPLE_DOCX_TEXT, sampleDocx } from './helpers/make-docx';

/**
 * readDocumentFile for every format it opens. The workers are FakeWorkers serving the very functions
 * docx.worker.ts and markdown.worker.ts expose, so conversion, comlink and the error mapping are real.
 */
const file = (parts: BlobPart[], name: string, type = '') => new File(parts, name, { type });

describe('readDocumentFile', () => {
  let uninstall: () => void;
  beforeAll(() => {
    uninstall = FakeWorker.install();
    FakeWorker.serve = (url) => (url.includes('docx.worker') ? { convert: docxToHtml } : { toText: markdownToText });
  });
  afterAll(() => uninstall());
  beforeEach(() => {
    FakeWorker.created = [];
  });

  it('opens plain text as it is, newlines normalised and BOM removed', async () => {
    const doc = await readDocumentFile(file(['\uFEFFline **one**\r\nline two\rthree'], 'notes.txt'));
    expect(doc).toEqual({ kind: 'text', name: 'notes.txt', text: 'line **one**\nline two\nthree' });
    expect(FakeWorker.created).toEqual([]);
  });

  it('opens Markdown without its syntax, in a worker', async () => {
    const doc = await readDocumentFile(file(['# Title\r\n\r\nThe zebra **bold** [link](https://x.example) omega.\r\n'], 'README.md'));
    expect(doc).toEqual({ kind: 'markdown', name: 'README.md', text: 'Title\n\nThe zebra bold link omega.' });
    expect(FakeWorker.created.map((w) => [w.url.includes('markdown.worker'), w.terminated])).toEqual([[true, true]]);
  });

  it('opens HTML by its text', async () => {
    const doc = await readDocumentFile(file(['<h1>T</h1><script>x()</script><p>a <b>b</b></p>'], 'page.htm'));
    expect(doc).toEqual({ kind: 'html', name: 'page.htm', text: 'T\n\na b' });
  });

  it('opens a Word file through the docx worker, reporting progress', async () => {
    const progress: DocumentProgress[] = [];
    const bytes = await sampleDocx();
    const doc = await readDocumentFile(file([bytes], 'report.docx'), { onProgress: (p) => progress.push(p) });
    expect(doc).toEqual({ kind: 'docx', name: 'report.docx', text: SAMPLE_DOCX_TEXT });
    expect(progress).toEqual([
      { phase: 'read', loaded: 0, total: bytes.length },
      { phase: 'read', loaded: bytes.length, total: bytes.length },
      { phase: 'convert' },
    ]);
    expect(FakeWorker.created.map((w) => [w.url.includes('docx.worker'), w.terminated])).toEqual([[true, true]]);
  });

  it('calls a .docx that is not a zip damaged without starting a worker', async () => {
    const error = readDocumentFile(file([await damagedDocx('random')], 'fake.docx'));
    await expect(error).rejects.toMatchObject({
      code: 'DOCUMENT_DAMAGED',
      message: expect.stringMatching(/^"fake\.docx" .*not a zip archive/),
    });
    expect(FakeWorker.created).toEqual([]);
  });

  it.each([
    ['no-document', /^"broken\.docx" could not be read as a Word document: it has no document body/],
    ['truncated', /^"broken\.docx" could not be read as a Word document: its zip archive is cut short/],
  ] as const)('names the file and the reason when mammoth fails (%s)', async (kind, message) => {
    const error = readDocumentFile(file([await damagedDocx(kind)], 'broken.docx'));
    await expect(error).rejects.toMatchObject({
      code: 'DOCUMENT_DAMAGED',
      message: expect.stringMatching(message),
      detail: { name: 'broken.docx' },
    });
  });

  it('sends old Word files to "save it as .docx"', async () => {
    await expect(readDocumentFile(file(['x'], 'old.doc'))).rejects.toMatchObject({
      code: 'DOCUMENT_UNSUPPORTED',
      message: expect.stringContaining('save it as .docx'),
    });
    const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    await expect(readDocumentFile(file([ole], 'renamed.docx'))).rejects.toMatchObject({
      code: 'DOCUMENT_UNSUPPORTED',
      message: expect.stringContaining('save it as .docx'),
    });
  });

  it('leaves PDFs to openPdf and rejects other formats', async () => {
    await expect(readDocumentFile(file(['%PDF-1.7'], 'paper.pdf'))).rejects.toMatchObject({
      code: 'DOCUMENT_UNSUPPORTED',
      message: expect.stringContaining('openPdf'),
    });
    await expect(readDocumentFile(file(['x'], 'photo.jpg', 'image/jpeg'))).rejects.toMatchObject({ code: 'DOCUMENT_UNSUPPORTED' });
  });

  it('rejects files over the size limit, empty documents and cancelled reads', async () => {
    const big = file(['x'], 'big.txt');
    Object.defineProperty(big, 'size', { value: 25_000_000 });
    await expect(readDocumentFile(big)).rejects.toMatchObject({ code: 'DOCUMENT_UNSUPPORTED', message: expect.stringContaining('25 MB') });
    await expect(readDocumentFile(file(['---\n\n[x]: http://a.example\n'], 'empty.md'))).rejects.toMatchObject({ code: 'EMPTY_CONTEXT' });
    await expect(readDocumentFile(file(['text'], 'a.txt'), { signal: AbortSignal.abort() })).rejects.toMatchObject({ code: 'ABORTED' });
  });

  it('knows each format by name or MIME type, and accepts them all in the file picker', () => {
    const kinds = [
      ['a.TXT', ''],
      ['a', 'text/plain'],
      ['a.markdown', ''],
      ['a', 'text/html'],
      ['a.DOCX', ''],
      ['a', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
      ['a.pdf', ''],
      ['a', 'application/pdf'],
      ['a.doc', 'application/msword'],
    ].map(([name, type]) => documentKind(file([], name, type)));
    expect(kinds).toEqual(['text', 'text', 'markdown', 'html', 'docx', 'docx', 'pdf', 'pdf', null]);
    for (const entry of ['.pdf', '.docx', '.md', '.html', '.txt', 'application/pdf', 'text/markdown'])
      expect(DOCUMENT_ACCEPT.split(',')).toContain(entry);
  });
});
