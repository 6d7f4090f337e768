/** Saves JSON through a temporary object URL (revoked afterwards, so the Blob can be freed). */
export function downloadJson(fileName: string, value: unknown): void {
  const url = URL.createObjectURL(new Blob([JSON.stringify(value, null, 2)], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  // Revoking at once can cancel the download in some browsers; later is safe and still frees it.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
