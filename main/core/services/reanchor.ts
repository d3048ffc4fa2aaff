/**
 * After a new version of a document arrives, finds each comment's passage again: where the quote
 * still stands at its offsets it stays; where it moved it follows (same block first, then any block
 * of the document); where it is gone the comment is kept as it is, shown with its quote.
 */
import type { Comment } from '../../../shared/domain/comments';
import { lineIndexesOf } from '../../../shared/text/lines';
import type { Db } from '../db/database';
import { listComments, saveCommentAnchor } from '../db/repos/comments';
import { readDocument } from '../db/repos/dossier';

export interface ReanchorResult {
  kept: number;
  moved: number;
  orphaned: Comment[];
}

export function reanchorDocumentComments(db: Db, sessionId: string, documentId: string): ReanchorResult {
  const doc = readDocument(db, documentId);
  const result: ReanchorResult = { kept: 0, moved: 0, orphaned: [] };
  const comments = listComments(db, { sessionId, documentId, includeDeleted: true }).filter((c) => c.anchor);
  for (const comment of comments) {
    const a = comment.anchor!;
    const same = doc?.blocks.find((b) => b.id === a.blockId);
    const candidates = doc ? [...(same ? [same] : []), ...doc.blocks.filter((b) => b !== same)] : [];
    let placed = false;
    for (const block of candidates) {
      const start = block === same && block.text.slice(a.start, a.end) === a.quote ? a.start : block.text.indexOf(a.quote);
      if (start < 0) continue;
      const end = start + a.quote.length;
      const [first, last] = lineIndexesOf(block.text, start, end);
      const next = {
        ...a,
        blockId: block.id,
        start,
        end,
        path: block.path,
        lineFirst: block.lineStart + first,
        lineLast: block.lineStart + last,
      };
      const unchanged = JSON.stringify(next) === JSON.stringify(a);
      if (!unchanged) saveCommentAnchor(db, comment.id, next);
      if (unchanged || block === same) result.kept++;
      else result.moved++;
      placed = true;
      break;
    }
    if (!placed) result.orphaned.push(comment);
  }
  return result;
}
