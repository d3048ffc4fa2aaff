/**
 * Builds one paragraph's text from its runs while remembering which characters were bold or
 * italic, then normalises it the way structure recognition does (NFC, whitespace runs collapsed to
 * one space, trimmed) and turns the remembered formatting into marks on the normalised text.
 */
import type { InlineMark } from './types';

const BOLD = 1;
const ITALIC = 2;
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff\u00ad]/u;
const SPACE = /\s/u;
const COMBINING = /\p{M}/u;

export interface FinishedText {
  text: string;
  marks: InlineMark[];
  /** Every visible character is bold. */
  allBold: boolean;
}

export class InlineTextBuilder {
  private parts: string[] = [];
  private flags: number[] = [];

  append(text: string, bold: boolean, italic: boolean): void {
    if (!text) return;
    const f = (bold ? BOLD : 0) | (italic ? ITALIC : 0);
    this.parts.push(text);
    for (let i = 0; i < text.length; i++) this.flags.push(f);
  }

  get isEmpty(): boolean {
    return this.parts.length === 0;
  }

  /** Returns the normalised text and marks, and empties the builder. */
  finish(): FinishedText {
    const raw = this.parts.join('');
    const flags = this.flags;
    this.parts = [];
    this.flags = [];

    // 1. Drop invisible characters, collapse whitespace, trim.
    let collapsed = '';
    const collapsedFlags: number[] = [];
    let pendingSpace = -1;
    for (let i = 0; i < raw.length;) {
      const cp = raw.codePointAt(i) as number;
      const ch = String.fromCodePoint(cp);
      const f = flags[i];
      i += ch.length;
      if (INVISIBLE.test(ch)) continue;
      if (SPACE.test(ch)) {
        if (collapsed.length > 0 && pendingSpace < 0) pendingSpace = f;
        continue;
      }
      if (pendingSpace >= 0) {
        collapsed += ' ';
        collapsedFlags.push(pendingSpace & flags[i - ch.length]);
        pendingSpace = -1;
      }
      collapsed += ch;
      for (let k = 0; k < ch.length; k++) collapsedFlags.push(f);
    }

    // 2. NFC, cluster by cluster (a base and its combining marks), keeping each cluster's formatting.
    let text = '';
    const textFlags: number[] = [];
    for (let i = 0; i < collapsed.length;) {
      let j = i + String.fromCodePoint(collapsed.codePointAt(i) as number).length;
      while (j < collapsed.length) {
        const next = String.fromCodePoint(collapsed.codePointAt(j) as number);
        if (!COMBINING.test(next)) break;
        j += next.length;
      }
      const cluster = collapsed.slice(i, j).normalize('NFC');
      text += cluster;
      for (let k = 0; k < cluster.length; k++) textFlags.push(collapsedFlags[i]);
      i = j;
    }
    if (text !== text.normalize('NFC')) {
      // Composition across clusters (not met in Vietnamese): keep the text right, drop the marks.
      const nfc = text.normalize('NFC');
      return { text: nfc, marks: [], allBold: false };
    }
    return { text, marks: toMarks(text, textFlags), allBold: isAllBold(text, textFlags) };
  }
}

function isAllBold(text: string, flags: number[]): boolean {
  let any = false;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === ' ') continue;
    if (!(flags[i] & BOLD)) return false;
    any = true;
  }
  return any;
}

function toMarks(text: string, flags: number[]): InlineMark[] {
  const marks: InlineMark[] = [];
  let i = 0;
  while (i < text.length) {
    const f = flags[i];
    let j = i + 1;
    while (j < text.length && flags[j] === f) j++;
    if (f !== 0) {
      let start = i;
      let end = j;
      while (start < end && text[start] === ' ') start++;
      while (end > start && text[end - 1] === ' ') end--;
      if (start < end) {
        const mark: InlineMark = { start, end };
        if (f & BOLD) mark.bold = true;
        if (f & ITALIC) mark.italic = true;
        marks.push(mark);
      }
    }
    i = j;
  }
  return marks;
}
