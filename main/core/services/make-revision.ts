/**
 * Makes a document's revised version (dự thảo chỉnh lý) from its pending accepted changes, in one
 * transaction, by the same mechanism as a new version from Word: the version is replaced (number
 * + 1, so it travels in the next dossier package like any version), edited blocks keep their ids
 * and every comment is re-anchored through the word diff of its block, none dropped. Refused while
 * a conflict or a change that no longer applies remains.
 */
import { createHash } from 'node:crypto';
import type { MakeRevisionResult } from '../../../shared/domain/revisions';
import type { Block } from '../../../shared/domain/types';
import { numberLines } from '../../../shared/text/lines';
import { wordDiff, type WordPart } from '../../../shared/text/version-diff';
import type { Db } from '../db/database';
import { replaceDocumentVersion } from '../db/repos/dossier';
import { markApplied } from '../db/repos/revisions';
import { AppError } from '../errors';
import { reanchorDocumentComments } from '../anchors/reanchor';
import { pendingRevision, requireRevisionDocument } from './revisions';

export const REVISION_SOURCE_SUFFIX = ' (dự thảo chỉnh lý)';

export function makeRevision(db: Db, documentId: string): MakeRevisionResult {
  return db.transaction(() => {
    const doc = requireRevisionDocument(db, documentId);
    const { changes, result } = pendingRevision(db, doc);
    if (result.conflicts.length > 0)
      throw new AppError('conflict', 'revision.conflicts_remain', { count: result.conflicts.length });
    if (result.stale.length > 0) throw new AppError('conflict', 'revision.stale_remain', { count: result.stale.length });
    if (result.applied.length === 0) throw new AppError('invalid_input', 'revision.nothing_accepted');

    // Block kind, level, label and path are kept; line numbers follow the new wording.
    const original = new Map(doc.blocks.map((b) => [b.id, b]));
    const numbered = numberLines(result.blocks.map((b) => b.text));
    const blocks: Block[] = result.blocks.map((r, position) => ({
      ...original.get(r.id)!,
      position,
      text: r.text,
      cells: r.cells,
      lineStart: numbered[position].lineStart,
      lineCount: numbered[position].lines.length,
    }));
    const edits = new Map<string, WordPart[]>();
    for (const id of result.changedBlockIds) {
      const after = blocks.find((b) => b.id === id)!;
      edits.set(id, wordDiff(original.get(id)!.text, after.text));
    }
    const sha = createHash('sha256');
    for (const b of blocks) sha.update(`${b.text}\n`);
    const { summary } = doc;
    const version = replaceDocumentVersion(db, documentId, blocks, {
      kind: summary.kind,
      issuer: summary.issuer,
      numberSymbol: summary.numberSymbol,
      date: summary.date,
      place: summary.place,
      title: summary.title,
      sourceName: `${summary.title}${REVISION_SOURCE_SUFFIX}`,
      sourceSha256: sha.digest('hex'),
    });
    const applied = new Set(result.applied);
    markApplied(
      db,
      changes.filter((c) => applied.has(c.id)),
      version,
    );
    const r = reanchorDocumentComments(db, doc.sessionId, documentId, edits);
    return {
      documentId,
      version,
      applied: applied.size,
      changedBlocks: result.changedBlockIds.length,
      removedBlocks: result.removedBlockIds.length,
      kept: r.kept,
      moved: r.moved,
      edited: r.edited,
      orphaned: r.orphaned.filter((c) => !c.deleted).length,
    };
  })();
}
