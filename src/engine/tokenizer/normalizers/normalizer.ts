import type { Normalized } from '../normalized-string';

/** One normalizer step: a new Normalized from the old one (never mutated). */
export type NormalizerFn = (n: Normalized) => Normalized;
