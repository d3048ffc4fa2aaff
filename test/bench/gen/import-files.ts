/**
 * The files the parse benchmark reads: a Nghị quyết of about 50 pages written with the `docx`
 * package (header table, type line, Chương / Điều / khoản / điểm, a table every few articles, a
 * footnote), and the same document saved as Word 97–2003 (.doc) and as PDF by LibreOffice when it
 * is installed (`soffice --headless --convert-to …`).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  AlignmentType,
  Document,
  FootnoteReferenceRun,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { freshDir } from '../paths';

const SENTENCE =
  'Ủy ban nhân dân tỉnh chỉ đạo các sở, ban, ngành và Ủy ban nhân dân các huyện, thị xã, thành phố tổ chức thực hiện nghiêm túc, hiệu quả các nội dung của Nghị quyết, bảo đảm đúng quy định của pháp luật và phù hợp với tình hình thực tế của địa phương';

const p = (text: string, options: { bold?: boolean; center?: boolean } = {}) =>
  new Paragraph({
    alignment: options.center ? AlignmentType.CENTER : AlignmentType.JUSTIFIED,
    children: [new TextRun({ text, bold: options.bold, size: 28, font: 'Times New Roman' })],
  });

const cell = (text: string) => new TableCell({ children: [p(text)] });

function header(): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({
        children: [
          new TableCell({
            children: [
              p('HỘI ĐỒNG NHÂN DÂN', { bold: true, center: true }),
              p('TỈNH QUẢNG NINH', { bold: true, center: true }),
              p('Số: 25/2024/NQ-HĐND', { center: true }),
            ],
          }),
          new TableCell({
            children: [
              p('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { bold: true, center: true }),
              p('Độc lập - Tự do - Hạnh phúc', { bold: true, center: true }),
              p('Quảng Ninh, ngày 12 tháng 7 năm 2024', { center: true }),
            ],
          }),
        ],
      }),
    ],
  });
}

/** About 50 A4 pages at 14 pt: 10 Chương × 6 Điều × 3 khoản × 2 điểm, a table every third Điều. */
export async function fiftyPageDocx(): Promise<Buffer> {
  const children: Array<Paragraph | Table> = [
    header(),
    p('NGHỊ QUYẾT', { bold: true, center: true }),
    p('Quy định một số chính sách hỗ trợ phát triển kinh tế - xã hội trên địa bàn tỉnh', { bold: true, center: true }),
    new Paragraph({
      children: [
        new TextRun('Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015'),
        new FootnoteReferenceRun(1),
        new TextRun(';'),
      ],
    }),
  ];
  let article = 0;
  for (let chapter = 1; chapter <= 10; chapter++) {
    children.push(
      p(`Chương ${['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'][chapter - 1]}`, { bold: true, center: true }),
    );
    children.push(p(`QUY ĐỊNH VỀ LĨNH VỰC THỨ ${chapter}`, { bold: true, center: true }));
    for (let k = 0; k < 6; k++) {
      article++;
      children.push(p(`Điều ${article}. Nội dung hỗ trợ số ${article}`, { bold: true }));
      for (let clause = 1; clause <= 3; clause++) {
        children.push(p(`${clause}. ${SENTENCE}.`));
        children.push(p(`a) ${SENTENCE}, trong đó ưu tiên các xã khó khăn;`));
        children.push(p(`b) ${SENTENCE}, theo kế hoạch hằng năm.`));
      }
      if (article % 3 === 0) {
        children.push(
          new Table({
            width: { size: 100, type: WidthType.PERCENTAGE },
            rows: [
              new TableRow({ children: ['STT', 'Nội dung', 'Mức hỗ trợ', 'Ghi chú'].map(cell) }),
              ...[1, 2, 3, 4].map(
                (n) => new TableRow({ children: [String(n), `Hạng mục ${n}`, `${n * 10} triệu đồng`, ''].map(cell) }),
              ),
            ],
          }),
        );
      }
    }
  }
  const doc = new Document({
    footnotes: { 1: { children: [new Paragraph('Luật số 77/2015/QH13, đã được sửa đổi, bổ sung năm 2019.')] } },
    sections: [{ children }],
  });
  return Packer.toBuffer(doc);
}

export interface ImportFiles {
  docx: string;
  /** Null when LibreOffice is not installed. */
  doc: string | null;
  pdf: string | null;
  pdfPages: number | null;
}

function convert(source: string, to: 'doc' | 'pdf'): string | null {
  const target = source.replace(/\.docx$/u, `.${to}`);
  try {
    execFileSync('soffice', ['--headless', '--convert-to', to, '--outdir', join(source, '..'), source], {
      stdio: 'ignore',
      timeout: 180_000,
    });
  } catch {
    return null;
  }
  return existsSync(target) ? target : null;
}

export async function importFiles(): Promise<ImportFiles> {
  const dir = freshDir('parse');
  const docx = join(dir, 'nghi-quyet-50-trang.docx');
  writeFileSync(docx, await fiftyPageDocx());
  const pdf = convert(docx, 'pdf');
  const doc = convert(docx, 'doc');
  const pdfPages = pdf ? (readFileSync(pdf, 'latin1').match(/\/Type\s*\/Page(?![s\w])/gu) ?? []).length : null;
  return { docx, doc, pdf, pdfPages };
}
