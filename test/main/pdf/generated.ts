/**
 * Large generated reports for the pagination test and the benchmark: comments in the words of the
 * sample dossier on its real passages, 1–6 per passage, most answered, a few general. Seeded, so
 * every run lays out the same pages.
 */
import type { AnswerKind, Stance } from '../../../shared/domain/comments';
import type { CompiledReportInput, ReportComment, ReportDocumentGroup } from '../../../shared/domain/reports';
import { anchor, comment, DE_AN, doc, DTNQ, Q_1A, Q_2A, Q_3A, Q_3B, Q_5, reportInput, ROSTER } from './fixtures';

const OPENINGS = [
  'Đề nghị làm rõ',
  'Đề nghị bổ sung',
  'Đề nghị cân nhắc',
  'Đề nghị quy định cụ thể',
  'Nhất trí với chủ trương, tuy nhiên đề nghị rà soát',
  'Đề nghị Ủy ban nhân dân tỉnh nghiên cứu, làm rõ',
];
const SUBJECTS = [
  'lộ trình giảm số lượng cấp phó của Cơ quan Tổ chức - Nội vụ',
  'việc sử dụng con dấu và tài khoản của Ban Tổ chức Tỉnh ủy và của Sở Nội vụ',
  'cơ chế phối hợp giữa Cơ quan Tổ chức - Nội vụ với các sở, ban, ngành',
  'chế độ, chính sách đối với cán bộ, công chức chịu tác động của việc hợp nhất',
  'việc quản lý biên chế khối Đảng và biên chế công chức hành chính theo từng hệ thống',
  'thời điểm sơ kết, đánh giá kết quả thực hiện thí điểm',
  'phương án sắp xếp từ 10 phòng của hai cơ quan thành 07 phòng',
];
const REASONS = [
  'để bảo đảm tính khả thi khi tổ chức thực hiện.',
  'nhằm tránh chồng chéo về chức năng, nhiệm vụ giữa hai hệ thống.',
  'phù hợp với quy định của Đảng và của pháp luật hiện hành.',
  'để Hội đồng nhân dân tỉnh có cơ sở giám sát việc thực hiện Nghị quyết.',
  'bảo đảm không làm gián đoạn hoạt động của cơ quan trong quá trình hợp nhất.',
];
const ANSWERS: Array<[AnswerKind, string]> = [
  ['tiep_thu', 'Tiếp thu, đã chỉnh sửa dự thảo Nghị quyết theo ý kiến đại biểu.'],
  [
    'giai_trinh',
    'Nội dung này đã được quy định tại Đề án; Nghị quyết chỉ quy định những vấn đề chủ yếu nên xin giữ như dự thảo.',
  ],
  ['ghi_nhan', 'Ghi nhận, chuyển Ủy ban nhân dân tỉnh xem xét trong quá trình tổ chức thực hiện.'],
  [
    'tiep_thu',
    'Tiếp thu một phần: bổ sung thời hạn hoàn thành trong năm 2021; các nội dung khác do cấp có thẩm quyền quyết định khi cho phép thí điểm.',
  ],
];
const PASSAGES: Array<[string, string]> = [
  [DTNQ, Q_1A],
  [DTNQ, Q_2A],
  [DTNQ, Q_3A],
  [DTNQ, Q_3B],
  [DTNQ, Q_5],
  [DE_AN, 'vẫn còn tình trạng trùng lặp, chồng chéo trong tham mưu'],
];

/** A small deterministic generator (mulberry32), so every run lays out the same pages. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `n` comments on the seed's passages, 1–6 per passage, most answered, a few general. */
export function generatedReport(n: number, seed = 6): CompiledReportInput {
  const rnd = random(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)];
  const stances: Stance[] = ['tan_thanh', 'khong_tan_thanh', 'y_kien_khac'];
  const refs = PASSAGES.map(([id, quote]) => ({ id, ref: anchor(id, quote) }));
  const make = (k: number, quote: string | null): ReportComment => {
    const text = `${pick(OPENINGS)} ${pick(SUBJECTS)} ${pick(REASONS)} (ý kiến số ${k + 1})`;
    const proposed = quote && rnd() < 0.3 ? quote.replace(/\.$/u, '') + ` và ${pick(SUBJECTS)}.` : null;
    const answer = rnd() < 0.85 ? pick(ANSWERS) : null;
    return comment(Math.floor(rnd() * ROSTER.length), pick(stances), text, proposed, answer);
  };
  const general: ReportComment[] = [];
  const byDoc = new Map<string, ReportDocumentGroup>();
  let k = 0;
  while (k < n) {
    if (rnd() < 0.03) {
      general.push(make(k++, null));
      continue;
    }
    const { id, ref } = pick(refs);
    const group = byDoc.get(id) ?? { documentTitle: doc(id).title, documentKind: doc(id).kind, passages: [] };
    byDoc.set(id, group);
    const comments: ReportComment[] = [];
    const size = 1 + Math.floor(rnd() * 6);
    for (let i = 0; i < size && k < n; i++) comments.push(make(k++, ref.quote));
    group.passages.push({ ...ref, comments });
  }
  return reportInput([...byDoc.values()], general);
}
