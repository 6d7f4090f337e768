// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { pastedDocumentText } from './rich-paste';

function clipboard(items: Record<string, string>): DataTransfer {
  const data = new DataTransfer();
  for (const [type, value] of Object.entries(items)) data.setData(type, value);
  return data;
}

describe('pastedDocumentText', () => {
  it('extracts the text of pasted HTML, as an .html file would be', () => {
    const html =
      '<meta charset="utf-8"><!--StartFragment--><h2>Plan</h2><p>The zebra <b>bold</b> omega.</p><ul><li>one</li><li>two</li></ul>\r\n<table><tr><td>a</td><td>b</td></tr></table><!--EndFragment-->';
    expect(pastedDocumentText(clipboard({ 'text/plain': 'Plan The zebra bold omega. one two a b', 'text/html': html }))).toBe(
      'Plan\n\nThe zebra bold omega.\n\n• one\n• two\n\na\tb',
    );
  });

  it('keeps the lines of pasted <pre> text (CRLF included)', () => {
    expect(pastedDocumentText(clipboard({ 'text/html': '<pre>line one\r\nline two</pre>' }))).toBe('line one\nline two');
  });

  it('leaves plain text to the default paste', () => {
    expect(pastedDocumentText(clipboard({ 'text/plain': '# not **markdown** either' }))).toBeNull();
  });

  it('leaves HTML without text (a copied image) to the default paste', () => {
    expect(pastedDocumentText(clipboard({ 'text/plain': 'alt', 'text/html': '<img src="x.png" alt="alt">' }))).toBeNull();
  });
});
