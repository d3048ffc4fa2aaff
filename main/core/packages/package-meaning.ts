/**
 * Meaning, not only form: a comment package signed by the right key can still say nonsense (an
 * anchor on a block that does not exist, start after end, "dòng 99999–1", an item of another
 * session). The schema checks each field alone (shared/packages/format.ts); this checks the
 * comments against the dossier the secretariat holds, before anything is written.
 */
import { msg, type MessageRef } from '../../../shared/messages/types';
import type { CommentPackage, PackagedComment } from '../../../shared/packages/format';
import type { Db } from '../db/database';
import { readBlockFacts, readDocumentItem, readItemSession, type BlockFacts } from '../db/repos/package-checks';

/**
 * What is wrong with the package's comments, as a message, or null. Items and documents are
 * checked always (their ids do not change between versions); anchors only when the package was made
 * against the dossier version held here (`sameVersion`): then they must fit their block exactly.
 * Another version's anchors may name blocks changed since; the re-anchoring deals with those.
 */
export function commentPackageProblem(db: Db, pkg: CommentPackage, sessionId: string, sameVersion: boolean): MessageRef | null {
  const items = new Map<string, boolean>();
  const documents = new Map<string, string | null>();
  const blocks = new Map<string, BlockFacts | null>();
  const itemOk = (id: string): boolean => {
    if (!items.has(id)) items.set(id, readItemSession(db, id) === sessionId);
    return items.get(id)!;
  };
  const documentItem = (id: string): string | null => {
    if (!documents.has(id)) documents.set(id, readDocumentItem(db, id));
    return documents.get(id)!;
  };
  const block = (id: string): BlockFacts | null => {
    if (!blocks.has(id)) blocks.set(id, readBlockFacts(db, id));
    return blocks.get(id)!;
  };
  for (const c of pkg.comments) {
    const problem = commentProblem(c, { itemOk, documentItem, block }, sameVersion);
    if (problem) return msg('package.why.comment', { id: c.id, problem });
  }
  return null;
}

interface Lookups {
  itemOk(id: string): boolean;
  documentItem(id: string): string | null;
  block(id: string): BlockFacts | null;
}

function commentProblem(c: PackagedComment, look: Lookups, sameVersion: boolean): MessageRef | null {
  if (!look.itemOk(c.itemId)) return msg('package.meaning.item_unknown', { item: c.itemId });
  if (c.documentId !== null && look.documentItem(c.documentId) !== c.itemId)
    return msg('package.meaning.document_not_in_item', { document: c.documentId, item: c.itemId });
  const a = c.anchor;
  if (!a) return null;
  if (c.documentId === null) return msg('package.meaning.anchor_without_document');
  // Made against another version: its block may be gone here, the re-anchoring deals with it.
  if (!sameVersion || c.deleted) return null;
  const b = look.block(a.blockId);
  if (!b || b.documentId !== c.documentId) return msg('package.meaning.block_unknown', { block: a.blockId });
  if (a.end > b.text.length) return msg('package.meaning.past_block_end', { end: a.end, length: b.text.length });
  const last = b.lineStart + b.lineCount - 1;
  if (a.lineFirst < b.lineStart || a.lineLast > last)
    return msg('package.meaning.lines_outside', {
      first: a.lineFirst,
      last: a.lineLast,
      blockFirst: b.lineStart,
      blockLast: last,
    });
  return null;
}
