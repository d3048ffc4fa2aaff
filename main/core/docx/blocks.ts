/**
 * The Word blocks of the document model: the header as a borderless two-column table, the title
 * with its short rule, tables and the
 * signing block (Nơi nhận on the left, the signer on the right) as a borderless table too. The
 * model's own tables are streamed (table-xml.ts).
 */
import {
  AlignmentType,
  BorderStyle,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
  type ITableCellBorders,
} from 'docx';
import type { MHeader, MSignature } from '../report/model';
import { FONT, SIZE, twip } from './styles';

export const NATIONAL_NAME = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
export const MOTTO = 'Độc lập - Tự do - Hạnh phúc';

const upper = (t: string): string => t.normalize('NFC').toLocaleUpperCase('vi-VN');
const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const NO_BORDERS: ITableCellBorders = { top: NONE, bottom: NONE, left: NONE, right: NONE };
const LINE = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const TABLE_NO_BORDERS = { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE };

function centred(text: string, opts: { bold?: boolean; italics?: boolean; size: number; after?: number }): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { before: 0, after: opts.after ?? 0, line: 264 },
    children: [new TextRun({ text, font: FONT, size: opts.size, bold: opts.bold, italics: opts.italics })],
  });
}

/** A short centred rule: an empty, tiny paragraph whose bottom border runs between its indents. */
function rule(columnWidth: number, length: number): Paragraph {
  const side = Math.max(0, Math.round((columnWidth - length) / 2));
  return new Paragraph({
    indent: { left: side, right: side },
    border: { bottom: LINE },
    spacing: { before: 0, after: 120, line: 120, lineRule: 'exact' },
    children: [new TextRun({ text: '', font: FONT, size: 4 })],
  });
}

const plainCell = (children: Paragraph[], width: number): TableCell =>
  new TableCell({ children, borders: NO_BORDERS, width: { size: width, type: WidthType.DXA } });

export function headerTable(h: MHeader, textWidth: number): Table {
  const leftW = twip(62);
  const rightW = textWidth - leftW;
  const left = [
    ...h.parentLines.map((l) => centred(upper(l), { size: SIZE.issuer })),
    ...h.issuerLines.map((l) => centred(upper(l), { size: SIZE.issuer, bold: true })),
    rule(leftW, twip(25)),
  ];
  const right = [
    centred(NATIONAL_NAME, { size: SIZE.issuer, bold: true }),
    centred(MOTTO, { size: SIZE.motto, bold: true }),
    rule(rightW, twip(60)),
  ];
  const rows = [new TableRow({ children: [plainCell(left, leftW), plainCell(right, rightW)] })];
  if (h.numberLine !== null || h.placeDate !== null) {
    rows.push(
      new TableRow({
        children: [
          plainCell([centred(h.numberLine ?? '', { size: SIZE.issuer })], leftW),
          plainCell([centred(h.placeDate ?? '', { size: SIZE.body, italics: true })], rightW),
        ],
      }),
    );
  }
  return new Table({
    rows,
    columnWidths: [leftW, rightW],
    width: { size: textWidth, type: WidthType.DXA },
    layout: TableLayoutType.FIXED,
    borders: TABLE_NO_BORDERS,
  });
}

export function titleParagraphs(title: string, subject: string, note: string | undefined, textWidth: number): Paragraph[] {
  return [
    new Paragraph({ spacing: { before: 240, after: 0 }, children: [] }),
    centred(upper(title), { size: SIZE.body, bold: true }),
    centred(subject.normalize('NFC'), { size: SIZE.body, bold: true }),
    ...(note ? [centred(note.normalize('NFC'), { size: SIZE.body, italics: true })] : []),
    rule(textWidth, twip(35)),
  ];
}

export function signatureTable(s: MSignature, textWidth: number): Table {
  const leftW = twip(67);
  const rightW = textWidth - leftW;
  const small = (text: string, opts: { bold?: boolean; italics?: boolean; size: number }): Paragraph =>
    new Paragraph({
      spacing: { before: 0, after: 0, line: 240 },
      indent: { left: 0 },
      children: [new TextRun({ text, font: FONT, size: opts.size, bold: opts.bold, italics: opts.italics })],
    });
  const left = [
    small('Nơi nhận:', { size: SIZE.recipientsLabel, bold: true, italics: true }),
    ...s.recipients.map((r) => small(`- ${r}`, { size: SIZE.recipients })),
  ];
  const right = [
    ...(s.placeDate ? [centred(s.placeDate, { size: SIZE.body, italics: true })] : []),
    ...s.capacity.map((c) => centred(upper(c), { size: SIZE.body, bold: true })),
    new Paragraph({ spacing: { before: 0, after: 0, line: twip(24) * 1, lineRule: 'exact' }, children: [] }),
    centred(s.name, { size: SIZE.body, bold: true }),
    ...(s.underName ? [centred(s.underName, { size: SIZE.recipients, italics: true })] : []),
  ];
  return new Table({
    rows: [new TableRow({ cantSplit: true, children: [plainCell(left, leftW), plainCell(right, rightW)] })],
    columnWidths: [leftW, rightW],
    width: { size: textWidth, type: WidthType.DXA },
    layout: TableLayoutType.FIXED,
    borders: TABLE_NO_BORDERS,
  });
}
