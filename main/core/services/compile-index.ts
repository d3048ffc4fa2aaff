/**
 * The compilation's index, kept in main between requests: every live comment of the current
 * session with the few fields the filters look at (read by one lean query), grouped by document and
 * passage in compiled order, the answer state, and, filled in slices after the index is built, the
 * word index (compile-words.ts). Shared by every filter and window, so a filter over 100,000
 * comments is a pass over arrays. What a write changes (db/repos/change-stamp.ts: temp triggers on
 * this connection, `PRAGMA data_version` for others, and the per-table counts of migration 014):
 * comments appended (a package import, by the worker's connection or this one) are merged into the
 * index (compile-index-append.ts); an answer written here patches it in place; a draft save or a
 * note leaves it; any other write to a table it reads makes the next request build it again.
 */
import type { DelegateStatus } from '../../../shared/domain/compile';
import type { SessionInfo } from '../../../shared/domain/types';
import type { Db } from '../db/database';
import { changeStamp, readChangeCounts, type ChangeCounts } from '../db/repos/change-stamp';
import { readAnswersByIds, readCompileKeys, type CompileKey } from '../db/repos/compile-rows';
import { currentSession, readAgenda, readDocument } from '../db/repos/dossier';
import { AppError } from '../errors';
import { delegateStatuses } from './compile';
import { appendComments, canAppend, placeable } from './compile-index-append';
import { foldInBackground, keepWords, type WordHolder } from './compile-words';

export { foldWords } from './compile-words';

export type AnswerState = 'answered' | 'unanswered' | 'revised';

export interface IndexedComment extends CompileKey {
  state: AnswerState;
  /** The proposed wording as compared for "trái chiều" (NFC, spaces collapsed). */
  wording: string;
  /** The comment's passage (an index into the passage arrays below). */
  passage: number;
  /** Its place in compiled order, set when the filters' lists are made (compile-postings.ts). */
  pos: number;
}

/** A document (or an agenda item, for comments on the item) and its passages in compiled order. */
export interface IndexedDocument {
  documentId: string | null;
  itemId: string;
  /** Numbers of its passages, the general comments ("Ý kiến chung") last. */
  passages: number[];
  /** What orders the documents: the item's position, then the document's (the item's own comments first). */
  itemPosition: number | null;
  documentPosition: number | null;
}

export interface CompileIndex {
  key: string;
  session: SessionInfo;
  /** Every live comment, in no particular order (compiled order is `documents` → `lists`). */
  entries: IndexedComment[];
  documents: IndexedDocument[];
  /** Per passage number: its block (null for general comments), the block's position, its comments in compiled order. */
  passageBlocks: Array<string | null>;
  passagePositions: Array<number | null>;
  /** A passage keeps its array while no comment joins it (what was summed of it stays valid). */
  lists: IndexedComment[][];
  /** Per passage: increases when an answer changes one of its comments' state. */
  passageVersions: number[];
  /** Documents by `documentKey`, passages by `passageKey`. */
  documentsByKey: Map<string, IndexedDocument>;
  passagesByKey: Map<string, number>;
  byId: Map<string, IndexedComment>;
  itemTitles: Map<string, string>;
  docTitles: Map<string, string>;
  /** Live comments per author (what the delegates' statuses count). */
  commentsPerAuthor: Map<string, number>;
  delegates: DelegateStatus[];
  delegations: string[];
  blockText(documentId: string, blockId: string): string | null;
  /**
   * Each whitespace-free run of the folded words, and the comments holding it, filled as the words
   * are folded: a query word (no spaces) occurs in a comment only inside one such run. Held through
   * one holder per comment (compile-words.ts), so a full build can keep the words folded before it.
   */
  tokens: Map<string, WordHolder[]>;
  /** Rowid up to which the words are folded; null once every comment's are. */
  foldedUpTo: number | null;
  /** Increases whenever the index changes (what was filtered from it is stale). */
  generation: number;
  /** The write counts and highest comment rowid the index holds (migration 014). */
  changes: ChangeCounts;
  /** False when a row names a missing item, document or block: only a full build orders those. */
  appendable: boolean;
}

