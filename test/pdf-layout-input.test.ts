import { describe, expect, it } from 'vitest';
import { extractPdfText } from '../src/engine/documents/pdf-extract';
import { LETTER_ANSWER, overlappingLayersPdf, rotatedPagePdf, tinyItemsPdf, twoPageLetterPdf } from './helpers/make-layout-pdf';
import { pdfjsForNode } from './helpers/pdfjs-node';

/** The issue 22 inputs of e2e/documents-layout.spec.ts, read in Node: the text they must give, and quickly. */
const pdfjs = await pdfjsForNode();
const open = async (bytes: Uint8Array) => {
  const alive = setInterval(() => {}, 1000);
  try {
    return await extractPdfText(pdfjs, bytes, 'test.pdf');
  } finally {
    clearInterval(alive);
  }
};

describe('issue 22 inputs', () => {
  it('a two-page letter: the sentence crosses the page break with one space, header and "Page 1 of 2" left out', async () => {
    const doc = await open(await twoPageLetterPdf());
    expect(doc.text).toContain(LETTER_ANSWER);
    expect(doc.text).not.toMatch(/Acme|Page \d of 2/);
    expect(doc.text).toBe(
      'Dear reader,\n\nThe keepers wrote to say what they saw at the reserve this spring. Most days were quiet, and the birds came back early this year. ' +
        'Late one evening the keepers say that the zebra walked along the quiet river towards the omega and rested there at dawn.\n\nYours sincerely,',
    );
  });

  it('10,000 tiny items on one page: every item read, in seconds (pdf-lib writing it included)', async () => {
    const t0 = performance.now();
    const doc = await open(await tinyItemsPdf());
    expect(doc.text.match(/ab/g)?.length).toBe(10_000);
    expect(performance.now() - t0).toBeLessThan(5000);
  });

  it('overlapping text layers and a rotated page open, every line kept', async () => {
    const layered = await open(await overlappingLayersPdf());
    expect(layered.text.match(/old stone bridge/g)?.length).toBeGreaterThanOrEqual(40);
    const rotated = await open(await rotatedPagePdf());
    for (const n of [1, 15, 30]) expect(rotated.text).toContain(`Line ${n} of the turned page runs on here.`);
    expect(rotated.text).toContain('Turned label 9');
  });
});
