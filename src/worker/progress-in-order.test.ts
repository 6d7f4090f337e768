import { describe, expect, it } from 'vitest';
import { progressInOrder } from './progress-in-order';

describe('progressInOrder', () => {
  it('returns the result only once the last report has been handled', async () => {
    const log: string[] = [];
    // Like a comlink proxy: the page handles the call later, and replies when it has.
    const onProgress = (p: number) => new Promise<void>((done) => setTimeout(() => (log.push(`progress ${p}`), done()), 20));
    const progress = progressInOrder(onProgress);
    const result = await progress.after(
      (async () => {
        progress.report(1);
        progress.report(2);
        return 'result';
      })(),
    );
    log.push(result);
    expect(log).toEqual(['progress 1', 'progress 2', 'result']);
  });

  it('passes a failure through after the reports, and a listener that fails never fails the work', async () => {
    const progress = progressInOrder<number>(() => Promise.reject(new Error('page gone')));
    progress.report(1);
    await expect(progress.after(Promise.resolve(7))).resolves.toBe(7);
    const throwing = progressInOrder<number>(() => {
      throw new Error('sync');
    });
    throwing.report(1);
    await expect(throwing.after(Promise.reject(new Error('work failed')))).rejects.toThrow('work failed');
  });
});
