/**
 * The Word 97–2003 binary format ([MS-DOC]) as far as the import needs it: the File Information
 * Block, the piece table (which bytes of the WordDocument stream hold which characters), and the
 * paragraph properties that say whether a paragraph is in a table, ends a table row, or is centred.
 * The compound-file container is read by `cfb` (SheetJS). A plain-text reader such as
 * word-extractor turns the cell marks (\x07) into tabs and footnote marks into nothing, which loses
 * the tables and the place of each note; reading the text stream ourselves keeps both.
 */
import CFB from 'cfb';
import { formatMessage } from '../../../shared/messages/format';
import { msg, type MessageRef } from '../../../shared/messages/types';

export interface Piece {
  cpStart: number;
  cpEnd: number;
  /** Byte offset of the piece's first character in the WordDocument stream. */
  fc: number;
  /** 8-bit (Windows-1252) characters rather than UTF-16. */
  compressed: boolean;
}

/** Paragraph properties read from the PAPX FKPs: table membership, row end, nesting depth, centring. */
export interface ParagraphProps {
  inTable: boolean;
  /** The paragraph is a table row's end mark (sprmPFTtp) or a nested row's (sprmPFInnerTtp). */
  rowEnd: boolean;
  innerRowEnd: boolean;
  innerCell: boolean;
  /** Table depth (sprmPItap); 1 when in a table without an explicit depth. */
  depth: number;
  centered: boolean;
}

export interface WordBinary {
  /** The whole text, every story (body, footnotes, headers, …) one after the other, control characters kept. */
  text: string;
  ccpText: number;
  ccpFtn: number;
  ccpHdd: number;
  ccpAtn: number;
  ccpEdn: number;
  /** CPs in the body of footnote and endnote references, and where each note's text starts and ends. */
  footnoteRefs: number[];
  footnoteTexts: number[];
  endnoteRefs: number[];
  endnoteTexts: number[];
  /** Properties of the paragraph whose mark is the character at `cp`; null when unknown. */
  propsAt(cp: number): ParagraphProps | null;
}

/** Why a .doc cannot be read; `detail` is a catalogue message (import.detail.*) or technical text. */
export class WordBinaryError extends Error {
  constructor(
    readonly reason: 'not-word' | 'too-old' | 'encrypted' | 'corrupt',
    readonly detail: MessageRef | string,
  ) {
    super(typeof detail === 'string' ? detail : formatMessage('vi', detail.key, detail.params));
  }
}

const CP1252_HIGH: Record<number, number> = {
  0x80: 0x20ac,
  0x82: 0x201a,
  0x83: 0x0192,
  0x84: 0x201e,
  0x85: 0x2026,
  0x86: 0x2020,
  0x87: 0x2021,
  0x88: 0x02c6,
  0x89: 0x2030,
  0x8a: 0x0160,
  0x8b: 0x2039,
  0x8c: 0x0152,
  0x8e: 0x017d,
  0x91: 0x2018,
  0x92: 0x2019,
  0x93: 0x201c,
  0x94: 0x201d,
  0x95: 0x2022,
  0x96: 0x2013,
  0x97: 0x2014,
  0x98: 0x02dc,
  0x99: 0x2122,
  0x9a: 0x0161,
  0x9b: 0x203a,
  0x9c: 0x0153,
  0x9e: 0x017e,
  0x9f: 0x0178,
};

function decodeCompressed(bytes: Buffer): string {
  let out = '';
  for (const b of bytes) out += String.fromCharCode(CP1252_HIGH[b] ?? b);
  return out;
}

/** A bounds-checked view: a damaged offset is a clear error, never a read past the end. */
class View {
  constructor(
    readonly buffer: Buffer,
    private readonly name: string,
  ) {}
  check(offset: number, size: number): void {
    if (offset < 0 || offset + size > this.buffer.length)
      throw new WordBinaryError('corrupt', msg('import.detail.word_out_of_stream', { stream: this.name }));
  }
  u8(o: number): number {
    this.check(o, 1);
    return this.buffer.readUInt8(o);
  }
  u16(o: number): number {
    this.check(o, 2);
    return this.buffer.readUInt16LE(o);
  }
  u32(o: number): number {
    this.check(o, 4);
    return this.buffer.readUInt32LE(o);
  }
  i32(o: number): number {
    this.check(o, 4);
    return this.buffer.readInt32LE(o);
  }
  slice(o: number, size: number): Buffer {
    this.check(o, size);
    return this.buffer.subarray(o, o + size);
  }
}

function streamOf(container: CFB.CFB$Container, name: string): Buffer | null {
  const entry = CFB.find(container, name);
  if (!entry || !entry.content) return null;
  const content = entry.content as unknown;
  return Buffer.isBuffer(content) ? content : Buffer.from(content as number[]);
}

