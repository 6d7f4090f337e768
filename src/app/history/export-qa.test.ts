import { describe, expect, it } from 'vitest';
import type { QaResult } from '../../shared/answers';
import { qaAnswer, qaResult } from '../../../test/helpers/qa-result';
import { toEntry, type AnsweredBy } from './history-entry';
import { answerClipboardText, csvField, exportFileName, toCsv, toJson, type ExportDocument } from './export-qa';
import { textKey } from './text-key';

/** A strict RFC 4180 reader, written apart from the builder, to check what a spreadsheet would see. */
function parseCsv(csv: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  while (i < csv.length) {
    if (csv[i] === '"') {
      i++;
      for (;;) {
        if (csv[i] === '"' && csv[i + 1] === '"') ((field += '"'), (i += 2));
        else if (csv[i] === '"') break;
        else if (i >= csv.length) throw new Error('unterminated quote');
        else field += csv[i++];
      }
      i++;
    } else if (csv[i] === ',') (row.push(field), (field = ''), i++);
    else if (csv.startsWith('\r\n', i)) (row.push(field), rows.push(row), (row = []), (field = ''), (i += 2));
    else if (csv[i] === '"' || csv[i] === '\n' || csv[i] === '\r') throw new Error(`bare ${JSON.stringify(csv[i])} at ${i}`);
    else field += csv[i++];
  }
  if (field || row.length) throw new Error('last record not terminated by CRLF');
  return rows;
}

const TEXT = 'He said "yes, later", then left.\nZébra — 東京 ran, far. Nothing else.';
const at = (s: string) => ({ start: TEXT.indexOf(s), end: TEXT.indexOf(s) + s.length });
const answer = (s: string, share: number) => qaAnswer(s, TEXT.indexOf(s), share, { score: 0.5 });
const result = (answers: QaResult['answers'], noAnswer = false): QaResult =>
  qaResult(answers, { noAnswer, nullShare: noAnswer ? 0.9 : null, windowsDone: 2, windowsTotal: 3 });
const MODEL: AnsweredBy = {
  source: 'Xenova/distilbert-base-cased-distilled-squad@main',
  modelType: 'distilbert',
  weights: 'onnx/model_quantized.onnx',
  dtype: 'q8',
  backend: 'wasm',
};
const OTHER: AnsweredBy = {
  source: 'https://example.org/m, "v2"/',
  modelType: 'bert',
  weights: 'onnx/model.onnx',
  dtype: 'fp32',
  backend: 'webgpu',
};
const VERSION = '1.2.3';
const ENTRIES = [
  toEntry(
    'What did he say, "exactly"?',
    TEXT,
    result([answer('"yes, later"', 0.71234), answer('left', 0.2)]),
    Date.UTC(2026, 0, 2, 3, 4, 5),
    MODEL,
  ),
  // Asked before the model was recorded with each entry: the export says it does not know.
  toEntry('Who ran?', TEXT, result([{ ...answer('Zébra — 東京', 0.6), alternatives: [answer('東京', 0.1)] }]), Date.UTC(2026, 0, 2)),
  toEntry('Why?', TEXT, result([], true), Date.UTC(2026, 0, 3), OTHER),
];
const MODEL_COLUMNS = ['model', 'model_type', 'weights', 'dtype', 'backend', 'app_version'];
const DOC: ExportDocument = { title: 'notes, "draft".txt', kind: 'text', characters: TEXT.length, textKey: textKey(TEXT) };

describe('csvField', () => {
  it('quotes only what needs it, doubling quotes', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('cr\r')).toBe('"cr\r"');
    expect(csvField(null)).toBe('');
    expect(csvField(0.5)).toBe('0.5');
  });
});

