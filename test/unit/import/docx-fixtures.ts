/**
 * Builds .docx fixtures inside the tests: with the `docx` writer for whole documents, and by hand
 * (a tiny zip writer and raw WordprocessingML) for the corner cases a writer library does not make,
 * such as broken packages, AlternateContent or deleted text.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type INumberingOptions,
  type ParagraphChild,
} from 'docx';
import { ShapeRun } from 'docx/shapes';
import { join } from 'node:path';
import { crc32, deflateRawSync } from 'node:zlib';
import { REPO_ROOT } from '../../support/temp';

/** The real Word file of Nghị định 30/2020/NĐ-CP, read where it lies (never copied or edited). */
/** A copy of ../shared/fixtures/real-docx, so a clean clone of the repository tests on its own. */
export const ND30_PATH = join(REPO_ROOT, 'test', 'fixtures', 'real-docx', 'nd-30-2020-nd-cp-cong-tac-van-thu.docx');

type Child = Paragraph | Table;

export interface PackOptions {
  footnotes?: Record<number, { children: Paragraph[] }>;
  numbering?: INumberingOptions;
}

export async function packDocx(children: Child[], options: PackOptions = {}): Promise<Buffer> {
  const doc = new Document({
    footnotes: options.footnotes,
    numbering: options.numbering,
    sections: [{ children }],
  });
  return Packer.toBuffer(doc);
}

export function para(text: string, options: { bold?: boolean; italic?: boolean; center?: boolean } = {}): Paragraph {
  return new Paragraph({
    alignment: options.center ? AlignmentType.CENTER : undefined,
    children: [new TextRun({ text, bold: options.bold, italics: options.italic })],
  });
}

export function runs(...children: ParagraphChild[]): Paragraph {
  return new Paragraph({ children });
}

/** The short rule under a name, drawn as Word draws it: a floating line shape with position offsets. */
export function ruleShape(): ShapeRun {
  return new ShapeRun({
    type: 'line',
    transformation: { width: 80, height: 0 },
    floating: { horizontalPosition: { offset: 1143000 }, verticalPosition: { offset: -12700 } },
  });
}

const NO_BORDERS = {
  top: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
  bottom: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
  left: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
  right: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
  insideHorizontal: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
  insideVertical: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
};

function layoutTable(columns: Paragraph[][]): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: NO_BORDERS,
    rows: [new TableRow({ children: columns.map((children) => new TableCell({ children })) })],
  });
}

export interface HeaderSpec {
  parent?: string;
  issuer: string[];
  number: string;
  placeDate: string;
}

/** The header block as a borderless two-column table, rules drawn as shapes (Nghị định 30/2020, Phụ lục I). */
export function headerTable(spec: HeaderSpec): Table {
  const left = [
    ...(spec.parent ? [para(spec.parent, { center: true })] : []),
    ...spec.issuer.map((line, i) =>
      i === spec.issuer.length - 1 ? runs(new TextRun({ text: line, bold: true }), ruleShape()) : para(line, { bold: true }),
    ),
    para(spec.number, { center: true }),
  ];
  const right = [
    para('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { bold: true, center: true }),
    runs(new TextRun({ text: 'Độc lập - Tự do - Hạnh phúc', bold: true }), ruleShape()),
    para(spec.placeDate, { italic: true, center: true }),
  ];
  return layoutTable([left, right]);
}

/** The closing block: "Nơi nhận:" and its list on the left, the signature on the right. */
export function closingTable(authority: string, title: string, signer: string): Table {
  return layoutTable([
    [para('Nơi nhận:', { bold: true, italic: true }), para('- Như Điều 3;'), para('- Lưu: VT.')],
    [para(authority, { bold: true }), para(title, { bold: true }), para('(Đã ký)'), para(signer, { bold: true })],
  ]);
}

export function dataTable(rows: string[][]): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: rows.map((cells) => new TableRow({ children: cells.map((c) => new TableCell({ children: [para(c)] })) })),
  });
}

/** A minimal zip writer (stored or deflated entries), for hand-made and deliberately broken packages. */
export function makeZip(entries: Record<string, string | Buffer>, options: { deflate?: boolean } = {}): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, content] of Object.entries(entries)) {
    const data = Buffer.isBuffer(content) ? content : Buffer.from(content, 'utf8');
    const stored = options.deflate ? deflateRawSync(data) : data;
    const nameBytes = Buffer.from(name, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x800, 6);
    local.writeUInt16LE(options.deflate ? 8 : 0, 8);
    local.writeUInt32LE(crc32(data) >>> 0, 14);
    local.writeUInt32LE(stored.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x800, 8);
    central.writeUInt16LE(options.deflate ? 8 : 0, 10);
    central.writeUInt32LE(crc32(data) >>> 0, 16);
    central.writeUInt32LE(stored.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, stored);
    centrals.push(central, nameBytes);
    offset += local.length + nameBytes.length + stored.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(entries).length, 8);
  end.writeUInt16LE(Object.keys(entries).length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const W_NS = [
  'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"',
  'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"',
  'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"',
  'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"',
  'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"',
  'xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"',
  'xmlns:v="urn:schemas-microsoft-com:vml"',
  'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"',
].join(' ');

/** A package written by hand around `bodyXml` (the inside of w:body), with optional other parts' inner XML. */
export function handMadeDocx(bodyXml: string, parts: { styles?: string; numbering?: string; footnotes?: string } = {}): Buffer {
  const rels: string[] = [];
  const files: Record<string, string> = {
    '[Content_Types].xml':
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      '<Default Extension="xml" ContentType="application/xml"/></Types>',
    '_rels/.rels':
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>' +
      '</Relationships>',
    'word/document.xml': `<?xml version="1.0" encoding="UTF-8"?><w:document ${W_NS}><w:body>${bodyXml}</w:body></w:document>`,
  };
  const add = (name: string, root: string, inner: string | undefined, type: string) => {
    if (inner === undefined) return;
    files[`word/${name}`] = `<?xml version="1.0" encoding="UTF-8"?><w:${root} ${W_NS}>${inner}</w:${root}>`;
    rels.push(
      `<Relationship Id="r${name}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/${type}" Target="${name}"/>`,
    );
  };
  add('styles.xml', 'styles', parts.styles, 'styles');
  add('numbering.xml', 'numbering', parts.numbering, 'numbering');
  add('footnotes.xml', 'footnotes', parts.footnotes, 'footnotes');
  files['word/_rels/document.xml.rels'] =
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join('')}</Relationships>`;
  return makeZip(files, { deflate: true });
}

/** `<w:p>` with plain runs. */
export function wp(...texts: string[]): string {
  return `<w:p>${texts.map((t) => `<w:r><w:t xml:space="preserve">${t}</w:t></w:r>`).join('')}</w:p>`;
}
