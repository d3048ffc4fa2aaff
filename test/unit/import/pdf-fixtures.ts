/**
 * PDFs made inside the tests with pdfkit: a text PDF laid out like an administrative document (a
 * two-column header, running header and page numbers), a scan (an image only), a password-protected
 * one, and a digitally signed one (a signature field appended as an incremental update, the way
 * signing tools do).
 */
import { join } from 'node:path';
import { crc32, deflateSync } from 'node:zlib';
import PDFDocument from 'pdfkit';
import { REPO_ROOT } from '../../support/temp';

export const ND30_PDF_PATH = join(REPO_ROOT, 'test', 'fixtures', 'real-pdf', 'nd-30-2020-nd-cp-cong-tac-van-thu.pdf');
const FONT = join(REPO_ROOT, 'resources', 'fonts', 'tinos', 'Tinos-Regular.ttf');
const FONT_BOLD = join(REPO_ROOT, 'resources', 'fonts', 'tinos', 'Tinos-Bold.ttf');

type Doc = InstanceType<typeof PDFDocument>;

function render(options: ConstructorParameters<typeof PDFDocument>[0], draw: (doc: Doc) => void): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({ size: 'A4', margin: 72, ...options });
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    draw(doc);
    doc.end();
  });
}

const BODY = [
  'Điều 1. Phạm vi điều chỉnh',
  'Nghị quyết này quy định mức hỗ trợ đối với người hoạt động không chuyên trách ở cấp xã, ở thôn, tổ dân phố trên địa bàn tỉnh, áp dụng từ ngày 01 tháng 01 năm 2025 cho đến khi có quy định mới.',
  'Điều 2. Mức hỗ trợ',
  '1. Hỗ trợ hằng tháng bằng 0,5 lần mức lương cơ sở.',
  'a) Đối với người hoạt động không chuyên trách ở cấp xã;',
  'b) Đối với người hoạt động ở thôn, tổ dân phố.',
  '2. Kinh phí thực hiện do ngân sách tỉnh bảo đảm.',
];

/**
 * A two-page Nghị quyết: the header in two columns, the type line and trích yếu centred, articles
 * with khoản and điểm, a running header and page numbers on both pages.
 */
