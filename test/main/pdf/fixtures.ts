/**
 * Realistic inputs for the PDF engine, in the words of the sample dossier: the pilot merger of Ban
 * Tổ chức Tỉnh ủy with Sở Nội vụ (HĐND tỉnh Quảng Ninh khóa XIII, December 2019). Line numbers are
 * computed from the seed documents with the app's own numbering, as the reader would show them.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { AnswerKind, Stance } from '../../../shared/domain/comments';
import {
  defaultSheetRecipients,
  summariseReport,
  type CommentSheetInput,
  type CompiledReportInput,
  type PassageRef,
  type ReportComment,
  type ReportDocumentGroup,
} from '../../../shared/domain/reports';
import type { DocumentKind, SessionInfo } from '../../../shared/domain/types';
import { breakLines } from '../../../shared/text/lines';
import { parsePlainText, recogniseStructure } from '../../../shared/text/structure';

export const RESOURCES = resolve(__dirname, '..', '..', '..', 'resources');
export const FONTS_DIR = join(RESOURCES, 'fonts', 'tinos');

interface Dossier {
  session: SessionInfo;
  items: Array<{ documents: Array<{ id: string; kind: DocumentKind; title: string; file: string }> }>;
  roster: Array<{ name: string; delegation: string }>;
}

const dossier = JSON.parse(readFileSync(join(RESOURCES, 'sample-dossier', 'dossier.json'), 'utf8')) as Dossier;
export const SESSION: SessionInfo = {
  ...dossier.session,
  level: 'tinh',
  commentDeadline: dossier.session.commentDeadline ?? null,
};
export const ROSTER = dossier.roster;

const documents = dossier.items.flatMap((i) => i.documents);
export function doc(id: string): { title: string; kind: DocumentKind; file: string } {
  const d = documents.find((x) => x.id === id);
  if (!d) throw new Error(`no document ${id}`);
  return d;
}

/**
 * A passage reference for `quote`: the first block of a seed document that contains it, with the
 * structural path the app's recogniser gives that block and the reader's line numbers of the quote.
 */
export function anchor(id: string, quote: string): PassageRef {
  const text = readFileSync(join(RESOURCES, 'sample-dossier', doc(id).file), 'utf8');
  let next = 1;
  for (const b of recogniseStructure(parsePlainText(text))) {
    const lines = breakLines(b.text);
    const start = b.text.indexOf(quote);
    if (start >= 0) {
      const end = start + quote.length;
      let offset = 0;
      let first = -1;
      let last = -1;
      lines.forEach((line, i) => {
        const lineEnd = offset + line.length;
        if (first < 0 && start < lineEnd) first = i;
        if (end > offset) last = i;
        offset = lineEnd + 1;
      });
      return { path: b.path, lineFirst: next + first, lineLast: next + last, quote };
    }
    next += lines.length;
  }
  throw new Error(`quote not in ${id}: ${quote}`);
}

export const DTNQ = 'dtnq-hop-nhat-to-chuc-noi-vu';
export const DE_AN = 'de-an-hop-nhat-to-chuc-noi-vu';

export const Q_2A = 'Thực hiện nhiệm vụ, quyền hạn của Ban Tổ chức Tỉnh ủy theo quy định của Đảng.';
export const Q_3A = 'số lượng cấp phó không vượt quá tổng số cấp phó hiện có của hai cơ quan và giảm dần theo lộ trình.';
export const Q_3B = 'Các phòng chuyên môn, nghiệp vụ: sắp xếp từ 10 phòng của hai cơ quan thành 07 phòng.';
export const Q_1A = 'Tên gọi: Cơ quan Tổ chức - Nội vụ tỉnh Quảng Ninh.';
export const Q_5 =
  'Thời gian thực hiện thí điểm: từ năm 2020, sau khi được cấp có thẩm quyền cho phép; sơ kết sau 01 năm thực hiện.';

export function comment(
  who: number,
  stance: Stance,
  text: string,
  proposedText: string | null = null,
  answer: [AnswerKind, string] | null = null,
): ReportComment {
  const d = ROSTER[who % ROSTER.length];
  return {
    delegateName: d.name,
    delegation: d.delegation,
    stance,
    text,
    proposedText,
    answer: answer && { kind: answer[0], text: answer[1] },
  };
}

