/**
 * Vietnamese text folding for search: NFD, strip combining marks, đ→d, Đ→D, lower case.
 * Folding is done code point by code point so that every code point of the NFC source maps to
 * exactly one folded string; `foldWithMap` keeps that mapping to highlight matches in the source.
 */

const COMBINING_MARKS = /\p{M}/gu;

/** Folded form of each code point seen so far: normalising character by character is the cost. */
const folded = new Map<string, string>();

function foldCodePoint(ch: string): string {
  let f = folded.get(ch);
  if (f === undefined) {
    f = ch === 'đ' || ch === 'Đ' ? 'd' : ch.normalize('NFD').replace(COMBINING_MARKS, '').toLowerCase();
    if (folded.size < 100_000) folded.set(ch, f);
  }
  return f;
}

/** Folds a string for indexing and querying. */
export function fold(text: string): string {
  let out = '';
  for (const ch of text.normalize('NFC')) out += foldCodePoint(ch);
  return out;
}

export interface FoldedText {
  folded: string;
  /** `sourceIndex[i]` is the UTF-16 index in the source of folded UTF-16 unit `i`; one extra entry for the end. */
  sourceIndex: number[];
}

/** Folds an NFC string and records, for every folded UTF-16 unit, where it came from in the source. */
export function foldWithMap(source: string): FoldedText {
  let folded = '';
  const sourceIndex: number[] = [];
  let pos = 0;
  for (const ch of source) {
    const f = foldCodePoint(ch);
    for (let i = 0; i < f.length; i++) sourceIndex.push(pos);
    folded += f;
    pos += ch.length;
  }
  sourceIndex.push(pos);
  return { folded, sourceIndex };
}

/** Splits folded text into search tokens (letters and digits). */
export function tokenize(folded: string): string[] {
  return folded.split(/[^\p{L}\p{N}]+/u).filter((t) => t.length > 0);
}
