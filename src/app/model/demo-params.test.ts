import { describe, expect, it } from 'vitest';
import { TEST_MANIFEST as manifest } from '../demo/demo-manifest.fixture';
import { parseUrlParams, withDemo } from './url-params';

describe('a demo page’s start-up parameters', () => {
  it('loads its own model at once, from beside the page, whatever sub-path it is served from', () => {
    const href = 'https://me.github.io/paper/demo/?embed=1';
    const p = withDemo(parseUrlParams(href), manifest, href);
    expect(p).toMatchObject({
      source: { kind: 'url', baseUrl: 'https://me.github.io/paper/demo/model/' },
      autoload: true,
      dtype: 'q8',
      backend: 'wasm',
    });
  });

  it('ignores a link to another model unless the demo allows other models', () => {
    const href = 'https://me.github.io/demo/?url=https://example.com/other/';
    expect(withDemo(parseUrlParams(href), manifest, href).source).toEqual({ kind: 'url', baseUrl: 'https://me.github.io/demo/model/' });
    expect(withDemo(parseUrlParams(href), manifest, href).problems).toEqual([expect.stringMatching(/shows its own model/)]);
    const open = withDemo(parseUrlParams(href), { ...manifest, allowOtherModels: true }, href);
    expect(open.source).toEqual({ kind: 'url', baseUrl: 'https://example.com/other/' });
  });

  it('changes nothing on the plain app', () => {
    const href = 'https://x.org/?model=a/b&autoload=1';
    expect(withDemo(parseUrlParams(href), null, href)).toEqual(parseUrlParams(href));
  });
});
