import { describe, expect, it } from 'vitest';
import { questionsFromFile } from './question-file';

describe('questionsFromFile', () => {
  it('reads one question per line from text, dropping blanks and repeats', () => {
    expect(questionsFromFile('q.txt', 'Who?\r\n\n  What   now? \nWho?\n')).toEqual(['Who?', 'What now?']);
  });

  it('reads the "question" column of a CSV, quoted commas, quotes and line breaks included', () => {
    const csv = 'id,Question\n1,"Who signed it, and when?"\n2,"The ""final"" date?"\n3,"Two\nlines?"\n';
    expect(questionsFromFile('grid.csv', csv)).toEqual(['Who signed it, and when?', 'The "final" date?', 'Two lines?']);
  });

  it('reads the first column of a CSV without a question header', () => {
    expect(questionsFromFile('q.csv', '\uFEFFWho?,x\nWhere?,y')).toEqual(['Who?', 'Where?']);
  });

  it('reads JSON arrays, {questions}, objects with a question, and SQuAD files', () => {
    expect(questionsFromFile('q.json', '["Who?", {"question": "Where?"}]')).toEqual(['Who?', 'Where?']);
    expect(questionsFromFile('q.json', '{"questions": ["When?"]}')).toEqual(['When?']);
    const squad = { version: 'v2.0', data: [{ paragraphs: [{ context: 'c', qas: [{ id: '1', question: 'Why?', answers: [] }] }] }] };
    expect(questionsFromFile('dev.json', JSON.stringify(squad))).toEqual(['Why?']);
  });

  it('says why a file has no questions', () => {
    expect(() => questionsFromFile('q.json', '{oops')).toThrow(/not valid JSON/);
    expect(() => questionsFromFile('q.json', '{"a": 1}')).toThrow(/no list of questions/);
    expect(() => questionsFromFile('q.txt', '\n \n')).toThrow(/No questions were found/);
  });
});
