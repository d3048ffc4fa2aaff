/**
 * The one word diff of a proposed wording against the passage it replaces, used by the reader,
 * the compilation view and every PDF, so all three show the same change.
 *
 * Changes are grouped: a run of changed words separated only by spaces reads as one deleted
 * phrase followed by one inserted phrase ("theo lộ trình" → "đến hết năm 2021"), never
 * word-by-word confetti ("theođến lộhết trìnhnăm 2021"). The work is bounded in time: past the
 * budget the differing middle is shown as replaced whole, after the common start and end.
 */
import { diffArrays } from 'diff';

export type DiffKind = 'same' | 'removed' | 'added';

export interface DiffSegment {
  kind: DiffKind;
  text: string;
}

/**
 * What a reader sees: the segments, plus a 'gap' (one space, in neither text) wherever a deleted
 * phrase touches the inserted one with no space between, so the two never print as one word.
 */
export interface DisplaySegment {
  kind: DiffKind | 'gap';
  text: string;
}

/** Default time budget; a passage is at most a few thousand characters, so this is rarely reached. */
export const WORD_DIFF_TIMEOUT_MS = 100;

/** Words (letters, marks, digits), runs of spaces, and any other single character (punctuation). */
const TOKEN = /[\p{L}\p{M}\p{N}]+|\s+|[^\s\p{L}\p{M}\p{N}]/gu;

function tokens(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

const isBlank = (text: string): boolean => /^\s*$/u.test(text);

function push(out: DiffSegment[], kind: DiffKind, text: string): void {
  if (text.length === 0) return;
  const last = out[out.length - 1];
  if (last && last.kind === kind) last.text += text;
  else out.push({ kind, text });
}

/** Raw changes of the token lists, after trimming their common start and end (cheap, and it keeps the costly part small). */
function rawDiff(a: string[], b: string[], timeoutMs: number): DiffSegment[] {
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const out: DiffSegment[] = [];
  push(out, 'same', a.slice(0, start).join(''));
  const midA = a.slice(start, endA);
  const midB = b.slice(start, endB);
  const changes = midA.length > 0 && midB.length > 0 ? diffArrays(midA, midB, { timeout: timeoutMs }) : undefined;
  if (changes) {
    for (const change of changes) {
      push(out, change.added ? 'added' : change.removed ? 'removed' : 'same', change.value.join(''));
    }
  } else {
    push(out, 'removed', midA.join(''));
    push(out, 'added', midB.join(''));
  }
  push(out, 'same', a.slice(endA).join(''));
  return out;
}

/**
 * Groups changes: a change, any number of further changes separated only by unchanged spaces,
 * becomes one deleted phrase then one inserted phrase. Each side keeps its own text exactly.
 */
function group(raw: readonly DiffSegment[]): DiffSegment[] {
  const out: DiffSegment[] = [];
  let i = 0;
  while (i < raw.length) {
    if (raw[i].kind === 'same') {
      push(out, 'same', raw[i].text);
      i++;
      continue;
    }
    // The block runs to the last change reachable across blank 'same' segments.
    let end = i;
    let j = i;
    while (j < raw.length && (raw[j].kind !== 'same' || isBlank(raw[j].text))) {
      if (raw[j].kind !== 'same') end = j;
      j++;
    }
    let removed = '';
    let added = '';
    for (let k = i; k <= end; k++) {
      if (raw[k].kind !== 'added') removed += raw[k].text;
      if (raw[k].kind !== 'removed') added += raw[k].text;
    }
    push(out, 'removed', removed);
    push(out, 'added', added);
    i = end + 1;
  }
  return out;
}

/**
 * The grouped word diff of `after` against `before` (both taken in NFC). Joining the segments that
 * are not 'added' gives `before`; joining those that are not 'removed' gives `after`.
 */
export function wordDiff(before: string, after: string, options: { timeoutMs?: number } = {}): DiffSegment[] {
  const a = before.normalize('NFC');
  const b = after.normalize('NFC');
  if (a === b) return a.length > 0 ? [{ kind: 'same', text: a }] : [];
  return group(rawDiff(tokens(a), tokens(b), options.timeoutMs ?? WORD_DIFF_TIMEOUT_MS));
}

/** The segments as shown and printed: a 'gap' between a deletion and an insertion that would otherwise touch. */
export function displaySegments(segments: readonly DiffSegment[]): DisplaySegment[] {
  const out: DisplaySegment[] = [];
  for (const segment of segments) {
    const prev = out[out.length - 1];
    if (prev && prev.kind === 'removed' && segment.kind === 'added' && !/\s$/u.test(prev.text) && !/^\s/u.test(segment.text))
      out.push({ kind: 'gap', text: ' ' });
    out.push({ ...segment });
  }
  return out;
}

/** Both in one call: what the screen and the PDFs render. */
export function wordDiffForDisplay(before: string, after: string, options: { timeoutMs?: number } = {}): DisplaySegment[] {
  return displaySegments(wordDiff(before, after, options));
}