describe('toCsv', () => {
  const rows = parseCsv(toCsv(ENTRIES, VERSION));

  it('has a header and one row per answer, or one empty row for no answer', () => {
    expect(rows[0]).toEqual([...'asked_at question rank answer confidence score start end context no_answer'.split(' '), ...MODEL_COLUMNS]);
    expect(rows).toHaveLength(1 + 2 + 1 + 1);
    expect(rows.every((r) => r.length === rows[0].length)).toBe(true);
  });

  it('round-trips commas, quotes, newlines and non-ASCII text', () => {
    expect(rows[1]).toEqual([
      '2026-01-02T03:04:05.000Z',
      'What did he say, "exactly"?',
      '1',
      '"yes, later"',
      '0.7123',
      '0.5',
      String(at('"yes, later"').start),
      String(at('"yes, later"').end),
      'He said "yes, later", then left.',
      'false',
      'Xenova/distilbert-base-cased-distilled-squad@main',
      'distilbert',
      'onnx/model_quantized.onnx',
      'q8',
      'wasm',
      VERSION,
    ]);
    expect(rows[3].slice(1, 4)).toEqual(['Who ran?', '1', 'Zébra — 東京']);
    expect(rows[3][8]).toBe('Zébra — 東京 ran, far.');
    expect(rows[4]).toEqual([
      '2026-01-03T00:00:00.000Z',
      'Why?',
      '',
      '',
      '',
      '',
      '',
      '',
      '',
      'true',
      'https://example.org/m, "v2"/',
      'bert',
      'onnx/model.onnx',
      'fp32',
      'webgpu',
      VERSION,
    ]);
  });

  it('names the model on every row of its entry, and leaves it empty where it was not recorded', () => {
    const byQuestion = (q: string) => rows.filter((r) => r[1] === q).map((r) => r.slice(10));
    expect(byQuestion('What did he say, "exactly"?')).toEqual([
      ['Xenova/distilbert-base-cased-distilled-squad@main', 'distilbert', 'onnx/model_quantized.onnx', 'q8', 'wasm', VERSION],
      ['Xenova/distilbert-base-cased-distilled-squad@main', 'distilbert', 'onnx/model_quantized.onnx', 'q8', 'wasm', VERSION],
    ]);
    expect(byQuestion('Who ran?')).toEqual([['', '', '', '', '', VERSION]]);
  });

  it('quotes a context spanning a line break', () => {
    const e = toEntry('Q', TEXT, result([answer('left.\nZébra', 0.5)]), 0);
    expect(parseCsv(toCsv([e], VERSION))[1][3]).toBe('left.\nZébra');
  });

  it('is just the header for an empty history', () => {
    expect(parseCsv(toCsv([], VERSION))).toHaveLength(1);
  });
});

describe('toJson', () => {
  it('names the document and keeps every entry with its alternatives', () => {
    const json = JSON.parse(toJson(DOC, ENTRIES, new Date(Date.UTC(2026, 1, 1)), VERSION));
    expect(json).toMatchObject({
      version: 1,
      exportedAt: '2026-02-01T00:00:00.000Z',
      app: { version: VERSION },
      document: { title: DOC.title, characters: TEXT.length },
    });
    expect(json.entries).toHaveLength(3);
    expect(json.entries[0]).toMatchObject({ question: 'What did he say, "exactly"?', textChanged: false, passagesRead: 2, passages: 3 });
    expect(json.entries[0].answers[0]).toMatchObject({ rank: 1, text: '"yes, later"', confidence: 0.7123, ...at('"yes, later"') });
    expect(json.entries[1].answers[0].alternatives).toEqual([{ text: '東京', confidence: 0.1, ...at('東京') }]);
    expect(json.entries[2]).toMatchObject({ noAnswer: true, noAnswerConfidence: 0.9, answers: [] });
  });

  it('names the model, weights and backend of each entry (null where not recorded)', () => {
    const json = JSON.parse(toJson(DOC, ENTRIES, new Date(0), VERSION));
    expect(json.entries.map((e: { model: unknown }) => e.model)).toEqual([MODEL, null, OTHER]);
  });

  it('flags entries asked about an earlier version of the text', () => {
    const json = JSON.parse(toJson({ ...DOC, textKey: textKey(`${TEXT}!`) }, ENTRIES, new Date(0), VERSION));
    expect(json.entries.every((e: { textChanged: boolean }) => e.textChanged)).toBe(true);
  });
});

describe('exportFileName', () => {
  it('keeps a safe stem and the date', () => {
    const d = new Date(Date.UTC(2026, 4, 6));
    expect(exportFileName('notes, "draft".txt', 'csv', d)).toBe('notes-draft-questions-2026-05-06.csv');
    expect(exportFileName('Résumé.pdf', 'json', d)).toBe('Resume-questions-2026-05-06.json');
    expect(exportFileName('', 'json', d)).toBe('document-questions-2026-05-06.json');
  });
});

describe('answerClipboardText', () => {
  it('puts the question, answer, sentence and source on their own lines', () => {
    expect(answerClipboardText('Who ran?', 'Zébra', '60%', 'Zébra ran, far.', 'notes.txt')).toBe(
      'Q: Who ran?\nA: Zébra (60%)\n“Zébra ran, far.”\n— notes.txt',
    );
    expect(answerClipboardText('Q', 'A', '1%', '', '')).toBe('Q: Q\nA: A (1%)');
  });
});
