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

/**
 * Folds `text` code point by code point; with `sourceIndex`, records where each folded UTF-16 unit
 * came from. A run of ASCII folds to itself lower-cased and is taken whole (no look-up per
 * character: most of a Vietnamese text is ASCII letters and spaces). Returns null instead when
 * `sourceIndex` is 'unless-identity' and a code point does not fold to exactly one unit of its own
 * length (the map would not be the identity).
 */
function foldText(text: string, sourceIndex: number[] | null | 'unless-identity'): string | null {
  const map = typeof sourceIndex === 'object' ? sourceIndex : null;
  let out = '';
  let run = 0;
  for (let i = 0; i < text.length;) {
    if (text.charCodeAt(i) < 0x80) {
      map?.push(i);
      i++;
      continue;
    }
    if (run < i) out += text.slice(run, i).toLowerCase();
    const ch = text.codePointAt(i)! > 0xffff ? text.slice(i, i + 2) : text[i];
    const f = foldCodePoint(ch);
    if (map) for (let k = 0; k < f.length; k++) map.push(i);
    else if (sourceIndex === 'unless-identity' && (f.length !== 1 || ch.length !== 1)) return null;
    out += f;
    i += ch.length;
    run = i;
  }
  if (run < text.length) out += text.slice(run).toLowerCase();
  map?.push(text.length);
  return out;
}

/** Folds a string for indexing and querying. */
export function fold(text: string): string {
  return foldText(text.normalize('NFC'), null)!;
}

export interface FoldedText {
  folded: string;
  /**
   * `sourceIndex[i]` is the UTF-16 index in the source of folded UTF-16 unit `i`; one extra entry
   * for the end. Null when that is `i` itself (every code point one unit folding to one unit: most
   * Vietnamese text), so no map is made.
   */
  sourceIndex: number[] | null;
}

/** The UTF-16 index in the source of folded unit `i` (`length` for the end). */
export const sourceAt = (f: FoldedText, i: number): number => (f.sourceIndex ? f.sourceIndex[i] : i);

/** Folds an NFC string and records, for every folded UTF-16 unit, where it came from in the source. */
export function foldWithMap(source: string): FoldedText {
  const identity = foldText(source, 'unless-identity');
  if (identity !== null) return { folded: identity, sourceIndex: null };
  const sourceIndex: number[] = [];
  return { folded: foldText(source, sourceIndex)!, sourceIndex };
}

/** Splits folded text into search tokens (letters and digits). */
export function tokenize(folded: string): string[] {
  return folded.split(/[^\p{L}\p{N}]+/u).filter((t) => t.length > 0);
}
