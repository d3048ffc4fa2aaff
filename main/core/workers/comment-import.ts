/**
 * Imports comment packages off the main thread with two workers started side by side and joined by
 * a message channel: package-verify-worker checks each file (gunzip, hash, signature, schema) and
 * hands it on; package-worker writes what it is handed. On two cores the checks of the next
 * package run while the previous one is written, and neither start-up waits for the other.
 */
import { MessageChannel, type TransferListItem, type Worker } from 'node:worker_threads';
import type { PackageFileResult } from '../../../shared/domain/packages';
import type { PackageFile } from '../packages/import-files';
import { settleWorker, startWorker } from './run';

export interface ImportProgress {
  done: number;
  total: number;
  result: PackageFileResult;
}

export interface CommentImportInput {
  dbFile: string;
  nativeBinding?: string;
  files: PackageFile[];
}

/** Starts a worker entry; the benchmark passes one that loads the bundled files. */
export type SpawnWorker = (entry: string, workerData: unknown, transferList: TransferListItem[]) => Worker;

export const VERIFY_WORKER = 'package-verify-worker';
export const WRITE_WORKER = 'package-worker';

export interface CommentImportOptions {
  onProgress?: (progress: ImportProgress) => void;
  spawn?: SpawnWorker;
  /** The writer starts once this settles (the backup before an import); the checks start at once. */
  writeAfter?: Promise<unknown>;
}

export function runCommentImport(
  input: CommentImportInput,
  { onProgress, spawn = startWorker, writeAfter = Promise.resolve() }: CommentImportOptions = {},
): Promise<PackageFileResult[]> {
  const { port1, port2 } = new MessageChannel();
  const files = input.files.map((f) => ({ name: f.name, data: new Uint8Array(f.data) }));
  const verifier = spawn(VERIFY_WORKER, { files, port: port1 }, [port1]);
  let writer: Worker | null = null;
  const verifierFailed = new Promise<never>((_, reject) => {
    verifier.on('error', (error) => {
      // The writer rolls back its open group when it is stopped: nothing unreported stays written.
      void writer?.terminate();
      reject(error);
    });
  });
  const written = writeAfter.then(
    () => {
      const data = { dbFile: input.dbFile, nativeBinding: input.nativeBinding, total: files.length, port: port2 };
      writer = spawn(WRITE_WORKER, data, [port2]);
      return settleWorker<ImportProgress, PackageFileResult[]>(writer, WRITE_WORKER, onProgress);
    },
    (error: unknown) => {
      void verifier.terminate();
      throw error;
    },
  );
  return Promise.race([written, verifierFailed]);
}
