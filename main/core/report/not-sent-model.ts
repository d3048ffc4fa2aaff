/**
 * The list of delegates the office has no comment package from, with the reminder text to copy
 * into a message, as one document model: the PDF and .docx writers only render it (the CSV is
 * written from the same rows by the service).
 */
import { run } from '../pdf/text-model';
import { mpara, type DocModel, type MCell } from './model';

export const NOT_SENT_HEADER = ['STT', 'Họ và tên', 'Tổ đại biểu'];
const NOT_SENT_COLUMNS = [0.1, 0.5, 0.4];

export interface NotSentInput {
  issuerLines: string[];
  /** "Kỳ họp thứ 12, Hội đồng nhân dân tỉnh Quảng Ninh khóa XIV". */
  sessionLine: string;
  /** Printed under the title: when the list was drawn up (already worded). */
  asOf: string;
  delegates: Array<{ name: string; delegation: string }>;
  reminder: string;
}

const cell = (text: string, role: 'cellLeft' | 'cellCentre' = 'cellLeft'): MCell => ({ paras: [mpara(role, text)] });

export function buildNotSentModel(input: NotSentInput): DocModel {
  const count = input.delegates.length;
  return {
    meta: { title: 'Danh sách đại biểu chưa gửi góp ý', subject: input.sessionLine, author: input.issuerLines.join(' ') },
    sections: [
      {
        orientation: 'portrait',
        restartNumbering: false,
        blocks: [
          { kind: 'header', header: { parentLines: [], issuerLines: input.issuerLines, numberLine: null, placeDate: null } },
          {
            kind: 'title',
            title: 'Danh sách',
            subject: 'ĐẠI BIỂU CHƯA GỬI GÓP Ý',
            note: `(${input.sessionLine}; ${input.asOf})`,
          },
          {
            kind: 'para',
            para: mpara(
              'body',
              count === 0
                ? 'Văn phòng đã nhận gói góp ý của tất cả đại biểu trong danh sách.'
                : `Văn phòng chưa nhận được gói góp ý của ${count} đại biểu sau:`,
            ),
          },
          ...(count === 0
            ? []
            : [
                {
                  kind: 'table' as const,
                  table: {
                    columns: NOT_SENT_COLUMNS,
                    header: NOT_SENT_HEADER.map((h) => ({ paras: [mpara('cellCentre', [run(h, 'bold')])] })),
                    rows: input.delegates.map((d, i) => ({
                      cells: [cell(String(i + 1), 'cellCentre'), cell(d.name), cell(d.delegation)],
                      units: 1,
                    })),
                  },
                },
              ]),
          { kind: 'para', para: mpara('heading', 'Lời nhắc (chép để gửi đại biểu)', true) },
          { kind: 'para', para: mpara('body', input.reminder) },
        ],
      },
    ],
    total: count,
  };
}
