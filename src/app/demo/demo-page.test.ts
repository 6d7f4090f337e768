import { describe, expect, it } from 'vitest';
import { TEST_MANIFEST as manifest } from './demo-manifest.fixture';
import { readDemoPage } from './demo-page';

const page = (text: string | null) => ({ getElementById: () => (text === null ? null : ({ textContent: text } as HTMLElement)) });

describe('a demo page', () => {
  it('reads the manifest the builder embedded, and says what is wrong with a broken one', () => {
    expect(readDemoPage(page(null))).toEqual({ manifest: null, problem: null });
    expect(readDemoPage(page(JSON.stringify(manifest)))).toEqual({ manifest, problem: null });
    expect(readDemoPage(page('{'))).toEqual({ manifest: null, problem: 'The demo manifest in this page is not valid JSON.' });
    expect(readDemoPage(page(JSON.stringify({ ...manifest, version: 9 }))).problem).toMatch(/version 9/);
  });
});
