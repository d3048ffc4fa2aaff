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
export function commentPackageProblem(db: Db, pkg: CommentPackage, sessionId: string, sameVersion: boolean): string | null {
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
    if (problem) return `góp ý ${c.id} ${problem}`;
  }
  return null;
}

interface Lookups {
  itemOk(id: string): boolean;
  documentItem(id: string): string | null;
  block(id: string): BlockFacts | null;
}

function commentProblem(c: PackagedComment, look: Lookups, sameVersion: boolean): string | null {
  if (!look.itemOk(c.itemId)) return `nói về nội dung "${c.itemId}" không có trong chương trình kỳ họp.`;
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
