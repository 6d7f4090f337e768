/**
 * Saves text as a file through the browser's download (Blob + a[download]): no server, no network.
 * The object URL is released a little later: revoking it at once can cancel the download in some browsers.
 */
export function downloadFile(name: string, type: string, content: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