export function realisticReportGroups(): ReportDocumentGroup[] {
  return [
    {
      documentTitle: doc(DTNQ).title,
      documentKind: 'du_thao_nghi_quyet',
      passages: [
        {
          ...anchor(DTNQ, Q_1A),
          comments: [
            comment(
              0,
              'tan_thanh',
              'Tán thành tên gọi Cơ quan Tổ chức - Nội vụ tỉnh Quảng Ninh, phù hợp với mô hình đã thực hiện ở cấp huyện.',
              null,
              ['ghi_nhan', 'Thường trực Hội đồng nhân dân tỉnh ghi nhận ý kiến của đại biểu.'],
            ),
          ],
        },
        {
          ...anchor(DTNQ, Q_2A),
          comments: [
            comment(
              2,
              'y_kien_khac',
              'Đề nghị làm rõ phạm vi nhiệm vụ của Ban Tổ chức Tỉnh ủy được thực hiện qua Cơ quan Tổ chức - Nội vụ, tránh chồng chéo với nhiệm vụ của Sở Nội vụ tại điểm b.',
              'Thực hiện nhiệm vụ, quyền hạn của Ban Tổ chức Tỉnh ủy theo quy định của Đảng và quy chế làm việc của Tỉnh ủy.',
              [
                'tiep_thu',
                'Tiếp thu, đã bổ sung cụm từ "và quy chế làm việc của Tỉnh ủy" vào điểm a khoản 2 Điều 1 dự thảo Nghị quyết.',
              ],
            ),
            comment(6, 'tan_thanh', 'Nhất trí với nội dung dự thảo.', null, ['ghi_nhan', 'Ghi nhận.']),
            comment(
              9,
              'khong_tan_thanh',
              'Nghị quyết của Hội đồng nhân dân tỉnh không nên quy định nhiệm vụ theo quy định của Đảng; đề nghị chuyển nội dung này sang Đề án.',
              null,
              [
                'giai_trinh',
                'Nội dung điểm a khoản 2 Điều 1 chỉ khẳng định cơ quan hợp nhất tiếp tục thực hiện nhiệm vụ của Ban Tổ chức Tỉnh ủy, không quy định thêm nhiệm vụ mới; vì vậy xin giữ như dự thảo.',
              ],
            ),
          ],
        },
        {
          ...anchor(DTNQ, Q_3A),
          comments: [
            comment(
              3,
              'y_kien_khac',
              'Đề nghị quy định cụ thể số lượng cấp phó tối đa và thời hạn hoàn thành việc giảm cấp phó để bảo đảm tính khả thi.',
              'số lượng cấp phó không quá 03 người; giảm dần theo lộ trình đến năm 2021.',
              [
                'tiep_thu',
                'Tiếp thu một phần: bổ sung thời hạn hoàn thành trong năm 2021; số lượng cấp phó cụ thể do cấp có thẩm quyền quyết định khi cho phép thí điểm.',
              ],
            ),
            comment(
              12,
              'khong_tan_thanh',
              'Giảm dần theo lộ trình là chưa rõ, dễ dẫn đến kéo dài; đề nghị giảm ngay khi hợp nhất.',
              null,
              null,
            ),
          ],
        },
        {
          ...anchor(DTNQ, Q_3B),
          comments: [
            comment(
              15,
              'y_kien_khac',
              'Đề nghị nêu rõ tên 07 phòng sau sắp xếp trong Đề án để đại biểu có cơ sở xem xét.',
              null,
              ['giai_trinh', 'Tên các phòng đã được nêu tại mục III Phần III của Đề án.'],
            ),
          ],
        },
        {
          ...anchor(DTNQ, Q_5),
          comments: [
            comment(
              20,
              'y_kien_khac',
              'Đề nghị quy định thời điểm sơ kết là sau 01 năm kể từ ngày cơ quan hợp nhất chính thức đi vào hoạt động.',
              'Thời gian thực hiện thí điểm: từ năm 2020, sau khi được cấp có thẩm quyền cho phép; sơ kết sau 01 năm kể từ ngày Cơ quan Tổ chức - Nội vụ đi vào hoạt động.',
              ['tiep_thu', 'Tiếp thu và chỉnh sửa khoản 5 Điều 1 như ý kiến đại biểu.'],
            ),
          ],
        },
        {
          path: null,
          lineFirst: null,
          lineLast: null,
          quote: null,
          comments: [comment(25, 'tan_thanh', 'Tán thành sự cần thiết ban hành Nghị quyết.', null, ['ghi_nhan', 'Ghi nhận.'])],
        },
      ],
    },
    {
      documentTitle: doc(DE_AN).title,
      documentKind: 'de_an',
      passages: [
        {
          ...anchor(DE_AN, 'vẫn còn tình trạng trùng lặp, chồng chéo trong tham mưu'),
          comments: [
            comment(
              30,
              'y_kien_khac',
              'Đề nghị bổ sung số liệu cụ thể về các nội dung còn trùng lặp, chồng chéo giữa hai cơ quan để làm rõ sự cần thiết.',
              null,
              ['tiep_thu', 'Tiếp thu, Đề án đã bổ sung số liệu tại Phần II.'],
            ),
          ],
        },
      ],
    },
  ];
}

