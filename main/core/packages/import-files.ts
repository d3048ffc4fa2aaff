/** Imports many package files, each on its own and each in its own transaction: a per-file result. */
import type { PackageFileResult } from '../../../shared/domain/packages';
import type { Db } from '../db/database';
import { AppError } from '../errors';
import { importCommentPackage } from './comment-package';

export interface PackageFile {
  name: string;
  data: Buffer;
}

export function importCommentFile(db: Db, file: PackageFile): PackageFileResult {
  try {
    const outcome = importCommentPackage(db, file.data, file.name);
    if (outcome.status === 'unchanged')
      return { fileName: file.name, status: 'unchanged', author: outcome.author.name, counts: null, message: null };
    return { fileName: file.name, status: 'imported', author: outcome.author.name, counts: outcome.counts, message: null };
  } catch (error) {
    const message =
      error instanceof AppError
        ? error.message
        : `Tệp "${file.name}" bị từ chối: lỗi không mong muốn (${(error as Error).message}).`;
    return { fileName: file.name, status: 'rejected', author: null, counts: null, message };
  }
}
