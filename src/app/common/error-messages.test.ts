import { describe, expect, it } from 'vitest';
import { QaError } from '../../shared/errors';
import { describeError } from './error-messages';

describe('describeError', () => {
  it('says the open document stays after a failed open in the viewer, not in a library row', () => {
    const damaged = new QaError('DOCUMENT_DAMAGED', 'report.pdf is damaged.');
    expect(describeError(damaged).hint).toMatch(/Your current document is unchanged\.$/);
    expect(describeError(damaged, undefined, 'library').hint).not.toMatch(/current document/);
    expect(describeError(damaged, undefined, 'library').hint).toMatch(/Open another copy/);
  });

  it('words other errors alike wherever they show', () => {
    const full = new QaError('STORAGE_FULL', 'No room.');
    expect(describeError(full, undefined, 'library')).toEqual(describeError(full));
  });
});
