// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { declaredDirection, directionMark, firstStrong } from './html-direction';
import { htmlToText } from './html-text';
import { pastedDocumentText } from './rich-paste';

const RLM = '\u200f';
const LRM = '\u200e';

describe('right-to-left HTML keeps its layout and direction', () => {
  it('lays out Arabic and Hebrew paragraphs, list items and table cells as the PDF path does, in logical order', () => {
    const html =
      '<h1>דוח רבעוני</h1><p>ذهب الطالب إلى المدرسة في الصباح الباكر.</p>' +
      '<ul><li>تفاح</li><li>إجاص</li></ul><ol><li>לשתול עוד תפוחים</li><li>למכור</li></ol>' +
      '<table><tr><th>פרי</th><th>מחיר</th></tr><tr><td>תפוחים</td><td>3 ₪</td></tr></table>';
    expect(htmlToText(html)).toBe(
      'דוח רבעוני\n\nذهب الطالب إلى المدرسة في الصباح الباكر.\n\n• تفاح\n• إجاص\n\n1. לשתול עוד תפוחים\n2. למכור\n\nפרי\tמחיר\nתפוחים\t3 ₪',
    );
  });

  it('adds no mark where the first letter already reads the declared way', () => {
    expect(htmlToText('<div dir="rtl"><p>שלום עולם IBM</p><p>2020 היה</p></div><p dir="ltr">English שלום</p>')).toBe(
      'שלום עולם IBM\n\n2020 היה\n\nEnglish שלום',
    );
  });

  it('puts an RLM before a right-to-left paragraph that starts with a Latin word, an LRM in the opposite case', () => {
    expect(htmlToText('<body dir="rtl"><p>IBM פתחה משרד</p><p>שלום</p></body>')).toBe(`${RLM}IBM פתחה משרד\n\nשלום`);
    expect(htmlToText('<p dir="ltr">עברית and English</p>')).toBe(`${LRM}עברית and English`);
    // The mark goes before the paragraph's first text, even when a number or an inline element leads.
    expect(htmlToText('<p dir="rtl"><b>12</b> IBM מחשבים</p>')).toBe(`${RLM}12 IBM מחשבים`);
  });

  it('marks list items and table rows the same way', () => {
    expect(htmlToText('<ul dir="rtl"><li>Linux מערכת</li><li>חלונות</li></ul>')).toBe(`${RLM}• Linux מערכת\n• חלונות`);
    expect(htmlToText('<table dir="rtl"><tr><td>IBM</td><td>120</td></tr><tr><td>תפוחים</td><td>3</td></tr></table>')).toBe(
      `${RLM}IBM\t120\nתפוחים\t3`,
    );
  });

  it('keeps the direction of pasted rich text too', () => {
    const data = new DataTransfer();
    data.setData('text/html', '<div dir="rtl"><p>Word כתב</p><ul><li>אחד</li></ul></div>');
    expect(pastedDocumentText(data)).toBe(`${RLM}Word כתב\n\n• אחד`);
  });

  it('reads the declared direction from the element or its ancestors, the first letter by UAX #9 P2', () => {
    const doc = new DOMParser().parseFromString('<div dir="RTL"><p id="a">x</p></div><p id="b">y</p>', 'text/html');
    expect(declaredDirection(doc.getElementById('a')!)).toBe('rtl');
    expect(declaredDirection(doc.getElementById('b')!)).toBeNull();
    expect([firstStrong('12 (שלום) abc'), firstStrong('... abc שלום'), firstStrong('123 !')]).toEqual(['rtl', 'ltr', null]);
    expect([directionMark(null, 'abc'), directionMark('rtl', '123'), directionMark('rtl', 'abc')]).toEqual(['', '', RLM]);
  });
});
