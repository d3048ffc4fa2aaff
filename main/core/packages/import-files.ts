/** Imports many package files, each on its own and each in its own transaction: a per-file result. */
import type { PackageFileResult } from '../../../shared/domain/packages';
import type { Db } from '../db/database';
import { fingerprint } from '../crypto/fingerprint';
import { AppError } from '../errors';
import { formatMessage } from '../../../shared/messages/format';
import { msg } from '../../../shared/messages/types';
import { clockAndDay } from '../../../shared/text/local-time';
import { applyCommentPackage, type ImportOutcome, type VerifiedCommentPackage, verifyCommentPackage } from './comment-package';
import { CommitGroups, DEFAULT_GROUP_MS, type GroupedResult } from './commit-groups';
import { MeaningLookups } from './package-meaning';

/** "17:05 ngày 04/12/2019" / "17:05 on 04/12/2019" in the councils' time zone. */
const at = (iso: string) => msg('time.at', clockAndDay(iso));

export interface PackageFile {
  name: string;
  data: Buffer;
}

function toResult(fileName: string, run: () => ImportOutcome, signer: () => string | null): PackageFileResult {
  try {
    const outcome = run();
    const key = signer();
    const print = key ? { fingerprint: fingerprint(key) } : {};
    if (outcome.status === 'unchanged') {
      const reason = outcome.older
        ? msg('package.older', { exported: at(outcome.older.exportedAt), latest: at(outcome.older.latestAt) })
        : null;
      const message = reason ? formatMessage('vi', reason.key, reason.params) : null;
      return { fileName, status: 'unchanged', author: outcome.author.name, counts: null, message, reason, ...print };
    }
    if (outcome.status === 'held') {
      const reason = msg('package.held_new_key', { old: outcome.oldFingerprint, new: outcome.newFingerprint });
      const message = formatMessage('vi', reason.key, reason.params);
      return { fileName, status: 'held', author: outcome.author.name, counts: null, message, reason, ...print };
    }
    return { fileName, status: 'imported', author: outcome.author.name, counts: outcome.counts, message: null, ...print };
  } catch (error) {
    const key = signer();
    return { ...rejectedResult(fileName, error), ...(key ? { fingerprint: fingerprint(key) } : {}) };
  }
}

export function rejectedResult(fileName: string, error: unknown): PackageFileResult {
  const reason =
    error instanceof AppError ? error.ref : msg('package.unexpected', { file: fileName, detail: (error as Error).message });
  return {
    fileName,
    status: 'rejected',
    author: null,
    counts: null,
    message: error instanceof AppError ? error.message : formatMessage('vi', reason.key, reason.params),
    reason,
  };
}

export function importCommentFile(db: Db, file: PackageFile, lookups?: MeaningLookups): PackageFileResult {
  let key: string | null = null;
  return toResult(
    file.name,
    () => {
      const verified = verifyCommentPackage(file.data, file.name);
      key = verified.publicKey;
      return applyCommentPackage(db, verified, undefined, lookups);
    },
    () => key,
  );
}

/** Applies a package that another thread has already verified (`lookups`: see applyCommentPackage). */
export function applyVerifiedFile(db: Db, verified: VerifiedCommentPackage, lookups?: MeaningLookups): PackageFileResult {
  return toResult(
    verified.fileName,
    () => applyCommentPackage(db, verified, undefined, lookups),
    () => verified.publicKey,
  );
}

/**
 * The worker's import on the calling thread, verifying and writing in turn, committed in groups
 * like the worker does; `onCommitted` hears each group once it is on disk.
 */
export function importCommentFilesInline(
  db: Db,
  files: PackageFile[],
  onCommitted: (results: GroupedResult[]) => void = () => {},
  maxMs = DEFAULT_GROUP_MS,
): PackageFileResult[] {
  const results: PackageFileResult[] = [];
  const groups = new CommitGroups(
    db,
    (committed) => {
      for (const { index, result } of committed) results[index] = result;
      onCommitted(committed);
    },
    maxMs,
  );
  const lookups = new MeaningLookups(db);
  files.forEach((file, index) => groups.apply(index, () => importCommentFile(db, file, lookups)));
  groups.commit();
  return results;
}
