import { describe, expect, it } from 'vitest';
import { migrate, storedVersion, type StoredSchema } from './stored-schema';

interface Settings {
  theme: string;
  size: number;
}
const isSettings = (v: unknown): v is Settings =>
  typeof v === 'object' && v !== null && typeof (v as Settings).theme === 'string' && typeof (v as Settings).size === 'number';

// Version 1 held a bare theme name, version 2 added a size, version 3 renamed "colour" to "theme".
const SCHEMA: StoredSchema<Settings> = {
  version: 3,
  upgrade: {
    1: (v) => ({ colour: v, size: 12 }),
    2: (v) => {
      const { colour, ...rest } = v as { colour: unknown };
      return { ...rest, theme: colour };
    },
  },
  validate: isSettings,
};

describe('migrate', () => {
  it('upgrades each older version step by step to the current shape', () => {
    expect(migrate(SCHEMA, 1, 'dark')).toEqual({ theme: 'dark', size: 12 });
    expect(migrate(SCHEMA, 2, { colour: 'light', size: 14 })).toEqual({ theme: 'light', size: 14 });
    expect(migrate(SCHEMA, 3, { theme: 'dark', size: 10 })).toEqual({ theme: 'dark', size: 10 });
  });

  it('drops unknown versions, values that fail the check, and upgrades that throw', () => {
    expect(migrate(SCHEMA, 4, { theme: 'dark', size: 10 })).toBeUndefined(); // written by a newer app
    expect(migrate(SCHEMA, 0, 'dark')).toBeUndefined();
    expect(migrate(SCHEMA, '2', { colour: 'light', size: 14 })).toBeUndefined();
    expect(migrate(SCHEMA, 1.5, 'dark')).toBeUndefined();
    expect(migrate(SCHEMA, 3, { theme: 'dark' })).toBeUndefined();
    expect(migrate(SCHEMA, 2, null)).toBeUndefined(); // the upgrade from 2 cannot destructure null
    expect(migrate(SCHEMA, 1, 42)).toBeUndefined(); // upgraded, but the theme is not a string
  });

  it('drops a version that has no path up', () => {
    const gap: StoredSchema<Settings> = { ...SCHEMA, upgrade: { 2: SCHEMA.upgrade![2]! } };
    expect(migrate(gap, 1, 'dark')).toBeUndefined();
    expect(migrate(gap, 2, { colour: 'light', size: 14 })).toEqual({ theme: 'light', size: 14 });
  });
});

describe('storedVersion', () => {
  it('reads the version field, and counts a value without one as version 1', () => {
    expect(storedVersion({ version: 3, x: 1 })).toBe(3);
    expect(storedVersion({ x: 1 })).toBe(1);
    expect(storedVersion('text')).toBe(1);
    expect(storedVersion(null)).toBe(1);
    expect(storedVersion({ version: 'new' })).toBe('new');
  });
});
