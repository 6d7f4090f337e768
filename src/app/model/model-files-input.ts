import type { LocalModelFile } from '../../shared/protocol';
import type { LocalSelection } from './model-settings';

/**
 * Turns picked or dropped files into {path, file} pairs with paths relative to the chosen folder's
 * parent, e.g. "my-model/onnx/model.onnx"; the engine strips the common folder name itself.
 */

/** From <input type=file webkitdirectory> (webkitRelativePath is set) or <input multiple>. */
export function selectionFromFileList(list: FileList | null): LocalSelection | null {
  if (!list || list.length === 0) return null;
  const files: LocalModelFile[] = Array.from(list, (file) => ({ path: file.webkitRelativePath || file.name, file }));
  return { name: selectionName(files), files };
}

/**
 * From a drop. DataTransfer items are only readable during the event, so the entries are taken
 * synchronously here and walked afterwards.
 */
export function entriesFromDrop(dt: DataTransfer): FileSystemEntry[] | File[] {
  const entries: FileSystemEntry[] = [];
  for (const item of Array.from(dt.items)) {
    if (item.kind !== 'file') continue;
    const entry = item.webkitGetAsEntry?.();
    if (entry) entries.push(entry);
  }
  // Browsers without the entries API still give plain files (folders can't be walked there).
  return entries.length > 0 ? entries : Array.from(dt.files);
}

export async function selectionFromDrop(dropped: FileSystemEntry[] | File[]): Promise<LocalSelection | null> {
  const files: LocalModelFile[] = [];
  for (const item of dropped) {
    if (item instanceof File) files.push({ path: item.name, file: item });
    else await walk(item, files);
  }
  if (files.length === 0) return null;
  return { name: selectionName(files), files };
}

async function walk(entry: FileSystemEntry, out: LocalModelFile[]): Promise<void> {
  if (entry.isFile) {
    const file = await new Promise<File>((resolve, reject) => (entry as FileSystemFileEntry).file(resolve, reject));
    // fullPath is "/my-model/onnx/model.onnx" relative to the drop root.
    out.push({ path: entry.fullPath.replace(/^\/+/, '') || file.name, file });
    return;
  }
  if (!entry.isDirectory) return;
  const reader = (entry as FileSystemDirectoryEntry).createReader();
  // readEntries returns at most ~100 entries per call; an empty batch means the end.
  for (;;) {
    const batch = await new Promise<FileSystemEntry[]>((resolve, reject) => reader.readEntries(resolve, reject));
    if (batch.length === 0) break;
    for (const child of batch) await walk(child, out);
  }
}

/** The folder's name when everything sits in one folder, else a count. */
function selectionName(files: readonly LocalModelFile[]): string {
  const roots = new Set(files.map((f) => (f.path.includes('/') ? f.path.split('/')[0] : '')));
  if (roots.size === 1 && !roots.has('')) return [...roots][0];
  return files.length === 1 ? files[0].path : `${files.length} files`;
}

/** What a model folder needs, for a checklist shown before loading. */
export function selectionChecklist(sel: LocalSelection): { config: boolean; tokenizer: boolean; onnx: number } {
  const base = (p: string) => p.slice(p.lastIndexOf('/') + 1);
  return {
    config: sel.files.some((f) => base(f.path) === 'config.json'),
    tokenizer: sel.files.some((f) => base(f.path) === 'tokenizer.json'),
    onnx: sel.files.filter((f) => f.path.endsWith('.onnx')).length,
  };
}
