/**
 * Comment packages: a delegate exports all their comments for the session (revisions and
 * tombstones included), signed; the secretariat imports any number of them, in any order, any
 * number of times, and ends in the same state. One package = one transaction.
 */
import {
  COMMENT_PACKAGE_FORMAT,
  commentPackageSchema,
  type CommentPackage,
  type PackagedComment,
} from '../../../shared/packages/format';
import type { Comment } from '../../../shared/domain/comments';
import type { Db } from '../db/database';
import { archiveCurrentState, getCommentVersions, listComments, writeCommentRow } from '../db/repos/comments';
import { currentSession } from '../db/repos/dossier';
import {
  getPinnedKey,
  isPackageImported,
  latestPackageTime,
  pinKey,
  readDossierVersion,
  recordImportedPackage,
} from '../db/repos/packages';
import type { Signer } from '../crypto/keys';
import { AppError } from '../errors';
import { requireIdentity } from '../identity';
import { openPackage, sealPackage } from './envelope';
import { commentPackageProblem, type MeaningLookups } from './package-meaning';
import { fingerprint } from '../crypto/fingerprint';
import { holdForNewKey, newKeyVerdict } from '../roles/held-packages';
import { msg, type MessageRef } from '../../../shared/messages/types';

export interface ImportCounts {
  added: number;
  updated: number;
  deleted: number;
}

type Author = { id: string; name: string; delegation: string };

export type ImportOutcome =
  | { status: 'imported'; counts: ImportCounts; author: Author }
  /** `older`: a package never imported, older than one already in (both export times). */
  | { status: 'unchanged'; author: Author; older?: { exportedAt: string; latestAt: string } }
  /** Signed by a new key for a known delegate: kept aside until the secretariat decides. */
  | { status: 'held'; author: Author; oldFingerprint: string; newFingerprint: string };

const toPackaged = (c: Comment): PackagedComment => ({
  id: c.id,
  itemId: c.itemId,
  documentId: c.documentId,
  anchor: c.anchor,
  stance: c.stance,
  text: c.text,
  proposedText: c.proposedText,
  revision: c.revision,
  createdAt: c.createdAt,
  updatedAt: c.updatedAt,
  deleted: c.deleted,
});

export function buildCommentPackage(
  db: Db,
  signer: Signer,
  now: string = new Date().toISOString(),
): { bytes: Buffer; content: CommentPackage } {
  const identity = requireIdentity(db);
  const session = currentSession(db);
  if (!session) throw new AppError('not_found', 'session.none');
  const comments = listComments(db, { sessionId: session.id, authorId: identity.authorId, includeDeleted: true });
  const content: CommentPackage = {
    sessionId: session.id,
    dossierVersion: readDossierVersion(db, session.id)?.version ?? 1,
    exportedAt: now,
    author: { id: identity.authorId, name: identity.name, delegation: identity.delegation },
    comments: comments.map(toPackaged),
  };
  return { bytes: sealPackage(COMMENT_PACKAGE_FORMAT, content, signer), content };
}

/** A comment package whose hash, signature and schema have been checked: plain data, cloneable to a worker. */
export interface VerifiedCommentPackage {
  fileName: string;
  sha256: string;
  publicKey: string;
  content: CommentPackage;
}

/** Opens and verifies a comment package (CPU only, no database). Throws AppError on rejection. */
export function verifyCommentPackage(data: Buffer, fileName: string): VerifiedCommentPackage {
  const opened = openPackage(data, fileName, COMMENT_PACKAGE_FORMAT, commentPackageSchema, 'package.kind.comments');
  return { fileName, sha256: opened.sha256, publicKey: opened.envelope.publicKey, content: opened.content };
}

/**
 * Applies a verified package in one transaction: pins the key, applies newer revisions and
 * tombstones. `lookups`: the dossier facts of the meaning checks, kept across the packages of one
 * import (package-meaning.ts).
 */
