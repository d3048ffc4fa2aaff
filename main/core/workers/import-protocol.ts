/** Messages between the main thread and the two comment-import workers, and between the workers. */
import type { PackageFileResult } from '../../../shared/domain/packages';
import type { VerifiedCommentPackage } from '../packages/comment-package';

/** Main → verifier: the files of one import. */
export interface VerifyJob {
  job: number;
  files: Array<{ name: string; data: Uint8Array }>;
}

/** Verifier → writer, one per file, in file order. */
export type VerifiedFile =
  { job: number; index: number; verified: VerifiedCommentPackage } | { job: number; index: number; rejected: PackageFileResult };

/** Main → writer: where to write one import, sent once the backup before it is taken. */
export interface WriteJob {
  job: number;
  dbFile: string;
  nativeBinding?: string;
  total: number;
}

export interface ImportProgress {
  done: number;
  total: number;
  result: PackageFileResult;
}

/** Writer → main. */
export type WriterMessage =
  | { job: number; type: 'progress'; progress: ImportProgress }
  | { job: number; type: 'done'; result: PackageFileResult[] }
  | { job: number; type: 'error'; message: string };
