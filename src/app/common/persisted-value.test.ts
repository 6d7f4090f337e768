import { describe, expect, it } from 'vitest';
import { decodePersisted, isString, type PersistedSchema } from './use-persisted-state';

const isPage = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 1;

describe('decodePersisted (a localStorage value)', () => {
  it('reads what the app saves today: { version: 2, value }', () => {
    expect(decodePersisted(JSON.stringify({ version: 2, value: 'Who led them?' }), isString)).toBe('Who led them?');
    expect(decodePersisted(JSON.stringify({ version: 2, value: 3 }), isPage)).toBe(3);
  });

  it('reads the bare values saved before versions (version 1), objects included', () => {
    expect(decodePersisted(JSON.stringify('Who led them?'), isString)).toBe('Who led them?');
    expect(decodePersisted('7', isPage)).toBe(7);
    const isSettings = (v: unknown): v is { hubId: string } => typeof (v as { hubId?: unknown })?.hubId === 'string';
    expect(decodePersisted(JSON.stringify({ hubId: 'a/b' }), isSettings)).toEqual({ hubId: 'a/b' });
  });

  it('drops values of an unknown version or the wrong shape', () => {
    expect(decodePersisted(JSON.stringify({ version: 3, value: 'from a newer app' }), isString)).toBeUndefined();
    expect(decodePersisted(JSON.stringify({ version: 'x', value: 'q' }), isString)).toBeUndefined();
    expect(decodePersisted(JSON.stringify({ version: 2, value: 0 }), isPage)).toBeUndefined();
    expect(decodePersisted(JSON.stringify(true), isString)).toBeUndefined();
    expect(() => decodePersisted('not json', isString)).toThrow(); // readPersisted falls back on it
  });

  it('upgrades through a key schema of its own', () => {
    // A key whose shape changed: version 3 keeps pages counted from 0.
    const schema: PersistedSchema<number> = {
      version: 3,
      upgrade: { 1: (v) => v, 2: (v) => (v as number) - 1 },
      validate: (v): v is number => Number.isInteger(v),
    };
    expect(decodePersisted('5', schema)).toBe(4);
    expect(decodePersisted(JSON.stringify({ version: 2, value: 5 }), schema)).toBe(4);
    expect(decodePersisted(JSON.stringify({ version: 3, value: 5 }), schema)).toBe(5);
  });
});
