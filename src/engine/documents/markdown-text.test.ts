import { describe, expect, it } from 'vitest';
import { markdownToText, splitMarkdown } from './markdown-text';

describe('markdownToText', () => {
  it('strips emphasis without touching the words around it', () => {
    expect(markdownToText('zebra **bold** omega')).toBe('zebra bold omega');
    expect(markdownToText('a *b* _c_ __d__ ***e*** f')).toBe('a b c d e f');
    expect(markdownToText('in**side**word')).toBe('insideword');
  });

  it('keeps a link’s text and drops its target, mid-sentence', () => {
    expect(markdownToText('See [the zebra page](https://example.com/zebra "Zebra title") before omega.')).toBe(
      'See the zebra page before omega.',
    );
  });

  it('drops reference definitions and keeps reference links’ text', () => {
    const text = markdownToText('Read [the guide][g] and <https://a.example/x> now.\n\n[g]: https://example.com/guide');
    expect(text).toBe('Read the guide and https://a.example/x now.');
  });

  it('puts headings, paragraphs and quotes in their own blocks', () => {
    const md = '# Title\n\nFirst paragraph\nwrapped here.\n\n## Section *two*\n\n> Quoted\n> text.\n>\n> Second quote.\n\n---\n\nEnd.';
    expect(markdownToText(md)).toBe('Title\n\nFirst paragraph wrapped here.\n\nSection two\n\nQuoted text.\n\nSecond quote.\n\nEnd.');
  });

  it('writes list items on their own lines with bullets, numbers and nested indentation', () => {
    const md = '- one\n- two **b**\n  - nested\n- three\n\n3. third\n4. fourth\n\n* loose\n\n* list';
    expect(markdownToText(md)).toBe('• one\n• two b\n  • nested\n• three\n\n3. third\n4. fourth\n\n• loose\n• list');
  });

  it('keeps code blocks verbatim and inline code as its text', () => {
    const md = 'Run `npm **test**` now.\n\n```js\nconst a = 1; // # not a heading\n  indented();\n```\n\n    four-space code';
    expect(markdownToText(md)).toBe('Run npm **test** now.\n\nconst a = 1; // # not a heading\n  indented();\n\nfour-space code');
  });

  it('decodes character references', () => {
    expect(markdownToText('caf&eacute; &amp; &#169; &#x263A;')).toBe('café & © ☺');
  });

  it('turns images into their alt text and hard breaks into newlines', () => {
    expect(markdownToText('A ![striped horse](z.png) ran.  \nNext line\\\nthird')).toBe('A striped horse ran.\nNext line\nthird');
  });

  it('keeps the text of HTML blocks and inline HTML, never the tags', () => {
    const md = '<div class="x">\n<p>Hello <b>wor</b>ld &amp; more</p>\n<!-- hidden -->\n</div>\n\nInline <em>tag</em> and<br>break.';
    expect(markdownToText(md)).toBe('Hello world & more\n\nInline tag and\nbreak.');
  });

  it('leaves no heading hashes, double stars or link targets behind', () => {
    const md = '### Heading ###\n\n**Bold [link](http://t.example/path)** and ![alt](http://img.example/i.png)\n\nSetext\n======';
    const text = markdownToText(md);
    expect(text).toBe('Heading\n\nBold link and alt\n\nSetext');
    expect(text).not.toMatch(/\*\*|#|http/);
  });

  it('gives nothing for a document of syntax only', () => {
    expect(markdownToText('---\n\n[x]: http://a.example\n\n<!-- c -->')).toBe('');
  });

  describe('in pieces', () => {
    const doc = [
      '# Title',
      '',
      'Intro with a [reference link][ref] and **bold**.',
      '```',
      'code line one',
      '',
      'Not a paragraph: still code.',
      '```',
      '1. first',
      '',
      '2. second, loose',
      '',
      '   continued inside the item',
      '',
      '<!-- a comment',
      '',
      'still comment -->',
      '',
      'After the comment.',
      '',
      '> quote',
      '',
      'Closing [again][ref].',
      '',
      '[ref]: https://example.com/target',
    ].join('\n');

    it('cuts only where a block can start, never inside code or a comment', () => {
      const { chunks, definitions } = splitMarkdown(doc, 1);
      expect(definitions).toEqual(['[ref]: https://example.com/target']);
      // Not before "Not a paragraph" (in code), "2. second" (a list item), "   continued" (indented),
      // "still comment -->" (in a comment) or "> quote".
      expect(chunks.map((c) => c.split('\n')[0])).toEqual([
        '# Title',
        'Intro with a [reference link][ref] and **bold**.',
        'After the comment.',
        'Closing [again][ref].',
      ]);
      expect(chunks.join('\n')).toBe(doc);
    });

    it('gives the same text as parsing the whole, reference links included', () => {
      const whole = markdownToText(doc, Infinity);
      expect(whole).toBe(
        'Title\n\nIntro with a reference link and bold.\n\ncode line one\n\nNot a paragraph: still code.\n\n' +
          '1. first\n2. second, loose\n  continued inside the item\n\nAfter the comment.\n\nquote\n\nClosing again.',
      );
      expect(markdownToText(doc, 1)).toBe(whole);
      expect(markdownToText(doc, 40)).toBe(whole);
    });
  });
});
