/**
 * After a new version of a document arrives, finds each comment's passage again: where the quote
 * still stands at its offsets it stays; where it moved inside its block or to another block it
 * follows; where its block was edited, the offsets follow the word diff onto the new wording; where
 * it is gone the comment is kept as it is, shown with its quote. Never dropped.
 */
import { anchorIn, type Comment, type CommentAnchor } from '../../../shared/domain/comments';
import type { Block } from '../../../shared/domain/types';
import { mapOffset, type WordPart } from '../../../shared/text/version-diff';
import type { Db } from '../db/database';
import { listComments, saveCommentAnchor } from '../db/repos/comments';
import { readDocument } from '../db/repos/dossier';

export interface ReanchorResult {
  kept: number;
  moved: number;
  edited: number;
  orphaned: Comment[];
}

export const emptyReanchor = (): ReanchorResult => ({ kept: 0, moved: 0, edited: 0, orphaned: [] });

/** The anchor at its new place; any other field of the old anchor is kept. */
function anchorAt(block: Block, start: number, end: number, quote: string, a: CommentAnchor): CommentAnchor {
  return { ...a, ...anchorIn(block, start, end, quote) };
}

/** Where a comment's passage stands in the document now, and how it got there. */
function locate(
  blocks: readonly Block[],
  a: CommentAnchor,
  edits: ReadonlyMap<string, WordPart[]>,
): { anchor: CommentAnchor; how: 'kept' | 'moved' | 'edited' } | null {
  const same = blocks.find((b) => b.id === a.blockId);
  if (same) {
    if (same.text.slice(a.start, a.end) === a.quote) return { anchor: anchorAt(same, a.start, a.end, a.quote, a), how: 'kept' };
    const at = same.text.indexOf(a.quote);
    if (at >= 0) return { anchor: anchorAt(same, at, at + a.quote.length, a.quote, a), how: 'kept' };
    const words = edits.get(same.id);
    if (words) {
      const start = mapOffset(words, a.start);
      const end = Math.max(mapOffset(words, a.end), start);
      const quote = same.text.slice(start, end).trim();
      if (quote) {
        const s = same.text.indexOf(quote, start);
        return { anchor: anchorAt(same, s, s + quote.length, quote, a), how: 'edited' };
      }
    }
  }
  for (const block of blocks) {
    if (block === same) continue;
    const at = block.text.indexOf(a.quote);
    if (at >= 0) return { anchor: anchorAt(block, at, at + a.quote.length, a.quote, a), how: 'moved' };
  }
  return null;
}

/**
 * Re-anchors every comment on a document (deleted ones too: they travel as tombstones). `edits`
 * holds, for blocks that kept their id but changed their wording, the word diff old → new.
 */
export function reanchorDocumentComments(
  db: Db,
  sessionId: string,
  documentId: string,
  edits: ReadonlyMap<string, WordPart[]> = new Map(),
): ReanchorResult {
  const blocks = readDocument(db, documentId)?.blocks ?? [];
  const result = emptyReanchor();
  for (const comment of listComments(db, { sessionId, documentId, includeDeleted: true })) {
    if (!comment.anchor) continue;
    const found = locate(blocks, comment.anchor, edits);
    if (!found) {
      result.orphaned.push(comment);
      continue;
    }
    if (JSON.stringify(found.anchor) !== JSON.stringify(comment.anchor)) saveCommentAnchor(db, comment.id, found.anchor);
    result[found.how]++;
  }
  return result;
}