export function administrativePdf(extra: (doc: Doc) => void = () => {}): Promise<Buffer> {
  return render({ bufferPages: true }, (doc) => {
    doc.registerFont('r', FONT).registerFont('b', FONT_BOLD);
    const left = 72;
    const width = 451;
    doc.font('b').fontSize(12);
    doc.text('HỘI ĐỒNG NHÂN DÂN', left, 90, { width: 180, align: 'center' });
    doc.text('TỈNH QUẢNG NINH', left, 105, { width: 180, align: 'center' });
    doc.text('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 270, 90, { width: 253, align: 'center' });
    doc.text('Độc lập - Tự do - Hạnh phúc', 270, 105, { width: 253, align: 'center' });
    doc.font('r').fontSize(12);
    doc.text('Số: 25/2024/NQ-HĐND', left, 130, { width: 180, align: 'center' });
    doc.text('Quảng Ninh, ngày 12 tháng 7 năm 2024', 270, 130, { width: 253, align: 'center' });
    doc.font('b').fontSize(13);
    doc.text('NGHỊ QUYẾT', left, 175, { width, align: 'center' });
    doc.text('Quy định mức hỗ trợ đối với người hoạt động', left, 193, { width, align: 'center' });
    doc.text('không chuyên trách ở cấp xã', left, 209, { width, align: 'center' });
    doc.font('r').fontSize(13).text('', left, 245);
    for (let round = 0; round < 3; round++) {
      for (const line of BODY) {
        const isArticle = line.startsWith('Điều');
        doc.font(isArticle ? 'b' : 'r').text(
          line.replace(/^Điều (\d+)/u, (_m, n: string) => `Điều ${Number(n) + round * 2}`),
          {
            width,
            align: 'justify',
            indent: 28,
            paragraphGap: 8,
          },
        );
      }
    }
    extra(doc);
    const range = doc.bufferedPageRange();
    for (let i = range.start; i < range.start + range.count; i++) {
      doc.switchToPage(i);
      doc.page.margins.bottom = 0; // writing in the margin must not start a new page
      doc.font('r').fontSize(10);
      doc.text('Nghị quyết số 25/2024/NQ-HĐND', left, 40, { width, align: 'right', lineBreak: false });
      doc.text(String(i + 1), left, 800, { width, align: 'center', lineBreak: false });
    }
  });
}

/** A tiny grey PNG, written by hand: the page of a "scan". */
function png(width: number, height: number): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 0; // greyscale
  const rows = Buffer.alloc((width + 1) * height, 0xc0);
  for (let y = 0; y < height; y++) rows[y * (width + 1)] = 0;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** Two pages that are only pictures, as a scanner makes them. */
export function scannedPdf(): Promise<Buffer> {
  return render({}, (doc) => {
    doc.image(png(200, 280), 0, 0, { width: 595, height: 842 });
    doc.addPage();
    doc.image(png(200, 280), 0, 0, { width: 595, height: 842 });
  });
}

/** A PDF that needs a password to open. */
export function encryptedPdf(): Promise<Buffer> {
  return render({ userPassword: 'mat-khau', ownerPassword: 'chu-so-huu', pdfVersion: '1.7' }, (doc) => {
    doc.registerFont('r', FONT).font('r').fontSize(13).text('Nội dung mật của văn bản, cần mật khẩu để mở.');
  });
}

/**
 * Signs a PDF the way signing tools lay it out: an incremental update that adds a signature
 * dictionary (/Type /Sig, PKCS#7 detached), a signature field and the AcroForm, and a new catalog.
 */
export function withSignature(pdf: Buffer): Buffer {
  const text = pdf.toString('latin1');
  const startxref = Number(text.match(/startxref\s+(\d+)\s+%%EOF\s*$/u)![1]);
  const size = Number([...text.matchAll(/\/Size (\d+)/gu)].pop()![1]);
  const root = [...text.matchAll(/\/Root (\d+) 0 R/gu)].pop()![1];
  const catalog = text.match(new RegExp(`\\n${root} 0 obj\\s*<<([\\s\\S]*?)>>\\s*endobj`, 'u'))![1];
  const page = text.match(/\n(\d+) 0 obj\s*<<\s*\/Type \/Page\b/u)![1];
  const [sig, field, form] = [size, size + 1, size + 2];
  const objects: Array<[number, string]> = [
    [
      sig,
      `<< /Type /Sig /Filter /Adobe.PPKLite /SubFilter /adbe.pkcs7.detached /Name (Nguyen Van A) /M (D:20240712090000+07'00') /ByteRange [0 0 0 0] /Contents <${'0'.repeat(512)}> >>`,
    ],
    [field, `<< /Type /Annot /Subtype /Widget /FT /Sig /T (Signature1) /V ${sig} 0 R /F 132 /Rect [0 0 0 0] /P ${page} 0 R >>`],
    [form, `<< /Fields [${field} 0 R] /SigFlags 3 >>`],
    [Number(root), `<<${catalog.replace(/\/AcroForm \d+ 0 R/u, '')} /AcroForm ${form} 0 R >>`],
  ];
  let body = '\n';
  const offsets = new Map<number, number>();
  for (const [n, dict] of objects) {
    offsets.set(n, pdf.length + Buffer.byteLength(body, 'latin1'));
    body += `${n} 0 obj\n${dict}\nendobj\n`;
  }
  const xrefAt = pdf.length + Buffer.byteLength(body, 'latin1');
  let xref = 'xref\n';
  for (const n of [...offsets.keys()].sort((a, b) => a - b))
    xref += `${n} 1\n${String(offsets.get(n)).padStart(10, '0')} 00000 n \n`;
  const trailer = `trailer\n<< /Size ${size + 3} /Root ${root} 0 R /Prev ${startxref} >>\nstartxref\n${xrefAt}\n%%EOF\n`;
  return Buffer.concat([pdf, Buffer.from(body + xref + trailer, 'latin1')]);
}
