import { describe, expect, it } from 'vitest';
import { gridRecord, toCsv, toJson } from './grid-export';

const answer = {
  text: 'say "hi",\nthen',
  start: 3,
  end: 17,
  score: 0.5,
  share: 0.81234,
  startLogit: 1,
  endLogit: 1,
  tokenStart: 0,
  tokenEnd: 2,
};

describe('grid export', () => {
  it('writes RFC 4180 CSV: a header, CRLF records, quoted fields with doubled quotes, empty fields for no answer', () => {
    const csv = toCsv([gridRecord('Who, then?', 'a.pdf', { answer, page: 2 }), gridRecord('Why?', 'b.txt', { answer: null, page: null })]);
    expect(csv).toBe(
      'question,document,page,start,end,answer,confidence\r\n' +
        '"Who, then?",a.pdf,2,3,17,"say ""hi"",\nthen",0.8123\r\n' +
        'Why?,b.txt,,,,,\r\n',
    );
  });

  it('writes the same records as JSON, nulls for no answer', () => {
    const records = JSON.parse(toJson([gridRecord('Why?', 'b.txt', { answer: null, page: null })]));
    expect(records).toEqual([{ question: 'Why?', document: 'b.txt', page: null, start: null, end: null, answer: null, confidence: null }]);
  });
});
