/**
 * The compiled report (Báo cáo tổng hợp ý kiến đại biểu) as one model, after Mẫu 1.4 of Nghị
 * định 30/2020/NĐ-CP. Portrait body: header, "BÁO CÁO" and its summary line, an opening that names
 * the deadline, "I. Tổng hợp chung", "II." the passages most discussed, the closing sentence ending
 * in "./.", Nơi nhận and the signer. Then the Phụ lục on landscape pages with its own numbers.
 */
import { LEVEL_WORDS } from '../../../shared/domain/council';
import type { CompiledReportInput } from '../../../shared/domain/reports';
import { formatPlaceDate, formatVietnameseDate } from '../pdf/date-line';
import { run } from '../pdf/text-model';
import { mpara, type DocModel, type MBlock } from './model';
import { buildAppendixTable, type AppendixOptions } from './report-appendix';
import { hotBlocks, summaryBlocks } from './report-summary';
import { deadlineWords, lowerFirst, shortDate, withEndMark } from './text';

/** A blank number to be filled in by hand keeps its width: leading spaces become no-break spaces. */
export function numberLine(numberSymbol: string): string {
  return `Số: ${numberSymbol.normalize('NFC').replace(/^ +/u, (m) => '\u00a0'.repeat(m.length))}`;
}

export function openingSentence(input: CompiledReportInput): string {
  const s = input.session;
  const w = LEVEL_WORDS[input.level];
  const deadline = input.deadline ? `; hạn gửi ý kiến góp ý trước ${deadlineWords(input.deadline, formatVietnameseDate)}` : '';
  return (
    `Thực hiện chương trình ${lowerFirst(s.name)}, ${s.council} ${s.term}, Thường trực Hội đồng nhân dân ${w} đã gửi ` +
    `các dự thảo văn bản đến các vị đại biểu Hội đồng nhân dân ${w} để nghiên cứu, góp ý${deadline}. ` +
    `Thường trực Hội đồng nhân dân ${w} tổng hợp ý kiến góp ý và ý kiến tiếp thu, giải trình như sau:`
  );
}

function closingSentence(input: CompiledReportInput): string {
  const w = LEVEL_WORDS[input.level];
  return (
    `Trên đây là báo cáo tổng hợp ý kiến góp ý của đại biểu Hội đồng nhân dân ${w} và ý kiến tiếp thu, giải trình, ` +
    `Thường trực Hội đồng nhân dân ${w} báo cáo Hội đồng nhân dân ${w} ${input.session.term} xem xét, quyết định`
  );
}

/** "(Kèm theo Báo cáo số 12/BC-HĐND ngày 05/12/2019 của Thường trực Hội đồng nhân dân tỉnh Quảng Ninh)". */
export function appendixNote(input: CompiledReportInput): string {
  const number = input.numberSymbol.trim().startsWith('/') ? `     ${input.numberSymbol.trim()}` : input.numberSymbol.trim();
  return `(Kèm theo Báo cáo số ${number} ngày ${shortDate(input.date)} của Thường trực ${input.session.council})`;
}

/** `options.release`: the Phụ lục lets go of each comment once its row is built (read once; report-appendix.ts). */
export function buildReportModel(input: CompiledReportInput, options: AppendixOptions = {}): DocModel {
  const body: MBlock[] = [
    {
      kind: 'header',
      header: {
        parentLines: input.issuerParentLines,
        issuerLines: input.issuerLines,
        numberLine: numberLine(input.numberSymbol),
        placeDate: formatPlaceDate(input.place, input.date),
      },
    },
    { kind: 'title', title: 'Báo cáo', subject: input.subject },
    ...(input.intro.length > 0 ? input.intro : [openingSentence(input)]).map((t): MBlock => ({
      kind: 'para',
      para: mpara('body', t),
    })),
    ...summaryBlocks(input),
    ...hotBlocks(input),
    {
      kind: 'para',
      para: mpara('body', [
        run('(Chi tiết từng ý kiến góp ý và ý kiến tiếp thu, giải trình tại Phụ lục kèm theo Báo cáo này.)', 'italic'),
      ]),
    },
    { kind: 'para', para: mpara('body', withEndMark(input.closing ?? closingSentence(input))) },
    {
      kind: 'signature',
      signature: { recipients: input.recipients, placeDate: null, capacity: input.signer.capacity, name: input.signer.name },
    },
  ];
  const appendix: MBlock[] = [
    {
      kind: 'title',
      title: 'Phụ lục',
      subject: 'TỔNG HỢP Ý KIẾN GÓP Ý CỦA ĐẠI BIỂU VÀ Ý KIẾN TIẾP THU, GIẢI TRÌNH',
      note: appendixNote(input),
    },
    { kind: 'table', table: buildAppendixTable(input, options) },
  ];
  const subject = input.subject.normalize('NFC');
  return {
    meta: { title: `Báo cáo: ${subject}`, subject, author: input.issuerLines.join(' ') },
    sections: [
      { orientation: 'portrait', restartNumbering: false, blocks: body },
      { orientation: 'landscape', restartNumbering: true, blocks: appendix },
    ],
    total: input.summary.totalComments,
  };
}
