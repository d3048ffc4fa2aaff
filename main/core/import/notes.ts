/**
 * Footnotes and endnotes. The body shows a reference as "[1]" (footnotes, numbered in order of
 * first reference, as Word displays them) or "[i]" (endnotes, lower-case roman as Word's default),
 * and the notes' text follows the body as paragraphs starting with the same label.
 */
import { toRoman } from './numbering';
import type { NoteInfo } from './types';
import { attr, children, isW, type XmlNode } from './xml';

type NoteKind = NoteInfo['kind'];

export interface NoteEntry {
  info: NoteInfo;
  content: XmlNode;
}

/** Reads footnotes.xml or endnotes.xml into id → note element, leaving out the separator notes. */
export function readNotesPart(root: XmlNode | null): Map<string, XmlNode> {
  const notes = new Map<string, XmlNode>();
  if (!root) return notes;
  for (const note of children(root)) {
    if (!isW(note, 'footnote') && !isW(note, 'endnote')) continue;
    const type = attr(note, 'type');
    const id = attr(note, 'id');
    if (id === undefined || (type !== undefined && type !== 'normal')) continue;
    notes.set(id, note);
  }
  return notes;
}

export class NoteCollector {
  private readonly entries: NoteEntry[] = [];
  private readonly labels = new Map<string, string>();
  private counts: Record<NoteKind, number> = { footnote: 0, endnote: 0 };

  constructor(private readonly parts: Record<NoteKind, Map<string, XmlNode>>) {}

  /** The label to show at a reference, or null when the note does not exist. */
  reference(kind: NoteKind, id: string | undefined): string | null {
    if (id === undefined) return null;
    const key = `${kind}:${id}`;
    const known = this.labels.get(key);
    if (known) return known;
    const content = this.parts[kind].get(id);
    if (!content) return null;
    const n = ++this.counts[kind];
    const label = kind === 'footnote' ? String(n) : toRoman(n);
    this.labels.set(key, label);
    this.entries.push({ info: { kind, label }, content });
    return label;
  }

  /** Notes in order of first reference; footnotes before endnotes. Grows while notes are being read. */
  get all(): readonly NoteEntry[] {
    return this.entries;
  }

  static orderForOutput(entries: readonly NoteEntry[]): NoteEntry[] {
    return [...entries.filter((e) => e.info.kind === 'footnote'), ...entries.filter((e) => e.info.kind === 'endnote')];
  }
}
