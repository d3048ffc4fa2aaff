/**
 * Appends comments inserted since the index was made (a package import, issue 18) to main's
 * compilation index instead of building it again: the new rows (above the index's highest rowid)
 * are read in compiled order and merged into their passages; a passage that gains none keeps its
 * array (and what was summed of it). Only when no other write touched what the index reads: the
 * per-table counts (migration 014; a change to a comment is counted by its repo since 015) of every
 * table but the roster, the pinned keys and the imported packages (which change only the delegates'
 * statuses, made again here) must be as they were.
 */
import type { Db } from '../db/database';
import type { ChangeCounts } from '../db/repos/change-stamp';
import { readCompileKeys, type CompileKey } from '../db/repos/compile-rows';
import {
  countAuthors,
  delegatesOf,
  delegationsOf,
  documentKey,
  indexedComment,
  newIndexedDocument,
  passageKey,
  type CompileIndex,
  type IndexedComment,
  type IndexedDocument,
} from './compile-index';

/** Writes to these tables change only who has sent (delegateStatuses), not the comments' index. */
const DELEGATE_TABLES = new Set(['roster', 'pinned_keys', 'imported_packages']);

/** Only comments were inserted since `before` (and perhaps the delegates' tables written). */
export function canAppend(before: ChangeCounts, now: ChangeCounts): boolean {
  if (now.maxCommentRowid < before.maxCommentRowid) return false;
  const tables = new Set([...Object.keys(before.counts), ...Object.keys(now.counts)]);
  for (const table of tables) if (!DELEGATE_TABLES.has(table) && before.counts[table] !== now.counts[table]) return false;
  return true;
}

/** Orders the comments of one passage as readCompileKeys does after the block: anchor start (none first), time, id. */
function inPassageOrder(a: CompileKey, b: CompileKey): number {
  if (a.anchorStart !== b.anchorStart) {
    if (a.anchorStart === null) return -1;
    if (b.anchorStart === null) return 1;
    return a.anchorStart - b.anchorStart;
  }
  if (a.createdAt !== b.createdAt) return a.createdAt < b.createdAt ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Where documents go: by item, then document position (an item's own comments, no document, first). */
function documentOrder(a: IndexedDocument, b: IndexedDocument): number {
  return a.itemPosition! - b.itemPosition! || (a.documentPosition ?? -Infinity) - (b.documentPosition ?? -Infinity);
}

/** Inserts `value` before the first element `before` says it precedes. */
function insertSorted<T>(list: T[], value: T, precedes: (value: T, other: T) => boolean): void {
  const at = list.findIndex((other) => precedes(value, other));
  if (at < 0) list.push(value);
  else list.splice(at, 0, value);
}

function merge(old: readonly IndexedComment[], added: readonly IndexedComment[]): IndexedComment[] {
  const out: IndexedComment[] = [];
  let i = 0;
  let j = 0;
  while (i < old.length && j < added.length) out.push(inPassageOrder(added[j], old[i]) < 0 ? added[j++] : old[i++]);
  while (i < old.length) out.push(old[i++]);
  while (j < added.length) out.push(added[j++]);
  return out;
}

/**
 * A row whose place the index can compute as the full query would: its item, document and block
 * exist (a dangling reference orders as the SQL NULL does, which only a full build reproduces).
 */
export const placeable = (k: CompileKey): boolean =>
  k.itemPosition !== null &&
  (k.documentId === null || k.documentPosition !== null) &&
  (k.blockId === null || k.blockPosition !== null);

/**
 * The index with the comments inserted since it was made; null when they cannot be appended (one
 * is already indexed, or cannot be placed) and the index must be built again.
 */
export function appendComments(db: Db, old: CompileIndex, key: string, changes: ChangeCounts): CompileIndex | null {
  const rows = readCompileKeys(db, old.session.id, old.changes.maxCommentRowid);
  const seen = new Set<string>();
  for (const k of rows) {
    if (old.byId.has(k.id) || seen.has(k.id) || !placeable(k)) return null;
    seen.add(k.id);
  }
  const lists = [...old.lists];
  const added = new Map<number, IndexedComment[]>();
  const entries = old.entries.slice();
  for (const k of rows) {
    const docKey = documentKey(k);
    let doc = old.documentsByKey.get(docKey);
    if (!doc) {
      doc = newIndexedDocument(k);
      old.documentsByKey.set(docKey, doc);
      insertSorted(old.documents, doc, (a, b) => documentOrder(a, b) < 0);
    }
    const pKey = passageKey(k);
    let passage = old.passagesByKey.get(pKey);
    if (passage === undefined) {
      passage = old.passageBlocks.length;
      old.passageBlocks.push(k.blockId);
      old.passagePositions.push(k.blockPosition);
      old.passageVersions.push(0);
      lists.push([]);
      old.passagesByKey.set(pKey, passage);
      // By block position; the general comments last.
      const rank = (n: number): number => (old.passageBlocks[n] === null ? Infinity : old.passagePositions[n]!);
      insertSorted(doc.passages, passage, (a, b) => rank(a) < rank(b));
    }
    const entry = indexedComment(k, passage);
    old.byId.set(entry.id, entry);
    entries.push(entry);
    const list = added.get(passage);
    if (list) list.push(entry);
    else added.set(passage, [entry]);
  }
  // The rows of one passage come in its order already (the query sorts them so).
  for (const [passage, list] of added) lists[passage] = merge(lists[passage], list);
  const commentsPerAuthor = countAuthors(entries.slice(old.entries.length), new Map(old.commentsPerAuthor));
  const delegates = delegatesOf(db, old.session, commentsPerAuthor);
  return {
    ...old,
    key,
    entries,
    lists,
    commentsPerAuthor,
    delegates,
    delegations: delegationsOf(delegates),
    // The new rows' words are folded by the background fold, which goes on above the old highest rowid.
    foldedUpTo: old.foldedUpTo === null ? old.changes.maxCommentRowid : old.foldedUpTo,
    generation: old.generation + 1,
    changes,
  };
}
