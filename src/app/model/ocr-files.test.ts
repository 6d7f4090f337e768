import { describe, expect, it } from 'vitest';
import { ocrCoreFile, ocrFilesFor, summariseOcrCache } from './ocr-files';

const BASE = 'https://example.org/sub/app/';
const DIR = `${BASE}ocr/tesseract-7/`;
const SIZES = {
  'worker.min.js': 100,
  'core/tesseract-core-lstm.wasm.js': 3000,
  'core/tesseract-core-simd-lstm.wasm.js': 3100,
  'core/tesseract-core-relaxedsimd-lstm.wasm.js': 3200,
  'core/tesseract-core-simd.wasm.js': 9999,
  'lang/eng.traineddata.gz': 2000,
  'lang/fra.traineddata.gz': 700,
};

describe('ocrCoreFile', () => {
  it('picks the LSTM-only build tesseract.js would: relaxed SIMD over SIMD over plain', () => {
    expect(ocrCoreFile({ simd: true, relaxedSimd: true })).toBe('tesseract-core-relaxedsimd-lstm.wasm.js');
    expect(ocrCoreFile({ simd: true, relaxedSimd: false })).toBe('tesseract-core-simd-lstm.wasm.js');
    expect(ocrCoreFile({ simd: false, relaxedSimd: false })).toBe('tesseract-core-lstm.wasm.js');
  });
});

describe('ocrFilesFor', () => {
  it('lists the worker, one core build and both languages, as absolute URLs with their sizes', () => {
    expect(ocrFilesFor({ simd: true, relaxedSimd: false }, BASE, SIZES)).toEqual([
      { url: `${DIR}worker.min.js`, bytes: 100 },
      { url: `${DIR}core/tesseract-core-simd-lstm.wasm.js`, bytes: 3100 },
      { url: `${DIR}lang/eng.traineddata.gz`, bytes: 2000 },
      { url: `${DIR}lang/fra.traineddata.gz`, bytes: 700 },
    ]);
  });

  it('resolves against the page, so a sub-path host gets its own folder', () => {
    const [worker] = ocrFilesFor({ simd: false, relaxedSimd: false }, 'https://example.org/other/index.html', SIZES);
    expect(worker.url).toBe('https://example.org/other/ocr/tesseract-7/worker.min.js');
  });

  it('counts 0 bytes where the build measured nothing', () => {
    expect(ocrFilesFor({ simd: false, relaxedSimd: false }, BASE).map((f) => f.bytes)).toEqual([0, 0, 0, 0]);
  });
});

describe('summariseOcrCache', () => {
  const files = ocrFilesFor({ simd: true, relaxedSimd: true }, BASE, SIZES);
  const total = 100 + 3200 + 2000 + 700;

  it('none, partly or all of the needed files', () => {
    expect(summariseOcrCache(files, [])).toEqual({ saved: 'none', savedBytes: 0, totalBytes: total });
    // What a first English scan leaves: worker, core, English.
    const firstScan = [files[0].url, files[1].url, files[2].url];
    expect(summariseOcrCache(files, firstScan)).toEqual({ saved: 'partly', savedBytes: 5300, totalBytes: total });
    expect(
      summariseOcrCache(
        files,
        files.map((f) => f.url),
      ),
    ).toEqual({ saved: 'all', savedBytes: total, totalBytes: total });
  });

  it('ignores cached files this browser does not need (another core build)', () => {
    const other = `${DIR}core/tesseract-core-lstm.wasm.js`;
    expect(summariseOcrCache(files, [other]).saved).toBe('none');
  });
});
