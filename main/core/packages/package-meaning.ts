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
export function commentPackageProblem(
  db: Db,
  pkg: CommentPackage,
  sessionId: string,
  sameVersion: boolean,
  lookups: MeaningLookups = new MeaningLookups(db),
): MessageRef | null {
  lookups.refresh();
  for (const c of pkg.comments) {
    const problem = commentProblem(c, lookups, sameVersion, sessionId);
    if (problem) return msg('package.why.comment', { id: c.id, problem });
  }
  return null;
}

/**
 * The dossier facts the checks read (items, documents, blocks), remembered: a package of 200
 * comments names a few hundred blocks, and an import of 500 packages reads the same ones again and
 * again. One instance may serve a whole import on one connection: `refresh` forgets everything
 * when another connection has committed since (`PRAGMA data_version`), e.g. a dossier imported
 * meanwhile. The connection that holds it must not itself change the dossier.
 */
export class MeaningLookups {
  private readonly items = new Map<string, string | null>();
  private readonly documents = new Map<string, string | null>();
  private readonly blocks = new Map<string, BlockFacts | null>();
  private dataVersion: number | null = null;

  constructor(private readonly db: Db) {}

  refresh(): void {
    const version = this.db.pragma('data_version', { simple: true }) as number;
    if (version === this.dataVersion) return;
    this.dataVersion = version;
    this.items.clear();
    this.documents.clear();
    this.blocks.clear();
  }

  itemSession(id: string): string | null {
    if (!this.items.has(id)) this.items.set(id, readItemSession(this.db, id));
    return this.items.get(id)!;
  }

  documentItem(id: string): string | null {
    if (!this.documents.has(id)) this.documents.set(id, readDocumentItem(this.db, id));
    return this.documents.get(id)!;
  }

  block(id: string): BlockFacts | null {
    if (!this.blocks.has(id)) this.blocks.set(id, readBlockFacts(this.db, id));
    return this.blocks.get(id)!;
  }
}

function commentProblem(c: PackagedComment, look: MeaningLookups, sameVersion: boolean, sessionId: string): MessageRef | null {
  if (look.itemSession(c.itemId) !== sessionId) return msg('package.meaning.item_unknown', { item: c.itemId });
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
