/** Export to files and import from files, for every door: packages go where the door says. */
import { fileStamp } from '../../../shared/text/local-time';
import { msg } from '../../../shared/messages/types';
import type { DossierImportResult, PackageFileResult, SavedFile } from '../../../shared/domain/packages';
import { COMMENT_PACKAGE_EXT, DOSSIER_PACKAGE_EXT } from '../../../shared/packages/format';
import type { CoreContext } from '../context';
import { loadSigner } from '../crypto/keys';
import { dossierSigner } from '../crypto/office-key';
import { currentSession } from '../db/repos/dossier';
import { readSessionPublisher } from '../db/repos/office';
import { backupBeforeImport } from '../db/backup';
import { assertWritable } from '../db/health';
import { AppError } from '../errors';
import { fileSlug, writeFileAtomic, type SaveFilter } from '../files';
import { buildCommentPackage } from '../packages/comment-package';
import { buildDossierPackage, importDossierPackage } from '../packages/dossier-package';
import type { PackageFile } from '../packages/import-files';
import type { ImportProgress } from '../workers/comment-import';
import { basename } from 'node:path';

/** Local time (the screen's clock), not UTC. */
const stamp = (iso: string): string => fileStamp(iso);

async function save(ctx: CoreContext, suggested: string, filter: SaveFilter, bytes: Buffer): Promise<SavedFile> {
  const path = await ctx.files.chooseSavePath(suggested, filter);
  if (!path) throw new AppError('cancelled', 'file.save_cancelled');
  writeFileAtomic(path, bytes);
  return { path, fileName: basename(path), bytes: bytes.length };
}

export async function exportComments(ctx: CoreContext): Promise<SavedFile> {
  const { bytes, content } = buildCommentPackage(ctx.db, loadSigner(ctx.db, ctx.secrets));
  const name = `gop-y_${fileSlug(content.sessionId)}_${fileSlug(content.author.name)}_${stamp(content.exportedAt)}${COMMENT_PACKAGE_EXT}`;
  return save(ctx, name, { name: msg('file_kind.comment_package'), extensions: [COMMENT_PACKAGE_EXT.slice(1)] }, bytes);
}

export async function exportDossier(ctx: CoreContext): Promise<SavedFile> {
  const session = currentSession(ctx.db);
  if (!session) throw new AppError('not_found', 'session.none');
  const signer = dossierSigner(ctx.db, ctx.secrets, readSessionPublisher(ctx.db, session.id).publisherKey);
  const { bytes, content } = buildDossierPackage(ctx.db, signer);
  const name = `ho-so_${fileSlug(content.session.id)}_v${content.dossierVersion}${DOSSIER_PACKAGE_EXT}`;
  return save(ctx, name, { name: msg('file_kind.dossier'), extensions: [DOSSIER_PACKAGE_EXT.slice(1)] }, bytes);
}

/**
 * Imports comment packages in worker threads, so the main process keeps answering the window. The
 * files are checked while the backup is taken; writing starts once it is done.
 */
export function importCommentFiles(
  ctx: CoreContext,
  files: PackageFile[],
  onProgress?: (p: ImportProgress) => void,
): Promise<PackageFileResult[]> {
  // The import workers write through connections of their own: refuse here, before they start.
  assertWritable(ctx.db);
  const backup = backupBeforeImport(ctx.db, ctx.dataDir);
  return ctx.imports.run({ dbFile: ctx.dbFile, nativeBinding: ctx.nativeBinding, files }, { onProgress, writeAfter: backup });
}

export async function importDossierFile(
  ctx: CoreContext,
  file: PackageFile,
  trustFingerprint?: string,
): Promise<DossierImportResult> {
  assertWritable(ctx.db);
  await backupBeforeImport(ctx.db, ctx.dataDir);
  const outcome = importDossierPackage(ctx.db, file.data, file.name, undefined, { trustFingerprint });
  if (outcome.status === 'unchanged') {
    return {
      fileName: file.name,
      status: 'unchanged',
      sessionId: outcome.sessionId,
      version: outcome.version,
      orphanedComments: 0,
      movedComments: 0,
      answersReceived: 0,
    };
  }
  return {
    fileName: file.name,
    status: 'imported',
    sessionId: outcome.sessionId,
    version: outcome.version,
    orphanedComments: outcome.reanchor.orphaned.length,
    movedComments: outcome.reanchor.moved,
    answersReceived: outcome.answers,
    wordingsTaken: outcome.wordingsTaken,
  };
}