export const wordingOf = (text: string | null): string => (text ?? '').normalize('NFC').replace(/\s+/gu, ' ').trim();
export const documentKey = (k: CompileKey): string => k.documentId ?? `item:${k.itemId}`;
export const passageKey = (k: CompileKey): string => `${documentKey(k)}\u0000${k.blockId ?? ''}`;

const indexes = new WeakMap<Db, CompileIndex>();

export function answerState(revision: number, answeredRevision: number | null | undefined): AnswerState {
  if (answeredRevision === undefined) return 'unanswered';
  return answeredRevision !== null && revision > answeredRevision ? 'revised' : 'answered';
}

/**
 * Written out field by field, not spread from `k`: spread copies of 100,000 rows each got a hidden
 * class of their own in V8, and every filter's property reads over them became slow lookups.
 */
export function indexedComment(k: CompileKey, passage: number): IndexedComment {
  return {
    id: k.id,
    itemId: k.itemId,
    documentId: k.documentId,
    blockId: k.blockId,
    path: k.path,
    lineFirst: k.lineFirst,
    lineLast: k.lineLast,
    stance: k.stance,
    revision: k.revision,
    authorId: k.authorId,
    delegation: k.delegation,
    onBehalf: k.onBehalf,
    proposedText: k.proposedText,
    answeredRevision: k.answeredRevision,
    anchorStart: k.anchorStart,
    createdAt: k.createdAt,
    itemPosition: k.itemPosition,
    documentPosition: k.documentPosition,
    blockPosition: k.blockPosition,
    state: answerState(k.revision, k.answeredRevision),
    wording: wordingOf(k.proposedText),
    passage,
    pos: -1,
  };
}

/** The session's delegates (who sent, who did not) for these live comments per author. */
export function delegatesOf(db: Db, session: SessionInfo, commentsPerAuthor: ReadonlyMap<string, number>): DelegateStatus[] {
  return delegateStatuses(db, session.id, session.commentDeadline, commentsPerAuthor);
}

export function countAuthors(entries: readonly IndexedComment[], into = new Map<string, number>()): Map<string, number> {
  for (const e of entries) into.set(e.authorId, (into.get(e.authorId) ?? 0) + 1);
  return into;
}

export const delegationsOf = (delegates: readonly DelegateStatus[]): string[] =>
  [...new Set(delegates.map((d) => d.delegation))].sort((a, b) => a.localeCompare(b, 'vi'));

/** A document of the index, empty, for the first comment row that names it. */
export function newIndexedDocument(k: CompileKey): IndexedDocument {
  return {
    documentId: k.documentId,
    itemId: k.itemId,
    passages: [],
    itemPosition: k.itemPosition,
    documentPosition: k.documentPosition,
  };
}

