import { describe, expect, it } from 'vitest';
import { largePasteResult, LARGE_DOCUMENT_CHARS } from './large-document';

describe('largePasteResult', () => {
  it('lets the textarea paste normal amounts itself', () => {
    expect(largePasteResult('abc', 1, 2, 'xyz')).toBeNull();
    expect(largePasteResult('', 0, 0, 'x'.repeat(LARGE_DOCUMENT_CHARS))).toBeNull();
  });
  it('applies a paste that makes the document large, replacing the selection, with LF newlines', () => {
    const big = `${'a'.repeat(LARGE_DOCUMENT_CHARS)}\r\nend\rmore`;
    const out = largePasteResult('head[sel]tail', 4, 9, big);
    expect(out).toBe(`head${'a'.repeat(LARGE_DOCUMENT_CHARS)}\nend\nmoretail`);
  });
});
