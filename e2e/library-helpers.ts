import { expect, type Page } from '@playwright/test';
import { paragraphsDocx } from '../test/helpers/make-docx';
import { column, pdfFromLines } from '../test/helpers/make-pdf';
import { MIME } from './documents-helpers';

/** The oracle answers from "zebra" to "omega": only the PDF's second page holds both. */
export const LIBRARY_ANSWER = 'zebra near the rocks at omega';

/** Four files of mixed kinds (the fifth document is pasted); the answer is on page 2 of the PDF. */
export async function libraryFiles(longLetter = false) {
  const pdf = await pdfFromLines(
    [
      column(['Harbour report', 'The harbour master logged ships in March.']),
      column(['The lighthouse keeper saw', `${LIBRARY_ANSWER} point at dusk.`]),
      column(['Appendix: tide tables.']),
    ],
    { standardFont: true },
  );
  const docx = await paragraphsDocx(['Minutes of the board.', 'The treasurer read the accounts aloud.']);
  return [
    { name: 'harbour.pdf', mimeType: MIME.pdf, buffer: Buffer.from(pdf) },
    { name: 'minutes.docx', mimeType: MIME.docx, buffer: Buffer.from(docx) },
    { name: 'notes.md', mimeType: MIME.md, buffer: Buffer.from('# Notes\n\nThe **gardener** planted tulips by the gate.', 'utf8') },
    {
      name: 'letter.txt',
      mimeType: 'text/plain',
      // Long, for the grid: its cells take a while, so a reload can land in the middle.
      buffer: Buffer.from('Dear friend, the weather has been mild this spring. '.repeat(longLetter ? 4000 : 1), 'utf8'),
    },
  ];
}

export const library = (page: Page) => page.getByTestId('library');
export const libraryRows = (page: Page) => page.getByTestId('library-row');

/** Adds the four files at once through the multi-select input, then one pasted document. */
export async function addFiveDocuments(page: Page, longLetter = false): Promise<void> {
  await page.getByTestId('library-file-input').setInputFiles(await libraryFiles(longLetter));
  await expect(libraryRows(page)).toHaveCount(4);
  await library(page).getByRole('button', { name: 'Paste as new document' }).click();
  await library(page).getByLabel('Document name', { exact: true }).fill('Pasted memo');
  await library(page).getByLabel('Text to add', { exact: true }).fill('Memo: the courier arrives on Tuesday with the parcels.');
  await library(page).getByRole('button', { name: 'Add to library' }).click();
  await expect(libraryRows(page)).toHaveCount(5);
}

export async function askLibrary(page: Page, question: string): Promise<void> {
  await library(page).getByLabel('Ask the library').fill(question);
  await library(page).getByLabel('Ask the library').press('Enter');
}

/** Every library document's text by name, read from the app's own IndexedDB. */
export function storedTexts(page: Page): Promise<Record<string, string>> {
  return page.evaluate(
    () =>
      new Promise<Record<string, string>>((resolve, reject) => {
        const open = indexedDB.open('qa-app-library-texts');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const req = open.result.transaction('texts').objectStore('texts').getAll();
          req.onsuccess = () =>
            resolve(Object.fromEntries(req.result.map((v: { doc: { name: string; text: string } }) => [v.doc.name, v.doc.text])));
          req.onerror = () => reject(req.error);
        };
      }),
  );
}
