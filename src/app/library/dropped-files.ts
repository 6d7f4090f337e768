import { documentKind } from '../document/document-file';

/**
 * The files of a drop, folders included (walked through the entries API, which is the only way a
 * page can read a dropped folder). Inside a folder, files of kinds the app does not open are left
 * out (a folder of reports often holds images too); files dropped one by one are all kept, so an
 * unsupported one gets its row saying why.
 */
export async function droppedFiles(data: DataTransfer): Promise<File[]> {
  const items = Array.from(data.items ?? []).filter((i) => i.kind === 'file');
  const roots = items.map((i) => i.webkitGetAsEntry?.() ?? null);
  if (roots.length === 0 || roots.some((e) => e === null)) return Array.from(data.files);
  const out: File[] = [];
  for (const entry of roots as FileSystemEntry[]) {
    if (entry.isFile) out.push(await fileOf(entry as FileSystemFileEntry));
    else await walk(entry as FileSystemDirectoryEntry, out);
  }
  return out;
}

/** Files chosen through a folder picker: only the kinds the app opens. */
export const folderFiles = (files: readonly File[]): File[] => files.filter((f) => documentKind(f) !== null);

const fileOf = (entry: FileSystemFileEntry) => new Promise<File>((resolve, reject) => entry.file(resolve, reject));

async function walk(dir: FileSystemDirectoryEntry, out: File[]): Promise<void> {
  const reader = dir.createReader();
  // readEntries returns the listing in chunks (100 at a time in Chromium) until an empty one.
  for (;;) {
    const chunk = await new Promise<FileSystemEntry[]>((resolve, reject) => reader.readEntries(resolve, reject));
    if (chunk.length === 0) return;
    for (const entry of chunk) {
      if (entry.isDirectory) await walk(entry as FileSystemDirectoryEntry, out);
      else {
        const file = await fileOf(entry as FileSystemFileEntry);
        if (documentKind(file) !== null) out.push(file);
      }
    }
  }
}
