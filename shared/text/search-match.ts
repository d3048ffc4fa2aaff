/**
 * What a search query matches in a text. Words are compared folded (fold.ts: no diacritics, đ→d,
 * lower case), so `doi moi` finds `đổi mới`; but a word typed WITH diacritics must match them
 * exactly (case aside): `mới` finds "mới" and "MỚI", never "mối" or "môi". Each word matches the
 * start of a word in the text (a prefix, so results come while typing). Used by the search service
 * (which hits to keep, what to highlight in the snippet) and by the reader (the words to mark in
 * the passage a hit opens).
 */
import { fold, foldWithMap, sourceAt, type FoldedText } from './fold';

export interface QueryTerms {
  /** The query's words, folded (what the index is searched with). */
  folded: string[];
  /** For each word, its typed form (NFC, lower case) when it carries diacritics, else null. */
  exact: Array<string | null>;
}

export function queryTerms(query: string): QueryTerms {
  const folded: string[] = [];
  const exact: Array<string | null> = [];
  for (const word of query
    .normalize('NFC')
    .toLowerCase()
    .split(/[^\p{L}\p{M}\p{N}]+/u)) {
    const f = fold(word);
    if (f.length === 0) continue;
    folded.push(f);
    exact.push(f === word ? null : word);
  }
  return { folded, exact };
}

const isWordChar = (ch: string | undefined): boolean => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);

interface Prepared extends FoldedText {
  text: string;
}

function prepare(text: string): Prepared {
  return { text, ...foldWithMap(text) };
}

/** Whether word `i` of the terms, found folded at `at`, also matches its typed diacritics there. */
function exactAt(p: Prepared, terms: QueryTerms, i: number, at: number): boolean {
  const typed = terms.exact[i];
  if (typed === null) return true;
  const end = at + terms.folded[i].length;
  return p.text.slice(sourceAt(p, at), sourceAt(p, end)).toLowerCase() === typed;
}

/** Folded positions where word `i` starts a word of the text and matches as typed. */
function wordHits(p: Prepared, terms: QueryTerms, i: number): number[] {
  const needle = terms.folded[i];
  const out: number[] = [];
  for (let from = 0; ;) {
    const at = p.folded.indexOf(needle, from);
    if (at < 0) return out;
    if (!isWordChar(p.folded[at - 1]) && exactAt(p, terms, i, at)) out.push(at);
    from = at + needle.length;
  }
}

/** Folded positions where all the words stand together as typed (single spaces between them). */
function phraseHits(p: Prepared, terms: QueryTerms): number[] {
  if (terms.folded.length < 2) return [];
  const phrase = terms.folded.join(' ');
  const out: number[] = [];
  for (let from = 0; ;) {
    const at = p.folded.indexOf(phrase, from);
    if (at < 0) return out;
    let ok = !isWordChar(p.folded[at - 1]);
    let offset = at;
    for (let i = 0; ok && i < terms.folded.length; i++) {
      ok = exactAt(p, terms, i, offset);
      offset += terms.folded[i].length + 1;
    }
    if (ok) out.push(at);
    from = at + phrase.length;
  }
}

/** Whether the text holds every word of the query, diacritics respected where typed. */
export function matchesQuery(text: string, terms: QueryTerms): boolean {
  if (terms.folded.length === 0) return false;
  const p = prepare(text);
  return terms.folded.every((_, i) => wordHits(p, terms, i).length > 0);
}

/** Whether any word was typed with diacritics (then the folded index only gives candidates). */
export function needsExactCheck(terms: QueryTerms): boolean {
  return terms.exact.some((e) => e !== null);
}

/**
 * Ranges of the text (UTF-16, sorted, merged) to mark: the phrase where the words stand together
 * as typed, otherwise each word.
 */
export function matchRanges(text: string, terms: QueryTerms): Array<[number, number]> {
  if (terms.folded.length === 0) return [];
  const p = prepare(text);
  const ranges: Array<[number, number]> = [];
  const phrase = phraseHits(p, terms);
  if (phrase.length > 0) {
    const length = terms.folded.join(' ').length;
    for (const at of phrase) ranges.push([sourceAt(p, at), sourceAt(p, at + length)]);
  } else {
    terms.folded.forEach((word, i) => {
      for (const at of wordHits(p, terms, i)) ranges.push([sourceAt(p, at), sourceAt(p, at + word.length)]);
    });
  }
  ranges.sort((a, b) => a[0] - b[0]);
  const merged: Array<[number, number]> = [];
  for (const r of ranges) {
    const last = merged[merged.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push([r[0], r[1]]);
  }
  return merged;
}
