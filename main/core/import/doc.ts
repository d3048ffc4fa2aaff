/**
 * Reads a Word 97–2003 .doc into the same items as a .docx (paragraphs, tables as rows of cells,
 * footnotes and endnotes), then the shared header, closing and paragraph steps. What .doc gives
 * less than .docx is listed in docs/docx-import.md (no bold/italic, no merged-cell spans, no
 * automatic list numbers).
 */
import type { RawItem, RawParagraph, RawTable } from './body';
import { removeClosing } from './closing';
import { asBuffer, sha256Hex, type ReadOptions } from './docx';
import { recogniseHeader } from './header';
import { withLimits } from './limits';
import { importErrors, importWarnings } from './messages';
import { sniffContainer } from './sniff';
import { itemsToParagraphs, noteToParagraphs } from './to-paragraphs';
import type { NoteInfo, ParsedDocument } from './types';
import { readWordBinary, WordBinaryError, type ParagraphProps, type WordBinary } from './word-binary';
import { toRoman } from './numbering';
import type { MessageRef } from '../../../shared/messages/types';

const CELL_MARK = '\x07';
const PARAGRAPH_MARK = '\r';

interface Stats {
  images: number;
}

/** One paragraph of a story, its text cleaned, its mark's position and properties. */
interface DocParagraph {
  text: string;
  mark: string;
  props: ParagraphProps | null;
}

function paragraph(text: string, centered = false): RawParagraph {
  const p: RawParagraph = { kind: 'paragraph', text, marks: [], allBold: false, heading: false };
  if (centered) p.centered = true;
  return p;
}

/**
 * Cleans a paragraph's raw characters: a field shows its result, never its code ("PAGE",
 * "HYPERLINK …"); a note reference becomes its label; pictures are counted; other control
 * characters go.
 */
function splitStory(
  doc: WordBinary,
  start: number,
  end: number,
  noteLabel: (cp: number) => string | null,
  stats: Stats,
): DocParagraph[] {
  const out: DocParagraph[] = [];
  const fields: boolean[] = []; // per open field: whether we are past its separator (showing the result)
  let text = '';
  for (let cp = start; cp < end && cp < doc.text.length; cp++) {
    const ch = doc.text[cp];
    const code = ch.charCodeAt(0);
    if (code === 0x13) {
      fields.push(false);
      continue;
    }
    if (code === 0x14) {
      if (fields.length) fields[fields.length - 1] = true;
      continue;
    }
    if (code === 0x15) {
      fields.pop();
      continue;
    }
    const visible = fields.every((shown) => shown);
    if (ch === PARAGRAPH_MARK || ch === CELL_MARK) {
      // A paragraph mark inside a field code still ends the paragraph: fields never span them in practice.
      out.push({ text, mark: ch, props: doc.propsAt(cp) });
      text = '';
      continue;
    }
    if (!visible) continue;
    if (code === 0x0b || code === 0x0c || code === 0x0e) {
      out.push({ text, mark: '\v', props: doc.propsAt(cp) });
      text = '';
    } else if (code === 0x02) {
      const label = noteLabel(cp);
      if (label) text += `[${label}]`;
    } else if (code === 0x01 || code === 0x08) stats.images++;
    else if (code === 0x09) text += '\t';
    else if (code === 0x1e) text += '-';
    else if (code === 0xa0) text += ' ';
    else if (code >= 0x20 && code !== 0x1f) text += ch;
  }
  if (text.trim()) out.push({ text, mark: '', props: null });
  return out;
}

function clean(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[\u200b-\u200d\u2060\ufeff\u00ad]/gu, '')
    .replace(/\s+/gu, ' ')
    .trim();
}

/**
 * Paragraphs into items. With paragraph properties, a table paragraph's mark says what it ends: a
 * cell (\x07), the row (\x07 with the row-end property), or, in a nested table, an inner cell or row.
 * Without them (a damaged property table), a \x07 right after a cell mark ends the row.
 */
function toItems(paragraphs: readonly DocParagraph[]): RawItem[] {
  const items: RawItem[] = [];
  let table: RawTable | null = null;
  let row: RawParagraph[][] = [];
  let cell: RawParagraph[] = [];
  let lastWasCellEnd = false;
  const endTable = () => {
    if (table) {
      if (row.length) table.rows.push(row);
      if (table.rows.length) items.push(table);
    }
    table = null;
    row = [];
    cell = [];
  };
  for (const p of paragraphs) {
    const text = clean(p.text);
    const props = p.props;
    const inTable = props ? props.inTable : p.mark === CELL_MARK || (table !== null && p.mark === CELL_MARK);
    if (!inTable && !(props === null && table !== null && p.mark === CELL_MARK)) {
      endTable();
      lastWasCellEnd = false;
      if (text) items.push(paragraph(text, props?.centered));
      continue;
    }
    table ??= { kind: 'table', rows: [] };
    const rowEnd = props
      ? props.rowEnd && p.mark === CELL_MARK
      : p.mark === CELL_MARK && lastWasCellEnd && !text && cell.length === 0;
    if (rowEnd) {
      if (cell.length) row.push(cell);
      table.rows.push(row);
      row = [];
      cell = [];
      lastWasCellEnd = false;
      continue;
    }
    if (props?.innerRowEnd) continue; // the end mark of a nested row holds no text
    if (text) cell.push(paragraph(text, props?.centered));
    if (p.mark === CELL_MARK) {
      row.push(cell);
      cell = [];
      lastWasCellEnd = true;
    } else lastWasCellEnd = false;
  }
  endTable();
  return items;
}

