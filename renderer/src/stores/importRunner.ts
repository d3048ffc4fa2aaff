/**
 * Sends comment package files to main in as few calls as the request size allows (usually one):
 * each file's outcome comes back pushed (`import:progress`) as main writes it, so the progress bar
 * moves within the call. Files main would refuse as a whole request (too big, name too long) are
 * refused here, per file; the user can stop between calls. Main keeps all-or-nothing per file.
 */
import type { PackageFileResult } from '../../../shared/domain/packages';
import type { Envelope } from '../../../shared/ipc/envelope';
import { base64Length, fileToBase64, yieldToPage } from '../api/base64';
import { FILES_PER_BATCH, MAX_BATCH_BASE64, MAX_FILE_NAME, MAX_PACKAGE_BYTES } from './limits';

export interface UploadFile {
  name: string;
  dataBase64: string;
}

export interface RunnerMessages {
  tooLarge(fileName: string): string;
  nameTooLong(fileName: string): string;
  unreadable(fileName: string): string;
}

export interface RunnerOptions {
  send(files: UploadFile[]): Promise<Envelope<PackageFileResult[]>>;
  messages: RunnerMessages;
  /** Called with all results so far, as each file's outcome arrives. */
  onProgress(results: PackageFileResult[]): void;
  /** Main's pushed outcome of each file while a call runs; returns the function that stops listening. */
  listen?(onResult: (result: PackageFileResult) => void): () => void;
  isCancelled(): boolean;
}

const refused = (fileName: string, message: string): PackageFileResult => ({
  fileName,
  status: 'rejected',
  author: null,
  counts: null,
  message,
});

/** Groups files into batches of at most FILES_PER_BATCH files and MAX_BATCH_BASE64 characters. */
export function planBatches(files: readonly File[]): File[][] {
  const batches: File[][] = [];
  let current: File[] = [];
  let size = 0;
  for (const file of files) {
    const length = base64Length(file.size);
    if (current.length > 0 && (current.length >= FILES_PER_BATCH || size + length > MAX_BATCH_BASE64)) {
      batches.push(current);
      current = [];
      size = 0;
    }
    current.push(file);
    size += length;
  }
  if (current.length > 0) batches.push(current);
  return batches;
}

/** Imports `files`; resolves with one result per file handled (fewer when cancelled). */
export async function runCommentImport(files: readonly File[], options: RunnerOptions): Promise<PackageFileResult[]> {
  const { messages } = options;
  const results: PackageFileResult[] = [];
  const sendable: File[] = [];
  const early = new Map<File, PackageFileResult>();
  for (const file of files) {
    if (file.size > MAX_PACKAGE_BYTES) early.set(file, refused(file.name, messages.tooLarge(file.name)));
    else if (file.name.length > MAX_FILE_NAME) early.set(file, refused(file.name, messages.nameTooLong(file.name)));
    else sendable.push(file);
  }
  results.push(...early.values());
  if (results.length > 0) options.onProgress([...results]);

  for (const batch of planBatches(sendable)) {
    if (options.isCancelled()) break;
    const uploads: UploadFile[] = [];
    const unreadable: PackageFileResult[] = [];
    for (const file of batch) {
      try {
        uploads.push({ name: file.name, dataBase64: await fileToBase64(file) });
      } catch {
        unreadable.push(refused(file.name, messages.unreadable(file.name)));
      }
      await yieldToPage();
    }
    if (uploads.length > 0) {
      const names = new Set(uploads.map((u) => u.name));
      const streamed: PackageFileResult[] = [];
      const stop = options.listen?.((result) => {
        if (!names.has(result.fileName)) return;
        streamed.push(result);
        options.onProgress([...results, ...streamed]);
      });
      const reply = await options.send(uploads).finally(() => stop?.());
      if (reply.ok) results.push(...reply.value);
      else results.push(...uploads.map((u) => refused(u.name, reply.error.message)));
    }
    results.push(...unreadable);
    options.onProgress([...results]);
  }
  return results;
}
