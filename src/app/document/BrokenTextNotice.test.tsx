import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { PdfLayout } from '../../shared/documents';
import { BrokenTextNotice } from './BrokenTextNotice';

const layout = (broken: number[], ocrPages: number[] = []): PdfLayout => ({
  pageCount: 4,
  pageStarts: [0, 0, 0, 0],
  runs: [],
  brokenTextPages: broken,
  ...(ocrPages.length ? { ocr: { words: [], pages: ocrPages, languages: 'eng' } } : {}),
});

describe('BrokenTextNotice', () => {
  it('names the broken page and recognises it on the button', () => {
    const onRecognise = vi.fn();
    render(<BrokenTextNotice layout={layout([2])} busy={false} onRecognise={onRecognise} />);
    expect(screen.getByTestId('broken-text-notice').textContent).toContain("Page 2's text looks broken");
    fireEvent.click(screen.getByRole('button', { name: 'Recognise it instead (OCR)' }));
    expect(onRecognise).toHaveBeenCalledTimes(1);
  });

  it('lists several pages, leaving out those already recognised', () => {
    render(<BrokenTextNotice layout={layout([1, 2, 4], [1])} busy={false} onRecognise={() => {}} />);
    expect(screen.getByTestId('broken-text-notice').textContent).toContain('The text of pages 2, 4 looks broken');
    expect(screen.getByRole('button', { name: 'Recognise them instead (OCR)' })).toBeTruthy();
  });

  it('shows nothing once every broken page is recognised, or after Dismiss', () => {
    const { rerender } = render(<BrokenTextNotice layout={layout([1], [1])} busy={false} onRecognise={() => {}} />);
    expect(screen.queryByTestId('broken-text-notice')).toBeNull();
    rerender(<BrokenTextNotice layout={layout([3])} busy={false} onRecognise={() => {}} />);
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss: keep the text as it is' }));
    expect(screen.queryByTestId('broken-text-notice')).toBeNull();
  });

  it('waits while a file is opening', () => {
    render(<BrokenTextNotice layout={layout([1])} busy onRecognise={() => {}} />);
    expect((screen.getByRole('button', { name: 'Recognise it instead (OCR)' }) as HTMLButtonElement).disabled).toBe(true);
  });
});
