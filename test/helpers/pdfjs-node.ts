import type { PdfJsModule } from '../../src/engine/documents/pdf-extract';

/**
 * pdf.js's legacy build for Node. pdf.js 6 calls Promise.withResolvers, which Node 20 lacks (its
 * engines field says Node 22), so it is polyfilled before the module loads.
 */
export async function pdfjsForNode(): Promise<PdfJsModule & typeof import('pdfjs-dist')> {
  if (!('withResolvers' in Promise)) {
    Object.defineProperty(Promise, 'withResolvers', {
      configurable: true,
      writable: true,
      value<T>() {
        let resolve!: (v: T) => void;
        let reject!: (e: unknown) => void;
        const promise = new Promise<T>((res, rej) => ([resolve, reject] = [res, rej]));
        return { promise, resolve, reject };
      },
    });
  }
  return import('pdfjs-dist/legacy/build/pdf.mjs');
}
