import { describe, expect, it } from 'vitest';
import { decodeStoredDocument, isStoredDocument, parseLegacyDocument } from './document-store';

describe('parseLegacyDocument (the localStorage copy of earlier versions)', () => {
  it('turns the saved text into a plain-text document', () => {
    expect(parseLegacyDocument(JSON.stringify('Some notes.'))).toEqual({ doc: { kind: 'text', name: 'Pasted text', text: 'Some notes.' } });
  });

  it('ignores nothing, empty text, other JSON and garbage', () => {
    expect(parseLegacyDocument(null)).toBeNull();
    expect(parseLegacyDocument(JSON.stringify(''))).toBeNull();
    expect(parseLegacyDocument('{"text": 1}')).toBeNull();
    expect(parseLegacyDocument('not json')).toBeNull();
  });
});

describe('isStoredDocument', () => {
  const layout = { pageCount: 2, pageStarts: [0, 6], runs: [{ start: 0, end: 5, page: 1, item: 0, itemStart: 0 }] };

  it('accepts documents of every kind, with a PDF layout and file', () => {
    expect(isStoredDocument({ doc: { kind: 'text', name: 'Pasted text', text: 'Hi' } })).toBe(true);
    expect(isStoredDocument({ doc: { kind: 'docx', name: 'a.docx', text: 'Hi' } })).toBe(true);
    expect(isStoredDocument({ doc: { kind: 'pdf', name: 'a.pdf', text: 'Hello world', pdf: layout }, file: new Blob(['%PDF-']) })).toBe(
      true,
    );
  });

  it('rejects what an older version or a damaged entry could hold', () => {
    expect(isStoredDocument(null)).toBe(false);
    expect(isStoredDocument('text')).toBe(false);
    expect(isStoredDocument({ doc: { kind: 'epub', name: 'a', text: 'x' } })).toBe(false);
    expect(isStoredDocument({ doc: { kind: 'text', text: 'x' } })).toBe(false);
    expect(isStoredDocument({ doc: { kind: 'text', name: 'a', text: 'x' }, file: 'not a blob' })).toBe(false);
    // A layout pointing past the text would highlight the wrong characters.
    expect(isStoredDocument({ doc: { kind: 'pdf', name: 'a.pdf', text: 'Hi', pdf: layout } })).toBe(false);
    expect(isStoredDocument({ doc: { kind: 'pdf', name: 'a.pdf', text: 'Hello world', pdf: { ...layout, pageStarts: [0] } } })).toBe(false);
  });
});

describe('decodeStoredDocument (the IndexedDB record)', () => {
  const doc = { kind: 'text', name: 'Pasted text', text: 'Hi' } as const;

  it('reads records with a version and those saved before versions (version 1), without the version field', () => {
    expect(decodeStoredDocument({ version: 1, doc })).toEqual({ doc });
    expect(decodeStoredDocument({ doc })).toEqual({ doc });
    const file = new Blob(['%PDF-']);
    const pdf = { kind: 'pdf', name: 'a.pdf', text: 'Hello world', pdf: { pageCount: 1, pageStarts: [0], runs: [] } } as const;
    expect(decodeStoredDocument({ version: 1, doc: pdf, file })?.file).toBe(file);
  });

  it('drops records of an unknown version or shape', () => {
    expect(decodeStoredDocument({ version: 2, doc })).toBeNull(); // written by a newer app
    expect(decodeStoredDocument({ version: 'x', doc })).toBeNull();
    expect(decodeStoredDocument({ version: 1, doc: { ...doc, kind: 'epub' } })).toBeNull();
    expect(decodeStoredDocument(undefined)).toBeNull();
    expect(decodeStoredDocument('Hi')).toBeNull();
  });
});