/** Pairs note references with note texts: the n-th reference of a kind opens the n-th text of that kind. */
function noteRanges(refs: readonly number[], texts: readonly number[], base: number): Map<number, [number, number]> {
  const map = new Map<number, [number, number]>();
  refs.forEach((cp, k) => {
    if (k + 1 < texts.length) map.set(cp, [base + texts[k], base + texts[k + 1]]);
  });
  return map;
}

function checkContainer(buffer: Buffer, fileName: string, maxBytes: number): void {
  if (buffer.length === 0) throw importErrors.emptyFile(fileName);
  if (buffer.length > maxBytes) throw importErrors.tooLarge(fileName, buffer.length, maxBytes);
  const container = sniffContainer(buffer);
  if (container === 'ole') return;
  if (container === 'ole-encrypted') throw importErrors.encrypted(fileName);
  if (container === 'zip') throw importErrors.docxNamedDoc(fileName);
  if (container === 'pdf') throw importErrors.pdfNamedDoc(fileName);
  if (container === 'rtf') throw importErrors.rtfNamedDoc(fileName);
  const head = buffer.subarray(0, 512).toString('latin1').toLowerCase();
  if (/<html|<!doctype html|<\?xml|<w:worddocument|xmlns:w=/u.test(head)) throw importErrors.htmlNamedDoc(fileName);
  throw importErrors.notDoc(fileName);
}

export async function readDoc(data: Uint8Array, fileName: string, options: ReadOptions = {}): Promise<ParsedDocument> {
  const limits = withLimits(options.limits);
  const buffer = asBuffer(data);
  checkContainer(buffer, fileName, limits.maxDocxBytes);
  let doc: WordBinary;
  try {
    doc = readWordBinary(buffer, limits.maxDocChars);
  } catch (error) {
    if (!(error instanceof WordBinaryError)) throw error;
    if (error.reason === 'encrypted') throw importErrors.encrypted(fileName);
    if (error.reason === 'too-old') throw importErrors.word6(fileName);
    if (error.reason === 'not-word') throw importErrors.notDoc(fileName);
    throw importErrors.corrupt(fileName, error.detail);
  }

  const stats: Stats = { images: 0 };
  const footnoteBase = doc.ccpText;
  const endnoteBase = doc.ccpText + doc.ccpFtn + doc.ccpHdd + doc.ccpAtn;
  const footnotes = noteRanges(doc.footnoteRefs, doc.footnoteTexts, footnoteBase);
  const endnotes = noteRanges(doc.endnoteRefs, doc.endnoteTexts, endnoteBase);
  const notes: Array<{ info: NoteInfo; range: [number, number] }> = [];
  const labelAt = (cp: number): string | null => {
    const foot = footnotes.get(cp);
    const end = foot ? undefined : endnotes.get(cp);
    const range = foot ?? end;
    if (!range) return null;
    const kind = foot ? 'footnote' : 'endnote';
    const n = notes.filter((x) => x.info.kind === kind).length + 1;
    const info: NoteInfo = { kind, label: kind === 'footnote' ? String(n) : toRoman(n) };
    notes.push({ info, range });
    return info.label;
  };

  const items = toItems(splitStory(doc, 0, doc.ccpText, labelAt, stats));
  const { header, bodyStart, found } = recogniseHeader(items);
  const paragraphs = itemsToParagraphs(removeClosing(items.slice(bodyStart)));
  if (paragraphs.length === 0) throw importErrors.empty(fileName);
  const ordered = [...notes.filter((n) => n.info.kind === 'footnote'), ...notes.filter((n) => n.info.kind === 'endnote')];
  for (const note of ordered) {
    const content = toItems(splitStory(doc, note.range[0], note.range[1], () => null, stats));
    paragraphs.push(...noteToParagraphs(note.info, content));
  }
  if (paragraphs.length > limits.maxParagraphs) throw importErrors.tooManyParagraphs(fileName, limits.maxParagraphs);

  const warnings: MessageRef[] = [importWarnings.legacyWordFormat()];
  if (!found && !header.numberSymbol && !header.issuer) warnings.push(importWarnings.noHeader());
  if (stats.images > 0) warnings.push(importWarnings.images(stats.images));
  return { fileName, sha256: sha256Hex(buffer), header, paragraphs, warnings };
}
