/**
 * The shape a store keeps, by version, so a copy written by an older app is upgraded and one it
 * cannot read (damaged, or written by a newer app) is dropped instead of crashing the page.
 * A copy without a version is version 1: what the app stored before it wrote versions.
 */
export interface StoredSchema<T> {
  /** The version written today. */
  version: number;
  /** upgrade[n] turns a version-n value into a version n+1 one; a version without a path up is dropped. */
  upgrade?: Readonly<Partial<Record<number, (value: unknown) => unknown>>>;
  /** The check of the upgraded value: what fails it is dropped. */
  validate: (value: unknown) => value is T;
}

/** A stored value's version, read from its `version` field; none means version 1. */
export function storedVersion(value: unknown): unknown {
  const version = typeof value === 'object' && value !== null ? (value as { version?: unknown }).version : undefined;
  return version === undefined ? 1 : version;
}

/** The value a store holds at `version`, upgraded to today's shape, or undefined when it must be dropped. */
export function migrate<T>(schema: StoredSchema<T>, version: unknown, value: unknown): T | undefined {
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1 || version > schema.version) return undefined;
  let current = value;
  try {
    for (let v = version; v < schema.version; v++) {
      const step = schema.upgrade?.[v];
      if (!step) return undefined;
      current = step(current);
    }
  } catch {
    return undefined; // An upgrade that cannot make sense of a damaged copy: dropped, like any other.
  }
  return schema.validate(current) ? current : undefined;
}