/** FibRgFcLcb97 pair `index`: (fc, lcb). The array starts at byte 154 of the FIB. */
function fcLcb(fib: View, index: number): { fc: number; lcb: number } {
  const at = 154 + index * 8;
  if (at + 8 > fib.buffer.length) return { fc: 0, lcb: 0 };
  return { fc: fib.u32(at), lcb: fib.u32(at + 4) };
}

function readPieces(table: View, fc: number, lcb: number): Piece[] {
  let at = fc;
  const end = fc + lcb;
  while (at < end) {
    const type = table.u8(at);
    if (type === 0x01) {
      at += 3 + table.u16(at + 1); // Prc: property modifiers, not needed for text.
    } else if (type === 0x02) {
      const size = table.u32(at + 1);
      const plc = at + 5;
      const count = (size - 4) / 12;
      if (!Number.isInteger(count) || count < 1) throw new WordBinaryError('corrupt', msg('import.detail.word_piece_table_bad'));
      const pieces: Piece[] = [];
      for (let k = 0; k < count; k++) {
        const raw = table.u32(plc + (count + 1) * 4 + k * 8 + 2);
        const compressed = (raw & 0x40000000) !== 0;
        const offset = raw & 0x3fffffff;
        pieces.push({
          cpStart: table.u32(plc + k * 4),
          cpEnd: table.u32(plc + (k + 1) * 4),
          fc: compressed ? offset / 2 : offset,
          compressed,
        });
      }
      return pieces;
    } else {
      throw new WordBinaryError('corrupt', msg('import.detail.word_piece_table_bad'));
    }
  }
  throw new WordBinaryError('corrupt', msg('import.detail.word_no_piece_table'));
}

interface PropsRange {
  fcStart: number;
  fcEnd: number;
  props: ParagraphProps;
}

/** Operand size of a sprm from its spra bits; variable-size operands carry their size first. */
function operandSize(view: View, sprm: number, at: number): number {
  switch (sprm >> 13) {
    case 0:
    case 1:
      return 1;
    case 2:
    case 4:
    case 5:
      return 2;
    case 3:
      return 4;
    case 7:
      return 3;
    default: {
      if (sprm === 0xd608 || sprm === 0xd606) return 2 + view.u16(at); // table definitions: 2-byte size
      const size = view.u8(at);
      if (sprm === 0xc615 && size === 255) throw new WordBinaryError('corrupt', 'tab stops'); // rare form: stop reading this PAPX
      return 1 + size;
    }
  }
}

function readGrpprl(view: View, at: number, end: number): ParagraphProps {
  const props: ParagraphProps = {
    inTable: false,
    rowEnd: false,
    innerRowEnd: false,
    innerCell: false,
    depth: 0,
    centered: false,
  };
  try {
    while (at + 2 <= end) {
      const sprm = view.u16(at);
      const operand = at + 2;
      const size = operandSize(view, sprm, operand);
      if (sprm === 0x2416) props.inTable = view.u8(operand) !== 0;
      else if (sprm === 0x2417) props.rowEnd = view.u8(operand) !== 0;
      else if (sprm === 0x244b) props.innerCell = view.u8(operand) !== 0;
      else if (sprm === 0x244c) props.innerRowEnd = view.u8(operand) !== 0;
      else if (sprm === 0x6649) props.depth = view.i32(operand);
      else if (sprm === 0x2403 || sprm === 0x2461) props.centered = view.u8(operand) === 1;
      at = operand + size;
    }
  } catch (error) {
    if (!(error instanceof WordBinaryError)) throw error;
  }
  if (props.inTable && props.depth < 1) props.depth = 1;
  if (props.depth > 0) props.inTable = true;
  return props;
}

/** Reads the PAPX FKP pages named by PlcBtePapx into FC ranges with their properties. */
function readParagraphProps(word: View, table: View, fc: number, lcb: number): PropsRange[] {
  if (lcb < 12) return [];
  const count = (lcb - 4) / 8;
  const ranges: PropsRange[] = [];
  for (let k = 0; k < count; k++) {
    const page = (table.u32(fc + (count + 1) * 4 + k * 4) & 0x3fffff) * 512;
    word.check(page, 512);
    const crun = word.u8(page + 511);
    for (let r = 0; r < crun; r++) {
      const fcStart = word.u32(page + r * 4);
      const fcEnd = word.u32(page + (r + 1) * 4);
      const bOffset = word.u8(page + (crun + 1) * 4 + r * 13) * 2;
      let props: ParagraphProps = {
        inTable: false,
        rowEnd: false,
        innerRowEnd: false,
        innerCell: false,
        depth: 0,
        centered: false,
      };
      if (bOffset > 0) {
        let at = page + bOffset;
        let size = word.u8(at) * 2 - 1;
        at++;
        if (size === -1) {
          size = word.u8(at) * 2;
          at++;
        }
        // istd (2 bytes) then the sprms.
        props = readGrpprl(word, at + 2, Math.min(at + size, page + 511));
      }
      ranges.push({ fcStart, fcEnd, props });
    }
  }
  return ranges.sort((a, b) => a.fcStart - b.fcStart);
}

