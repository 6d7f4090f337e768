import { useEffect } from 'react';
import { dragHasFiles } from '../common/drag-has-files';

/**
 * A file dropped outside the drop zones would make the browser open it in place of the app,
 * throwing away the document and any loaded model. Files dropped there are ignored instead.
 */
export function usePreventFileNavigation(): void {
  useEffect(() => {
    const block = (e: DragEvent) => {
      if (e.defaultPrevented || !dragHasFiles(e)) return;
      e.preventDefault();
      if (e.type === 'dragover' && e.dataTransfer) e.dataTransfer.dropEffect = 'none';
    };
    window.addEventListener('dragover', block);
    window.addEventListener('drop', block);
    return () => {
      window.removeEventListener('dragover', block);
      window.removeEventListener('drop', block);
    };
  }, []);
}
