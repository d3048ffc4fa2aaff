/**
 * Package files from what the user gave: a multi-file picker, a folder picker (webkitdirectory) or
 * a drop of files and folders (walked with webkitGetAsEntry). Only files with the wanted extension
 * are kept; the others are counted so the screen can say how many were left out.
 */

export interface Collected {
  files: File[];
  /** Files that were not of the wanted kind (e.g. a .docx in a dropped folder). */
  skipped: number;
}

const byName = (a: File, b: File): number => a.name.localeCompare(b.name, 'vi', { numeric: true });

export function keepExtension(files: Iterable<File>, extension: string): Collected {
  const wanted = extension.toLowerCase();
  const all = Array.from(files);
  const kept = all.filter((f) => f.name.toLowerCase().endsWith(wanted)).sort(byName);
  return { files: kept, skipped: all.length - kept.length };
}

function readAllEntries(directory: FileSystemDirectoryEntry): Promise<FileSystemEntry[]> {
  const reader = directory.createReader();
  const entries: FileSystemEntry[] = [];
  return new Promise((resolve, reject) => {
    // readEntries returns a page at a time (100 in Chromium) until it returns an empty page.
    const next = () =>
      reader.readEntries((page) => {
        if (page.length === 0) resolve(entries);
        else {
          entries.push(...page);
          next();
        }
      }, reject);
    next();
  });
}

const entryFile = (entry: FileSystemFileEntry): Promise<File> => new Promise((resolve, reject) => entry.file(resolve, reject));

async function walk(entry: FileSystemEntry, out: File[]): Promise<void> {
  if (entry.isFile) out.push(await entryFile(entry as FileSystemFileEntry));
  else if (entry.isDirectory) {
    for (const child of await readAllEntries(entry as FileSystemDirectoryEntry)) await walk(child, out);
  }
}

/**
 * Every file in a drop, folders walked. Must be called during the drop event: the browser empties
 * the DataTransfer once the event handler returns, so the entries are taken synchronously first.
 */
export function filesFromDrop(transfer: DataTransfer): Promise<File[]> {
  const items = Array.from(transfer.items).filter((item) => item.kind === 'file');
  const entries = items.map((item) => item.webkitGetAsEntry?.() ?? null);
  if (entries.length === 0 || entries.some((e) => e === null)) return Promise.resolve(Array.from(transfer.files));
  return (async () => {
    const files: File[] = [];
    for (const entry of entries) await walk(entry!, files);
    return files;
  })();
}