export function applyCommentPackage(
  db: Db,
  verified: VerifiedCommentPackage,
  now: string = new Date().toISOString(),
  lookups?: MeaningLookups,
): ImportOutcome {
  const { fileName, content: pkg } = verified;
  const reject = (why: MessageRef): never => {
    throw new AppError('invalid_input', 'package.rejected', { file: fileName, why });
  };
  return db.transaction((): ImportOutcome => {
    const session = currentSession(db);
    if (!session || session.id !== pkg.sessionId) {
      return reject(msg('package.why.other_session', { session: pkg.sessionId }));
    }
    const author = pkg.author;
    const pinned = getPinnedKey(db, author.id);
    if (pinned && pinned.publicKey !== verified.publicKey) {
      const verdict = newKeyVerdict(db, author.id, verified.publicKey);
      if (verdict === 'hold') {
        holdForNewKey(db, verified, now);
        return {
          status: 'held',
          author,
          oldFingerprint: fingerprint(pinned.publicKey),
          newFingerprint: fingerprint(verified.publicKey),
        };
      }
      if (verdict !== 'accept') {
        return reject(
          msg('package.why.refused_key', {
            fingerprint: fingerprint(verified.publicKey),
            date: verdict.decidedAt.slice(0, 10),
            reason: verdict.reason,
            name: pinned.name,
          }),
        );
      }
    }
    if (isPackageImported(db, verified.sha256)) return { status: 'unchanged', author };
    const sameVersion = (readDossierVersion(db, session.id)?.version ?? 1) === pkg.dossierVersion;
    const nonsense = commentPackageProblem(db, pkg, session.id, sameVersion, lookups);
    if (nonsense) return reject(nonsense);
    if (!pinned)
      pinKey(db, { authorId: author.id, publicKey: verified.publicKey, name: author.name, delegation: author.delegation }, now);
    const latestAt = latestPackageTime(db, pkg.sessionId, author.id);
    const counts: ImportCounts = { added: 0, updated: 0, deleted: 0 };
    // A comment may change author only when the same installation signs for both (a delegate who
    // typed their name first and picked it from the roster later): never another delegate's.
    const sameInstallation = (authorId: string): boolean => getPinnedKey(db, authorId)?.publicKey === verified.publicKey;
    // Comment ids are unique within a package (the schema refuses duplicates): read them all at once.
    const stored = getCommentVersions(
      db,
      pkg.comments.map((c) => c.id),
    );
    for (const incoming of pkg.comments) {
      const existing = stored.get(incoming.id);
      if (existing && existing.authorId !== author.id && !sameInstallation(existing.authorId)) {
        return reject(msg('package.why.other_author', { id: incoming.id }));
      }
      if (existing && existing.revision >= incoming.revision) continue;
      if (existing) archiveCurrentState(db, incoming.id);
      writeCommentRow(db, { ...incoming, sessionId: pkg.sessionId, author }, existing ? 'any' : 'new');
      if (incoming.deleted && !existing?.deleted) counts.deleted++;
      else if (!existing) counts.added++;
      else counts.updated++;
    }
    recordImportedPackage(
      db,
      { sha256: verified.sha256, kind: 'comments', sessionId: pkg.sessionId, authorId: author.id, exportedAt: pkg.exportedAt },
      now,
    );
    if (counts.added + counts.updated + counts.deleted === 0) {
      const older = latestAt && latestAt > pkg.exportedAt ? { exportedAt: pkg.exportedAt, latestAt } : undefined;
      return { status: 'unchanged', author, older };
    }
    return { status: 'imported', counts, author };
  })();
}

/** Verifies and applies one comment package in one transaction. Throws AppError on rejection. */
export function importCommentPackage(
  db: Db,
  data: Buffer,
  fileName: string,
  now: string = new Date().toISOString(),
): ImportOutcome {
  return applyCommentPackage(db, verifyCommentPackage(data, fileName), now);
}
