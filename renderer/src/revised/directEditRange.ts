/**
 * A direct change typed as the whole paragraph rewritten, narrowed to the words that differ: only
 * that passage becomes the change, so an edit elsewhere in the paragraph does not collide with
 * the wordings already accepted there. The passage starts and ends between words (never inside a
 * word or between a letter and its combining mark), and the wording never starts or ends with a
 * space (the core trims wordings). Pure.
 */

export interface EditRange {
  start: number;
  end: number;
  /** What replaces before.slice(start, end). */
  wording: string;
}

const WORD = /[\p{L}\p{M}\p{N}]/u;
const SPACE = /\s/u;

/** A boundary inside a word (or before a combining mark) cannot start or end a change. */
function splitsWord(text: string, at: number): boolean {
  return at > 0 && at < text.length && WORD.test(text[at - 1]) && WORD.test(text[at]);
}

/** Null when nothing changed. */
export function directEditRange(beforeRaw: string, afterRaw: string): EditRange | null {
  const before = beforeRaw.normalize('NFC');
  const after = afterRaw.normalize('NFC').trim();
  if (before === after) return null;
  const max = Math.min(before.length, after.length);
  let p = 0;
  while (p < max && before[p] === after[p]) p++;
  let s = 0;
  while (s < max - p && before[before.length - 1 - s] === after[after.length - 1 - s]) s++;
  while (splitsWord(before, p)) p--;
  while (splitsWord(before, before.length - s)) s--;
  const wording = (): string => after.slice(p, after.length - s);
  // A wording with an outer space would lose it when trimmed: take in the word beside it.
  while (p > 0 && SPACE.test(wording()[0] ?? '')) {
    p--;
    while (p > 0 && !SPACE.test(before[p - 1])) p--;
  }
  while (s > 0 && SPACE.test(wording().at(-1) ?? '')) {
    s--;
    while (s > 0 && !SPACE.test(before[before.length - s])) s--;
  }
  return { start: p, end: before.length - s, wording: wording() };
}
