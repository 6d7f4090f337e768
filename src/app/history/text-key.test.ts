import { describe, expect, it } from 'vitest';
import { textKey } from './text-key';

describe('textKey', () => {
  it('is stable for the same text and differs for small edits', () => {
    const text = 'The Normans were the people who gave their name to Normandy.';
    expect(textKey(text)).toBe(textKey(`${text}`));
    const keys = new Set([text, `${text} `, text.replace('Normandy', 'normandy'), text.slice(1), 'Ab', 'Ba', ''].map(textKey));
    expect(keys.size).toBe(7);
  });

  it('tells apart texts that differ only beyond the BMP or in order', () => {
    expect(textKey('a😀b')).not.toBe(textKey('a😁b'));
    expect(textKey('x'.repeat(1000) + 'y')).not.toBe(textKey('y' + 'x'.repeat(1000)));
  });

  it('has no collisions over many similar short texts', () => {
    const keys = new Set<string>();
    for (let i = 0; i < 20_000; i++) keys.add(textKey(`question ${i} about the text`));
    expect(keys.size).toBe(20_000);
  });
});
