/**
 * The sentences of a paragraph, as spans of its text: what a keyboard user picks from to comment on
 * part of a paragraph. A sentence ends after ".", ";", ":", "!", "?" or "…" followed by a space (so
 * "1.1." or "30/2020/NĐ-CP." inside a sentence do not end it unless a space follows the last
 * mark), or at a line break; a paragraph's number ("2.", "1.1.") stays with its sentence; spans
 * are trimmed and never empty.
 */
export interface Span {
  start: number;
  end: number;
}

const BOUNDARY = /[.;:!?…]+["”’)]*(?=\s)|\n/gu;
/** A paragraph's own number ("2.", "1.1.", "IV.", "a."): part of the sentence after it, not one. */
const LABEL = /^(?:\d+|[IVXLC]+|\p{L})(?:\.\d+)*\.$/u;

export function sentenceSpans(text: string): Span[] {
  const spans: Span[] = [];
  const push = (start: number, end: number): void => {
    while (start < end && /\s/u.test(text[start])) start++;
    while (end > start && /\s/u.test(text[end - 1])) end--;
    if (end > start) spans.push({ start, end });
  };
  let from = 0;
  for (const match of text.matchAll(BOUNDARY)) {
    const end = match.index + match[0].length;
    if (match[0] !== '\n' && LABEL.test(text.slice(from, end).trim())) continue;
    push(from, end);
    from = end;
  }
  push(from, text.length);
  return spans;
}
