/**
 * The model's tables as WordprocessingML, one row at a time, so a table of 20,000 comments is
 * written as a stream instead of being held as objects: the `docx` package builds everything
 * else of the document, and each table goes where its marker paragraph stands (write-docx.ts).
 * The properties are those the `docx` package would write: fixed layout, single 0.5 pt borders,
 * the header row repeated on every page (w:tblHeader) and never split.
 */
import type { MCell, MPara, MRow, MTable, Run } from '../report/model';
import { FONT, ROLE_STYLES } from './styles';

/** Characters XML 1.0 forbids are dropped; the five special ones escaped. */
/** What XML 1.0 allows: tab, line feed, carriage return, and U+0020 on (no lone surrogates, no U+FFFE/FFFF). */
const XML_CHAR = new RegExp('[^\\t\\n\\r\\u0020-\\ud7ff\\ue000-\\ufffd\\u{10000}-\\u{10ffff}]', 'gu');

export function xmlText(text: string): string {
  return text
    .replace(XML_CHAR, '')
    .replace(/&/gu, '&amp;')
    .replace(/</gu, '&lt;')
    .replace(/>/gu, '&gt;')
    .replace(/"/gu, '&quot;');
}

const FONTS = `<w:rFonts w:ascii="${FONT}" w:hAnsi="${FONT}" w:cs="${FONT}" w:eastAsia="${FONT}"/>`;
const JC = { left: 'left', center: 'center', both: 'both', justified: 'both', right: 'right' } as Record<string, string>;

function runXml(r: Run, size: number): string {
  const bold = r.style === 'bold' || r.style === 'boldItalic' ? '<w:b/><w:bCs/>' : '';
  const italic = r.style === 'italic' || r.style === 'boldItalic' ? '<w:i/><w:iCs/>' : '';
  const mark = r.mark === 'del' ? '<w:strike/>' : r.mark === 'ins' ? '<w:u w:val="single"/>' : '';
  return `<w:r><w:rPr>${FONTS}${bold}${italic}${mark}<w:sz w:val="${size}"/><w:szCs w:val="${size}"/></w:rPr><w:t xml:space="preserve">${xmlText(r.text)}</w:t></w:r>`;
}

export function paraXml(p: MPara): string {
  const s = ROLE_STYLES[p.role];
  const sp = s.spacing;
  const ind = s.firstLine ? `<w:ind w:firstLine="${s.firstLine}"/>` : '';
  const keep = p.keepWithNext ? '<w:keepNext/>' : '';
  const jc = JC[s.alignment] ?? 'left';
  return (
    `<w:p><w:pPr>${keep}<w:spacing w:before="0" w:after="${sp.after}" w:line="${sp.line}" w:lineRule="auto"/>${ind}<w:jc w:val="${jc}"/></w:pPr>` +
    `${p.runs.map((r) => runXml(r, s.size)).join('')}</w:p>`
  );
}

const BORDER = 'w:val="single" w:sz="4" w:space="0" w:color="000000"';
const MARGINS =
  '<w:tblCellMar><w:top w:w="40" w:type="dxa"/><w:left w:w="100" w:type="dxa"/><w:bottom w:w="60" w:type="dxa"/><w:right w:w="100" w:type="dxa"/></w:tblCellMar>';

export class TableXml {
  private readonly widths: number[];

  constructor(
    private readonly table: MTable,
    private readonly textWidth: number,
  ) {
    this.widths = table.columns.map((f) => Math.round(f * textWidth));
  }

  private cellXml(c: MCell, col: number): string {
    const span = c.span ?? 1;
    const width = this.widths.slice(col, col + span).reduce((a, b) => a + b, 0);
    const gridSpan = span > 1 ? `<w:gridSpan w:val="${span}"/>` : '';
    const paras = c.paras.length > 0 ? c.paras.map(paraXml).join('') : '<w:p/>';
    return `<w:tc><w:tcPr><w:tcW w:w="${width}" w:type="dxa"/>${gridSpan}</w:tcPr>${paras}</w:tc>`;
  }

  private rowXml(cells: readonly MCell[], trPr: string): string {
    let col = 0;
    const xml = cells.map((c) => {
      const out = this.cellXml(c, col);
      col += c.span ?? 1;
      return out;
    });
    return `<w:tr>${trPr ? `<w:trPr>${trPr}</w:trPr>` : ''}${xml.join('')}</w:tr>`;
  }

  /** The table's start: properties, grid and the repeated header row. */
  open(): string {
    const borders = ['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map((b) => `<w:${b} ${BORDER}/>`).join('');
    const grid = this.widths.map((w) => `<w:gridCol w:w="${w}"/>`).join('');
    return (
      `<w:tbl><w:tblPr><w:tblW w:w="${this.textWidth}" w:type="dxa"/><w:tblBorders>${borders}</w:tblBorders>` +
      `<w:tblLayout w:type="fixed"/>${MARGINS}</w:tblPr><w:tblGrid>${grid}</w:tblGrid>` +
      this.rowXml(this.table.header, '<w:cantSplit/><w:tblHeader/>')
    );
  }

  /** A group row never splits and keeps with the next row (its paragraphs keep with the next). */
  row(r: MRow): string {
    if (!r.group) return this.rowXml(r.cells, '');
    const kept = r.cells.map((c) => ({ ...c, paras: c.paras.map((p) => ({ ...p, keepWithNext: true })) }));
    return this.rowXml(kept, '<w:cantSplit/>');
  }

  close(): string {
    return '</w:tbl>';
  }
}
