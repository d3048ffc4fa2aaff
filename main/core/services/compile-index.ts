/**
 * The compilation's index, kept in main between requests: every live comment of the current
 * session in compiled order with the few fields the filters look at (read by one lean query), the
 * answer state, and, filled in slices after the index is built, the folded words of each comment
 * for word search. Built once per state of the database and shared by every filter and window, so
 * a filter over 100,000 comments is a pass over an array. A write to a table the compilation reads
 * (db/repos/change-stamp.ts: temp triggers on this connection, `PRAGMA data_version` for others)
 * makes the next request build it again; a draft save or a note does not; an answer patches it in
 * place (answers are written while the clerk works in the view).
 */
import type { DelegateStatus } from '../../../shared/domain/compile';
import type { SessionInfo } from '../../../shared/domain/types';
import type { Db } from '../db/database';
import { changeStamp } from '../db/repos/change-stamp';
import { readAnswersByIds, readCompileKeys, readSearchTexts, type CompileKey } from '../db/repos/compile-rows';
import { currentSession, readAgenda, readDocument } from '../db/repos/dossier';
import { AppError } from '../errors';
import { delegateStatuses } from './compile';

export type AnswerState = 'answered' | 'unanswered' | 'revised';

export interface IndexedComment extends CompileKey {
  state: AnswerState;
  /** The proposed wording as compared for "trái chiều" (NFC, spaces collapsed). */
  wording: string;
  /** Text, wording, quote, author and delegation, folded (no diacritics, lower case); '' until folded. */
  words: string;
  /** The comment's passage in `passages` (a filter groups by this number, not by looking keys up). */
  passage: number;
}

/** A document (or an agenda item, for comments on the item) and its passages in compiled order. */
export interface IndexedDocument {
  documentId: string | null;
  itemId: string;
  /** Numbers of its passages, the general comments ("Ý kiến chung") last. */
  passages: number[];
}

export interface CompileIndex {
  key: string;
  session: SessionInfo;
  entries: IndexedComment[];
  documents: IndexedDocument[];
  /** Per passage number: its block (null for general comments). */
  passageBlocks: Array<string | null>;
  byId: Map<string, IndexedComment>;
  itemTitles: Map<string, string>;
  docTitles: Map<string, string>;
  delegates: DelegateStatus[];
  delegations: string[];
  blockText(documentId: string, blockId: string): string | null;
  /**
   * Each whitespace-free run of the folded words, and the comments holding it, filled as the words
   * are folded: a query word (no spaces) occurs in a comment only inside one such run.
   */
  tokens: Map<string, IndexedComment[]>;
  /** Rowid up to which the words are folded; null once every comment's are. */
  foldedUpTo: number | null;
  /** Increases when the entries are patched in place (what was filtered from them is stale). */
  generation: number;
}

const COMBINING_MARKS = /\p{M}/gu;
/** Comments read and folded per slice: a few milliseconds of main each. */
const FOLD_SLICE = 2_000;

/**
 * Folds a whole string at once (NFD, marks dropped, đ → d, lower case): many times faster than
 * shared/text/fold's code point by code point fold (which keeps a map for highlighting); both give
 * the same words for Vietnamese. The query is folded with this one too.
 */
export function foldWords(text: string): string {
  return text.normalize('NFD').replace(COMBINING_MARKS, '').replace(/[đĐ]/gu, 'd').toLowerCase();
}

export const wordingOf = (text: string | null): string => (text ?? '').normalize('NFC').replace(/\s+/gu, ' ').trim();

const indexes = new WeakMap<Db, CompileIndex>();

export function answerState(revision: number, answeredRevision: number | null | undefined): AnswerState {
  if (answeredRevision === undefined) return 'unanswered';
  return answeredRevision !== null && revision > answeredRevision ? 'revised' : 'answered';
}

