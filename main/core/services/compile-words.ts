/**
 * The word index of the compilation (issue 18): each whitespace-free run of a comment's folded
 * words (text, wording, quote, author, delegation) and the comments holding it. Filled in slices
 * by rowid after the index is built, between other requests; a word search folds what is left at
 * once. Each distinct run is folded once (a cache of raw run → folded run), not each comment's
 * whole text: 100,000 comments hold some 4 million runs but only about 10,000 different ones.
 */
import type { Db } from '../db/database';
import { readLiveIdsAfter, readSearchTexts } from '../db/repos/compile-rows';
import type { CompileIndex, IndexedComment } from './compile-index';

const COMBINING_MARKS = /\p{M}/gu;
/** Comments read and folded per slice: a few milliseconds of main each. */
const FOLD_SLICE = 2_000;
/** Raw runs kept with their fold; past this the cache starts again (bounded memory). */
const CACHE_LIMIT = 200_000;
const folds = new Map<string, string>();

/**
 * Folds a whole string at once (NFD, marks dropped, đ → d, lower case): many times faster than
 * shared/text/fold's code point by code point fold (which keeps a map for highlighting); both give
 * the same words for Vietnamese. The query is folded with this one too.
 */
export function foldWords(text: string): string {
  return text.normalize('NFD').replace(COMBINING_MARKS, '').replace(/[đĐ]/gu, 'd').toLowerCase();
}

function foldRun(raw: string): string {
  let folded = folds.get(raw);
  if (folded === undefined) {
    if (folds.size >= CACHE_LIMIT) folds.clear();
    folded = foldWords(raw);
    folds.set(raw, folded);
  }
  return folded;
}

/**
 * One comment's words as folded once: the token lists hold these, not the index's comments, so a
 * full build can keep them (pointing each at its new entry) and a comment no longer there, or whose
 * row came back with other words, leaves every list at once (`entry` null).
 */
export interface WordHolder {
  id: string;
  entry: IndexedComment | null;
}

/** The holder of each comment folded into a token map (kept with the map, which builds may share). */
const holdersOf = new WeakMap<CompileIndex['tokens'], Map<string, WordHolder>>();

function holdersFor(tokens: CompileIndex['tokens']): Map<string, WordHolder> {
  let holders = holdersOf.get(tokens);
  if (!holders) holdersOf.set(tokens, (holders = new Map()));
  return holders;
}

/** Folds the next slice of comments' words; false once all are folded. */
function foldSlice(db: Db, index: CompileIndex): boolean {
  if (index.foldedUpTo === null) return false;
  const { texts, lastRowid } = readSearchTexts(db, index.session.id, index.foldedUpTo, FOLD_SLICE);
  const folded = holdersFor(index.tokens);
  for (const [id, text] of texts) {
    const entry = index.byId.get(id);
    if (!entry) continue;
    // A row written again under an id already folded: its earlier words go.
    const earlier = folded.get(id);
    if (earlier) earlier.entry = null;
    const holder: WordHolder = { id, entry };
    folded.set(id, holder);
    // Folding keeps whitespace where it is, so the runs of the folded text are the folded runs.
    for (const raw of text.split(/\s+/u)) {
      if (!raw) continue;
      const token = foldRun(raw);
      if (!token) continue;
      const list = index.tokens.get(token);
      if (!list) index.tokens.set(token, [holder]);
      else if (list[list.length - 1] !== holder) list.push(holder);
    }
  }
  index.foldedUpTo = lastRowid;
  return index.foldedUpTo !== null;
}

/**
 * A full build keeps the words the index before it had folded when no stored comment was changed
 * since (the repo counts every change to an existing comment row, migration 015): a comment held by
 * both has the same words; one no longer live is dropped; one added since lies above the rowid
 * folded up to, and is folded from there as after an append. So a word search right after a build
 * that a dossier edit or a deletion caused needs no fold of 100,000 texts. Call in the build's read
 * transaction; returns `built`.
 */
export function keepWords(db: Db, old: CompileIndex | undefined, built: CompileIndex): CompileIndex {
  if (!old || old.session.id !== built.session.id) return built;
  if (old.changes.counts.comments !== built.changes.counts.comments) return built;
  const folded = holdersFor(old.tokens);
  const foldedUpTo = Math.min(old.foldedUpTo ?? old.changes.maxCommentRowid, built.changes.maxCommentRowid);
  // Every live comment not folded yet must be above that rowid, or its words would never be.
  const after = new Set(readLiveIdsAfter(db, built.session.id, foldedUpTo));
  for (const e of built.entries) if (!folded.has(e.id) && !after.has(e.id)) return built;
  for (const [id, holder] of folded) {
    holder.entry = built.byId.get(id) ?? null;
    if (!holder.entry) folded.delete(id);
  }
  built.tokens = old.tokens;
  built.foldedUpTo = after.size === 0 ? null : foldedUpTo;
  return built;
}

/** Every comment's words, folded now if the background has not finished (a word search needs them). */
export function ensureWords(db: Db, index: CompileIndex): void {
  while (foldSlice(db, index));
}

/** Folds the words in slices between other requests, while `current` says this index is the one kept. */
export function foldInBackground(db: Db, index: CompileIndex, current: () => boolean): void {
  const step = (): void => {
    if (!db.open || !current()) return;
    if (foldSlice(db, index)) setImmediate(step);
  };
  setImmediate(step);
}
