// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { htmlToText, TABLE_CELL_SEPARATOR } from './html-text';

describe('htmlToText', () => {
  it('never splits a word at inline elements', () => {
    expect(htmlToText('<p>zebra <strong>bold</strong> omega</p>')).toBe('zebra bold omega');
    expect(htmlToText('<p>ze<b>br</b>a <span>o<em>me</em>ga</span> <a href="https://x.example">link</a></p>')).toBe('zebra omega link');
  });

  it('separates headings and paragraphs by a blank line and collapses source whitespace', () => {
    const html =
      '<h1>Title</h1>\n  <p>First\n   paragraph.</p><h2>Sub <i>head</i></h2><p>  Second. </p><blockquote><p>Quote</p></blockquote>';
    expect(htmlToText(html)).toBe('Title\n\nFirst paragraph.\n\nSub head\n\nSecond.\n\nQuote');
  });

  it('starts a new line, not a blank one, for generic containers and <br>', () => {
    expect(htmlToText('<div>one</div><div>two<br>three</div><section>four</section>')).toBe('one\ntwo\nthree\nfour');
    expect(htmlToText('<p>a<br><br>b</p>')).toBe('a\n\nb');
  });

  it('writes list items on their own lines with bullets and numbers', () => {
    const html =
      '<ul><li>one</li><li><p>two</p><p>more</p><ul><li>nested</li></ul></li></ul><ol start="3"><li>three</li><li>four</li><li value="9">nine</li></ol><p>after</p>';
    expect(htmlToText(html)).toBe('• one\n• two\n  more\n  • nested\n\n3. three\n4. four\n9. nine\n\nafter');
  });

  it('puts each table row on a line with its cells separated, paragraphs in cells joined', () => {
    expect(TABLE_CELL_SEPARATOR).toBe('\t');
    const html =
      '<p>Before</p><table><caption>Prices</caption><thead><tr><th>Name</th><th>Price</th></tr></thead>' +
      '<tbody><tr><td><p>Red</p><p>pen</p></td><td>3 €</td></tr><tr><td>Ink</td><td></td></tr></tbody></table><p>After</p>';
    expect(htmlToText(html)).toBe('Before\n\nPrices\nName\tPrice\nRed pen\t3 €\nInk\n\nAfter');
  });

  it('keeps <pre> verbatim', () => {
    expect(htmlToText('<p>Code:</p><pre>  a  =  1\n    b()\n</pre><p>end</p>')).toBe('Code:\n\n  a  =  1\n    b()\n\nend');
  });

  it('drops scripts, styles, hidden elements, images and the head', () => {
    const html =
      '<html><head><title>T</title><style>p{}</style></head><body><script>alert(1)</script><p>shown <img alt="pic" src="x.png">text</p>' +
      '<p hidden>hidden</p><div style="display: none">gone</div><noscript>ns</noscript><template>t</template></body></html>';
    expect(htmlToText(html)).toBe('shown text');
  });

  it('parses without any style reaching the document (a CSP style-src would report each one)', () => {
    const html = '<style>p { color: red }</style><p STYLE="color: red">kept</p><p style=\'display:none\'>gone</p><p>a style= b</p>';
    expect(htmlToText(html)).toBe('kept\n\na style= b');
    const spy = new DOMParser();
    const doc = spy.parseFromString(html, 'text/html');
    expect(doc.querySelectorAll('style,[style]').length).toBeGreaterThan(0); // what the rename avoids
  });

  it('gives an empty string for markup without text', () => {
    expect(htmlToText('<div> <p>&nbsp;</p><br></div>')).toBe('');
  });
});
