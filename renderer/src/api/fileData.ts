/**
 * Files the secretariat picks or drops, read for the API: the name, the bytes as base64 (in slices,
 * giving the page a turn between them so a 20 MB file never freezes the window), and the checks
 * that can be made before anything is sent.
 */
import type { CHANNELS } from '../../../shared/ipc/channels';
import type { InputOf } from '../../../shared/ipc/contract';

/** A file as every upload channel takes it (the contract's `packageFile`). */
export type FilePayload = InputOf<typeof CHANNELS.documentsPreviewImport>['file'];

export const DOCUMENT_EXTENSIONS = ['.docx', '.doc', '.pdf', '.txt', '.md'] as const;
export const DOCUMENT_ACCEPT = DOCUMENT_EXTENSIONS.join(',');
export const MAX_DOCUMENT_BYTES = 20 * 1024 * 1024;
export const MAX_CSV_BYTES = 2 * 1024 * 1024;

/** A multiple of 3, so the base64 of consecutive slices can simply be joined. */
const SLICE_BYTES = 3 * 64 * 1024;
const CHAR_CODES_PER_CALL = 0x2000;

const pause = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

function toBinary(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += CHAR_CODES_PER_CALL) {
    binary += String.fromCharCode(...bytes.subarray(i, i + CHAR_CODES_PER_CALL));
  }
  return binary;
}

export async function readFilePayload(file: File): Promise<FilePayload> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  const parts: string[] = [];
  for (let offset = 0; offset < bytes.length; offset += SLICE_BYTES) {
    parts.push(btoa(toBinary(bytes.subarray(offset, offset + SLICE_BYTES))));
    if (offset > 0 && offset % (32 * SLICE_BYTES) === 0) await pause();
  }
  return { name: file.name, dataBase64: parts.join('') };
}

export function hasExtension(name: string, extensions: readonly string[]): boolean {
  const lower = name.toLowerCase();
  return extensions.some((ext) => lower.endsWith(ext));
}

/** The files of a drop (files only: folders are not walked here). */
export function droppedFiles(data: DataTransfer | null): File[] {
  return data ? Array.from(data.files) : [];
}

export function isFileDrag(data: DataTransfer | null): boolean {
  return Boolean(data && Array.from(data.types).includes('Files'));
}
