/**
 * Meaning, not only form: a comment package signed by the right key can still say nonsense (an
 * anchor on a block that does not exist, start after end, "dòng 99999–1", an item of another
 * session). The schema checks each field alone (shared/packages/format.ts); this checks the
 * comments against the dossier the secretariat holds, before anything is written.
 */
import type { CommentPackage, PackagedComment } from '../../../shared/packages/format';
import type { Db } from '../db/database';
import { readBlockFacts, readDocumentItem, readItemSession, type BlockFacts } from '../db/repos/package-checks';

/**
 * What is wrong with the package's comments, in Vietnamese, or null. Items and documents are
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
): string | null {
  lookups.refresh();
  for (const c of pkg.comments) {
    const problem = commentProblem(c, lookups, sameVersion, sessionId);
    if (problem) return `góp ý ${c.id} ${problem}`;
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

function commentProblem(c: PackagedComment, look: MeaningLookups, sameVersion: boolean, sessionId: string): string | null {
  if (look.itemSession(c.itemId) !== sessionId) return `nói về nội dung "${c.itemId}" không có trong chương trình kỳ họp.`;
  if (c.documentId !== null && look.documentItem(c.documentId) !== c.itemId)
    return `nói về tài liệu "${c.documentId}" không có trong nội dung "${c.itemId}".`;
  const a = c.anchor;
  if (!a) return null;
  if (c.documentId === null) return 'có đoạn trích nhưng không nói thuộc tài liệu nào.';
  // Made against another version: its block may be gone here, the re-anchoring deals with it.
  if (!sameVersion || c.deleted) return null;
  const b = look.block(a.blockId);
  if (!b || b.documentId !== c.documentId) return `trích một đoạn văn ("${a.blockId}") không có trong tài liệu.`;
  if (a.end > b.text.length) return `trích vượt quá cuối đoạn văn (ký tự ${a.end}, đoạn dài ${b.text.length}).`;
  const last = b.lineStart + b.lineCount - 1;
  if (a.lineFirst < b.lineStart || a.lineLast > last)
    return `ghi dòng ${a.lineFirst}–${a.lineLast}, ngoài các dòng ${b.lineStart}–${last} của đoạn văn được trích.`;
  return null;
}