export function realisticGeneral(): ReportComment[] {
  return [
    comment(
      40,
      'y_kien_khac',
      'Đề nghị Ủy ban nhân dân tỉnh chỉ đạo bố trí trụ sở làm việc chung cho cơ quan sau hợp nhất, tránh phát sinh chi phí đầu tư mới.',
      null,
      ['ghi_nhan', 'Ghi nhận, chuyển Ủy ban nhân dân tỉnh xem xét trong quá trình tổ chức thực hiện.'],
    ),
  ];
}

export function reportInput(
  groups: ReportDocumentGroup[] = realisticReportGroups(),
  general: ReportComment[] = realisticGeneral(),
): CompiledReportInput {
  return {
    session: SESSION,
    level: 'tinh',
    deadline: '2019-12-05T17:00:00+07:00',
    delegationOrder: [...new Set(ROSTER.map((r) => r.delegation))],
    issuerParentLines: [],
    issuerLines: ['Hội đồng nhân dân', 'tỉnh Quảng Ninh'],
    numberSymbol: '       /BC-HĐND',
    place: 'Quảng Ninh',
    date: '2019-12-05',
    subject:
      'Tổng hợp ý kiến đại biểu Hội đồng nhân dân tỉnh đối với dự thảo Nghị quyết về việc tán thành chủ trương thí điểm hợp nhất Ban Tổ chức Tỉnh ủy với Sở Nội vụ thành Cơ quan Tổ chức - Nội vụ cấp tỉnh',
    intro: [],
    summary: summariseReport(groups, general, ROSTER.length),
    groups,
    general,
    closing: null,
    recipients: ['Như trên;', 'Thường trực Tỉnh ủy (b/c);', 'Ủy ban nhân dân tỉnh;', 'Các đại biểu HĐND tỉnh;', 'Lưu: VT.'],
    signer: { capacity: ['TM. Thường trực HĐND', 'Chủ tịch'], name: 'Nguyễn Văn Đọc' },
  };
}

export function sheetInput(): CommentSheetInput {
  const me = ROSTER[2];
  const dtnq = doc(DTNQ);
  const de = doc(DE_AN);
  const entry = (
    d: { title: string; kind: DocumentKind },
    ref: PassageRef,
    stance: Stance,
    text: string,
    proposedText: string | null = null,
  ) => ({
    documentTitle: d.title,
    documentKind: d.kind,
    ...ref,
    stance,
    text,
    proposedText,
  });
  return {
    session: SESSION,
    delegate: { name: me.name, delegation: me.delegation },
    scopeTitle: 'Thí điểm hợp nhất Ban Tổ chức Tỉnh ủy với Sở Nội vụ thành Cơ quan Tổ chức - Nội vụ cấp tỉnh',
    place: 'Quảng Ninh',
    issueDate: '2019-12-05',
    recipients: defaultSheetRecipients('tinh'),
    entries: [
      entry(
        dtnq,
        anchor(DTNQ, Q_2A),
        'y_kien_khac',
        'Đề nghị làm rõ phạm vi nhiệm vụ của Ban Tổ chức Tỉnh ủy được thực hiện qua Cơ quan Tổ chức - Nội vụ, tránh chồng chéo với nhiệm vụ của Sở Nội vụ tại điểm b.',
        'Thực hiện nhiệm vụ, quyền hạn của Ban Tổ chức Tỉnh ủy theo quy định của Đảng và quy chế làm việc của Tỉnh ủy.',
      ),
      entry(
        dtnq,
        anchor(DTNQ, Q_3A),
        'khong_tan_thanh',
        'Giảm dần theo lộ trình là chưa rõ, dễ dẫn đến kéo dài; đề nghị quy định số lượng cấp phó tối đa và thời hạn hoàn thành.',
        'số lượng cấp phó không quá 03 người; giảm dần theo lộ trình đến năm 2021.',
      ),
      entry(dtnq, anchor(DTNQ, Q_1A), 'tan_thanh', 'Tán thành tên gọi, phù hợp với mô hình đã thực hiện ở cấp huyện.'),
      entry(
        dtnq,
        { path: null, lineFirst: null, lineLast: null, quote: null },
        'tan_thanh',
        'Tán thành sự cần thiết ban hành Nghị quyết; mô hình hợp nhất ở cấp huyện đã giảm từ 56 đầu mối xuống còn 28 đầu mối.',
      ),
      entry(
        de,
        anchor(DE_AN, 'vẫn còn tình trạng trùng lặp, chồng chéo trong tham mưu'),
        'y_kien_khac',
        'Đề nghị bổ sung số liệu cụ thể về các nội dung còn trùng lặp, chồng chéo giữa hai cơ quan.',
      ),
    ],
  };
}
