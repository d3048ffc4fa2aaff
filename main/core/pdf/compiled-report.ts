/**
 * The secretariat's compiled report (Báo cáo tổng hợp ý kiến đại biểu), a "văn bản có tên loại"
 * after Mẫu 1.4 of Nghị định 30/2020/NĐ-CP: header, "BÁO CÁO" and its summary line, an overview
 * with counts, the table of comments and answers, a closing paragraph ending in "./.", then
 * "Nơi nhận" and the signature.
 */
import type { CompiledReportInput } from '../../../shared/domain/reports';
import { drawClosing } from './closing';
import { formatPlaceDate, formatVietnameseDate } from './date-line';
import { drawHeader, drawTitle } from './header';
import { writePdf, type PdfOptions, type PdfResult } from './output';
import { drawSummary } from './report-summary';
import { drawReportTable } from './report-table';
import { BODY, heading, withEndMark } from './styles';
import { nfc, para } from './text-model';

/** A blank number to be filled in by hand keeps its width: leading spaces become no-break spaces. */
export function numberLine(numberSymbol: string): string {
  return `Số: ${nfc(numberSymbol).replace(/^ +/u, (m) => '\u00a0'.repeat(m.length))}`;
}

function defaultIntro(input: CompiledReportInput): string {
  const s = input.session;
  return (
    `Thực hiện chương trình ${s.name.charAt(0).toLowerCase()}${s.name.slice(1)}, ${s.council} ${s.term}, ` +
    `Thường trực Hội đồng nhân dân tỉnh đã tổng hợp ý kiến góp ý của các vị đại biểu Hội đồng nhân dân tỉnh ` +
    `gửi đến trước ${formatVietnameseDate(input.date)}. Kết quả tổng hợp và ý kiến tiếp thu, giải trình như sau:`
  );
}

function defaultClosing(input: CompiledReportInput): string {
  return (
    `Trên đây là báo cáo tổng hợp ý kiến góp ý của đại biểu Hội đồng nhân dân tỉnh và ý kiến tiếp thu, giải trình, ` +
    `Thường trực Hội đồng nhân dân tỉnh báo cáo Hội đồng nhân dân tỉnh ${input.session.term} xem xét, quyết định`
  );
}

export async function writeCompiledReport(input: CompiledReportInput, outFile: string, opts: PdfOptions): Promise<PdfResult> {
  const total =
    input.groups.reduce((n, g) => n + g.passages.reduce((m, p) => m + p.comments.length, 0), 0) + input.general.length;
  const meta = { title: `Báo cáo: ${nfc(input.subject)}`, subject: nfc(input.subject), author: input.issuerLines.join(' ') };
  return writePdf(outFile, opts, meta, total, async ({ flow, tick }) => {
    drawHeader(flow, {
      parentLines: input.issuerParentLines,
      issuerLines: input.issuerLines,
      numberLine: numberLine(input.numberSymbol),
      placeDate: formatPlaceDate(input.place, input.date),
    });
    drawTitle(flow, 'Báo cáo', input.subject);
    const intro = input.intro.length > 0 ? input.intro : [defaultIntro(input)];
    for (const text of intro) flow.paragraph(para(text, BODY));

    flow.paragraph(heading('I. TỔNG HỢP CHUNG'), { keepWithNext: 40 });
    drawSummary(flow, input.summary);

    await drawReportTable(flow, input.groups, input.general, tick, heading('II. Ý KIẾN CỤ THỂ VÀ TIẾP THU, GIẢI TRÌNH'));

    flow.y += 10;
    flow.paragraph(para(withEndMark(input.closing ?? defaultClosing(input)), BODY));
    drawClosing(flow, {
      recipients: input.recipients,
      placeDate: null,
      capacity: input.signer.capacity,
      name: input.signer.name,
    });
  });
}
