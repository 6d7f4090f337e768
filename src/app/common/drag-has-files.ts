/**
 * True when a drag carries files, not text being dragged around the page. Takes React's and the
 * DOM's drag events alike.
 */
export function dragHasFiles(e: { dataTransfer: DataTransfer | null }): boolean {
  return Array.from(e.dataTransfer?.types ?? []).includes('Files');
}