function build(db: Db, session: SessionInfo, key: string, changes: ChangeCounts): CompileIndex {
  const documents: IndexedDocument[] = [];
  const passageBlocks: Array<string | null> = [];
  const passagePositions: Array<number | null> = [];
  const lists: IndexedComment[][] = [];
  const documentsByKey = new Map<string, IndexedDocument>();
  const passagesByKey = new Map<string, number>();
  // The rows come in compiled order but for the general comments, which come first in their document.
  const entries = readCompileKeys(db, session.id).map((k): IndexedComment => {
    const docKey = documentKey(k);
    let doc = documentsByKey.get(docKey);
    if (!doc) {
      doc = newIndexedDocument(k);
      documentsByKey.set(docKey, doc);
      documents.push(doc);
    }
    const pKey = passageKey(k);
    let passage = passagesByKey.get(pKey);
    if (passage === undefined) {
      passage = passageBlocks.length;
      passageBlocks.push(k.blockId);
      passagePositions.push(k.blockPosition);
      lists.push([]);
      passagesByKey.set(pKey, passage);
      doc.passages.push(passage);
    }
    const entry = indexedComment(k, passage);
    lists[passage].push(entry);
    return entry;
  });
  // General comments (no passage) close each document's list, as "Ý kiến chung" does in the report.
  for (const doc of documents) {
    doc.passages.sort((a, b) => (passageBlocks[a] === null ? 1 : 0) - (passageBlocks[b] === null ? 1 : 0));
  }
  const agenda = readAgenda(db, session);
  const blocks = new Map<string, Map<string, string>>();
  const commentsPerAuthor = countAuthors(entries);
  const delegates = delegatesOf(db, session, commentsPerAuthor);
  return {
    key,
    session,
    entries,
    documents,
    passageBlocks,
    passagePositions,
    lists,
    passageVersions: lists.map(() => 0),
    documentsByKey,
    passagesByKey,
    byId: new Map(entries.map((e) => [e.id, e])),
    itemTitles: new Map(agenda.items.map((i) => [i.id, i.title])),
    docTitles: new Map(agenda.items.flatMap((i) => i.documents.map((d) => [d.id, d.title] as const))),
    commentsPerAuthor,
    delegates,
    delegations: delegationsOf(delegates),
    blockText(documentId, blockId) {
      let texts = blocks.get(documentId);
      if (!texts)
        blocks.set(documentId, (texts = new Map((readDocument(db, documentId)?.blocks ?? []).map((b) => [b.id, b.text]))));
      return texts.get(blockId) ?? null;
    },
    tokens: new Map(),
    foldedUpTo: 0,
    generation: 0,
    changes,
    appendable: entries.every(placeable),
  };
}

/** The index of the current session: kept, appended to, or built again, as the writes since ask. */
export function compileIndex(db: Db): CompileIndex {
  const session = currentSession(db);
  if (!session) throw new AppError('not_found', 'session.none');
  const cached = indexes.get(db);
  if (cached && cached.key === `${session.id}:${changeStamp(db)}`) return cached;
  // One read transaction: the counts, the highest rowid and the rows read agree with each other.
  const index = db.transaction((): CompileIndex => {
    const key = `${session.id}:${changeStamp(db)}`;
    const changes = readChangeCounts(db);
    if (cached?.appendable && cached.session.id === session.id && canAppend(cached.changes, changes)) {
      const appended = appendComments(db, cached, key, changes);
      if (appended) return appended;
    }
    return keepWords(db, cached, build(db, session, key, changes));
  })();
  indexes.set(db, index);
  if (index.foldedUpTo !== null) foldInBackground(db, index, () => indexes.get(db) === index);
  return index;
}

/**
 * After answers were written: if the index was current just before, patch those comments' answer
 * state and keep it (no rebuild of 100,000 for an answer to ten). `before` is the stamp taken
 * before the write.
 */
export function patchAnswers(db: Db, before: string, commentIds: readonly string[]): void {
  const index = indexes.get(db);
  if (!index || index.key !== `${index.session.id}:${before}`) return;
  const answers = new Map(readAnswersByIds(db, commentIds).map((a) => [a.commentId, a]));
  for (const id of commentIds) {
    const entry = index.byId.get(id);
    if (!entry) continue;
    const answer = answers.get(id);
    entry.answeredRevision = answer ? answer.commentRevision : undefined;
    entry.state = answerState(entry.revision, entry.answeredRevision);
    index.passageVersions[entry.passage]++;
  }
  index.key = `${index.session.id}:${changeStamp(db)}`;
  index.changes = readChangeCounts(db);
  index.generation++;
}

/**
 * Builds the index a moment after the app opens, so the first compiled view is quick (a second or
 * two of main at 100,000 comments, while the user is still on the agenda).
 */
export function warmCompileIndexSoon(db: Db, delayMs = 2_000): void {
  const timer = setTimeout(() => {
    try {
      if (db.open && currentSession(db)) compileIndex(db);
    } catch {
      // Warming is a courtesy: the request that needs the index builds it and reports any error.
    }
  }, delayMs);
  timer.unref();
}
