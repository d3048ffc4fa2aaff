/**
 * Footnote and endnote references in a document's text. The import keeps a reference where Word
 * showed it, as "[1]" (or "[i]" for endnotes), and gives the first block of each note the label
 * "[1]". The reader shows a reference as a superscript marker that opens its note; the text itself
 * is unchanged, so line numbers, search and comment offsets stay what they were.
 */
import type { Block } from '../../../shared/domain/types';

export interface NoteTarget {
  blockId: string;
  /** The note's text without its label, for the marker's tooltip. */
  text: string;
}

const NOTE_LABEL = /^\[(\d{1,3}|[ivxlc]{1,6})\]$/u;
const REFERENCE = /\[(\d{1,3}|[ivxlc]{1,6})\]/gu;

/** Label ("1", "ii") → the note's first block. Empty when the document has no notes. */
export function noteTargets(blocks: readonly Block[]): ReadonlyMap<string, NoteTarget> {
  const targets = new Map<string, NoteTarget>();
  for (const b of blocks) {
    const m = b.label?.match(NOTE_LABEL);
    if (m && !targets.has(m[1])) targets.set(m[1], { blockId: b.id, text: b.text.replace(/^\[[^\]]+\]\s*/u, '') });
  }
  return targets;
}

export type TextPart = { text: string; note?: undefined } | { text: string; note: NoteTarget; label: string };

/** Splits a line into plain text and references to known notes; a note's own label is not a reference. */
export function splitNoteRefs(text: string, targets: ReadonlyMap<string, NoteTarget>, blockId: string): TextPart[] {
  if (targets.size === 0 || !text.includes('[')) return [{ text }];
  const parts: TextPart[] = [];
  let at = 0;
  for (const m of text.matchAll(REFERENCE)) {
    const note = targets.get(m[1]);
    if (!note || note.blockId === blockId) continue;
    if (m.index > at) parts.push({ text: text.slice(at, m.index) });
    parts.push({ text: m[0], note, label: m[1] });
    at = m.index + m[0].length;
  }
  if (at < text.length) parts.push({ text: text.slice(at) });
  return parts.length ? parts : [{ text }];
}