function readCps(table: View, fc: number, lcb: number, count: number): number[] {
  const cps: number[] = [];
  for (let k = 0; k < count && (k + 1) * 4 <= lcb; k++) cps.push(table.u32(fc + k * 4));
  return cps;
}

/** Footnote/endnote references: a PLC of CPs with 2-byte data, so n = (lcb − 4) / 6. */
function readRefs(table: View, pair: { fc: number; lcb: number }): number[] {
  if (pair.lcb < 10) return [];
  const n = (pair.lcb - 4) / 6;
  return readCps(table, pair.fc, pair.lcb, n);
}

export function readWordBinary(buffer: Buffer, maxChars: number): WordBinary {
  let container: CFB.CFB$Container;
  try {
    container = CFB.read(buffer, { type: 'buffer' });
  } catch (error) {
    throw new WordBinaryError('corrupt', msg('import.detail.ole_unreadable', { detail: (error as Error).message }));
  }
  const wordStream = streamOf(container, 'WordDocument');
  if (!wordStream) throw new WordBinaryError('not-word', msg('import.detail.no_word_stream'));
  const fib = new View(wordStream, 'WordDocument');
  if (fib.u16(0) !== 0xa5ec) throw new WordBinaryError('not-word', msg('import.detail.no_fib'));
  const nFib = fib.u16(2);
  if (nFib < 0xc1) throw new WordBinaryError('too-old', `nFib ${nFib}`);
  const flags = fib.u16(0x0a);
  if (flags & 0x0100) throw new WordBinaryError('encrypted', 'fEncrypted');
  const tableStream = streamOf(container, flags & 0x0200 ? '1Table' : '0Table');
  if (!tableStream) throw new WordBinaryError('corrupt', msg('import.detail.no_table_stream'));
  const table = new View(tableStream, 'Table');

  const clx = fcLcb(fib, 33);
  const pieces = readPieces(table, clx.fc, clx.lcb);
  const total = pieces.reduce((n, p) => n + Math.max(0, p.cpEnd - p.cpStart), 0);
  if (total > maxChars) throw new WordBinaryError('corrupt', msg('import.detail.too_many_chars', { count: total }));
  let text = '';
  for (const p of pieces) {
    const chars = Math.max(0, p.cpEnd - p.cpStart);
    const bytes = fib.slice(p.fc, chars * (p.compressed ? 1 : 2));
    text += p.compressed ? decodeCompressed(bytes) : bytes.toString('utf16le');
  }

  let ranges: PropsRange[] = [];
  try {
    const papx = fcLcb(fib, 13);
    ranges = readParagraphProps(fib, table, papx.fc, papx.lcb);
  } catch (error) {
    if (!(error instanceof WordBinaryError)) throw error;
    ranges = []; // Without paragraph properties, tables are guessed from the cell marks alone.
  }

  const fcOf = (cp: number): number | null => {
    for (const p of pieces) if (cp >= p.cpStart && cp < p.cpEnd) return p.fc + (cp - p.cpStart) * (p.compressed ? 1 : 2);
    return null;
  };
  const propsAt = (cp: number): ParagraphProps | null => {
    if (ranges.length === 0) return null;
    const fc = fcOf(cp);
    if (fc === null) return null;
    let lo = 0;
    let hi = ranges.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const r = ranges[mid];
      if (fc < r.fcStart) hi = mid - 1;
      else if (fc >= r.fcEnd) lo = mid + 1;
      else return r.props;
    }
    return null;
  };

  const ccp = (o: number) => Math.max(0, fib.i32(o));
  const footnoteTxt = fcLcb(fib, 3);
  const endnoteTxt = fcLcb(fib, 47);
  return {
    text,
    ccpText: ccp(0x4c),
    ccpFtn: ccp(0x50),
    ccpHdd: ccp(0x54),
    ccpAtn: ccp(0x5c),
    ccpEdn: ccp(0x60),
    footnoteRefs: readRefs(table, fcLcb(fib, 2)),
    footnoteTexts: readCps(table, footnoteTxt.fc, footnoteTxt.lcb, footnoteTxt.lcb / 4),
    endnoteRefs: readRefs(table, fcLcb(fib, 46)),
    endnoteTexts: readCps(table, endnoteTxt.fc, endnoteTxt.lcb, endnoteTxt.lcb / 4),
    propsAt,
  };
}