function build(db: Db, session: SessionInfo, key: string): CompileIndex {
  const documents: IndexedDocument[] = [];
  const passageBlocks: Array<string | null> = [];
  const docs = new Map<string, { doc: IndexedDocument; passages: Map<string | null, number> }>();
  const entries = readCompileKeys(db, session.id).map((k): IndexedComment => {
    const docKey = k.documentId ?? `item:${k.itemId}`;
    let doc = docs.get(docKey);
    if (!doc) {
      doc = { doc: { documentId: k.documentId, itemId: k.itemId, passages: [] }, passages: new Map() };
      docs.set(docKey, doc);
      documents.push(doc.doc);
    }
    let passage = doc.passages.get(k.blockId);
    if (passage === undefined) {
      passage = passageBlocks.length;
      passageBlocks.push(k.blockId);
      doc.passages.set(k.blockId, passage);
      doc.doc.passages.push(passage);
    }
    return { ...k, state: answerState(k.revision, k.answeredRevision), wording: wordingOf(k.proposedText), words: '', passage };
  });
  // General comments (no passage) close each document's list, as "Ý kiến chung" does in the report.
  for (const doc of documents) {
    doc.passages.sort((a, b) => (passageBlocks[a] === null ? 1 : 0) - (passageBlocks[b] === null ? 1 : 0));
  }
  const agenda = readAgenda(db, session);
  const blocks = new Map<string, Map<string, string>>();
  const delegates = delegateStatuses(
    db,
    session.id,
    session.commentDeadline,
    entries.map((e) => e.authorId),
  );
  return {
    key,
    session,
    entries,
    documents,
    passageBlocks,
    byId: new Map(entries.map((e) => [e.id, e])),
    itemTitles: new Map(agenda.items.map((i) => [i.id, i.title])),
    docTitles: new Map(agenda.items.flatMap((i) => i.documents.map((d) => [d.id, d.title] as const))),
    delegates,
    delegations: [...new Set(delegates.map((d) => d.delegation))].sort((a, b) => a.localeCompare(b, 'vi')),
    blockText(documentId, blockId) {
      let texts = blocks.get(documentId);
      if (!texts)
        blocks.set(documentId, (texts = new Map((readDocument(db, documentId)?.blocks ?? []).map((b) => [b.id, b.text]))));
      return texts.get(blockId) ?? null;
    },
    tokens: new Map(),
    foldedUpTo: 0,
    generation: 0,
  };
}

/** Folds the next slice of comments' words; false once all are folded. */
function foldSlice(db: Db, index: CompileIndex): boolean {
  if (index.foldedUpTo === null) return false;
  const { texts, lastRowid } = readSearchTexts(db, index.session.id, index.foldedUpTo, FOLD_SLICE);
  for (const [id, text] of texts) {
    const entry = index.byId.get(id);
    if (!entry) continue;
    entry.words = foldWords(text);
    for (const token of entry.words.split(/\s+/)) {
      if (!token) continue;
      const holders = index.tokens.get(token);
      if (!holders) index.tokens.set(token, [entry]);
      else if (holders[holders.length - 1] !== entry) holders.push(entry);
    }
  }
  index.foldedUpTo = lastRowid;
  return index.foldedUpTo !== null;
}

/** Every comment's words, folded now if the background has not finished (a word search needs them). */
export function ensureWords(db: Db, index: CompileIndex): void {
  while (foldSlice(db, index));
}

/** Folds the words in slices between other requests, while this index is current and the file open. */
function foldInBackground(db: Db, index: CompileIndex): void {
  const step = (): void => {
    if (!db.open || indexes.get(db) !== index) return;
    if (foldSlice(db, index)) setImmediate(step);
  };
  setImmediate(step);
}

/** The index of the current session, built again only when the database changed since. */
export function compileIndex(db: Db): CompileIndex {
  const session = currentSession(db);
  if (!session) throw new AppError('not_found', 'session.none');
  const key = `${session.id}:${changeStamp(db)}`;
  const cached = indexes.get(db);
  if (cached && cached.key === key) return cached;
  // Reading changes nothing, so the key taken before the build still holds after it.
  const index = build(db, session, key);
  indexes.set(db, index);
  foldInBackground(db, index);
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
  }
  index.key = `${index.session.id}:${changeStamp(db)}`;
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
