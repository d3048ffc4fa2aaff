/**
 * The word index of the compilation (issue 18): each whitespace-free run of a comment's folded
 * words (text, wording, quote, author, delegation) and the comments holding it. Filled in slices
 * by rowid after the index is built, between other requests; a word search folds what is left at
 * once. Each distinct run is folded once (a cache of raw run → folded run), not each comment's
 * whole text: 100,000 comments hold some 4 million runs but only about 10,000 different ones.
 */
import type { Db } from '../db/database';
import { readSearchTexts } from '../db/repos/compile-rows';
import type { CompileIndex } from './compile-index';

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

/** Folds the next slice of comments' words; false once all are folded. */
function foldSlice(db: Db, index: CompileIndex): boolean {
  if (index.foldedUpTo === null) return false;
  const { texts, lastRowid } = readSearchTexts(db, index.session.id, index.foldedUpTo, FOLD_SLICE);
  for (const [id, text] of texts) {
    const entry = index.byId.get(id);
    if (!entry) continue;
    // Folding keeps whitespace where it is, so the runs of the folded text are the folded runs.
    for (const raw of text.split(/\s+/u)) {
      if (!raw) continue;
      const token = foldRun(raw);
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

/** Folds the words in slices between other requests, while `current` says this index is the one kept. */
export function foldInBackground(db: Db, index: CompileIndex, current: () => boolean): void {
  const step = (): void => {
    if (!db.open || !current()) return;
    if (foldSlice(db, index)) setImmediate(step);
  };
  setImmediate(step);
}
