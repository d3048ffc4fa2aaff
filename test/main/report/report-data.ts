/**
 * A compiled report as a council office would have it: comments from 13 delegates on the draft
 * resolution and the Đề án (three of them 380–470 words long, some with several lines, lists and
 * "Tổ chức - Nội vụ" dashes, proposed wordings of several lines), one general comment on the
 * agenda item, most answered, some not. Built through the real handlers: each delegate's own
 * installation, signed packages imported by the secretariat, answers and report settings saved.
 */
import type { Comment } from '../../../shared/domain/comments';
import type { CompiledView } from '../../../shared/domain/compile';
import { CHANNELS } from '../../../shared/ipc/channels';
import type { CoreContext } from '../../../main/core/context';
import { asUpload, call, DE_AN, DU_THAO, exportCommentsFile, ITEM, openInstallation } from '../../support/exchange';

const WORDS =
  'việc sắp xếp tổ chức bộ máy cần bảo đảm tinh gọn hiệu lực hiệu quả đồng thời giữ ổn định đội ngũ cán bộ công chức viên chức tránh xáo trộn trong quá trình hợp nhất cơ quan tham mưu của Tỉnh ủy với cơ quan chuyên môn của Ủy ban nhân dân tỉnh đề nghị làm rõ cơ chế phối hợp trách nhiệm người đứng đầu lộ trình giảm cấp phó và nguồn kinh phí thực hiện'.split(
    ' ',
  );

/** `n` words of plausible Vietnamese, deterministic, with a few "Tổ chức - Nội vụ" and a line break. */
export function longText(n: number, seed: number): string {
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    if (i % 97 === 40) out.push('Cơ quan Tổ chức - Nội vụ');
    else out.push(WORDS[(i * 7 + seed * 13) % WORDS.length]);
    if (i % 31 === 30) out[out.length - 1] += '.';
  }
  const text = out.join(' ');
  const half = text.indexOf(' ', Math.floor(text.length / 2));
  return `${text.slice(0, half)}.\n${text.slice(half + 1)} (ý kiến dài ${seed}).`;
}

export interface PlannedComment {
  rosterId: string;
  documentId: string | null;
  /** Position among the document's paragraph and list-item blocks; null for a general comment. */
  block: number | null;
  stance: 'tan_thanh' | 'khong_tan_thanh' | 'y_kien_khac';
  text: string;
  proposedText?: string;
}

const HUONG = 'db01-nguyen-thi-thanh-huong';
const HUNG = 'db02-tran-quoc-hung';
const TUAN = 'db04-le-minh-tuan';
const THANG = 'db06-vu-duc-thang';

export const PLAN: PlannedComment[] = [
  {
    rosterId: HUONG,
    documentId: DU_THAO,
    block: 6,
    stance: 'tan_thanh',
    text: 'Tán thành tên gọi Cơ quan Tổ chức - Nội vụ tỉnh Quảng Ninh, phù hợp với mô hình đã thực hiện ở cấp huyện.',
  },
  { rosterId: HUNG, documentId: DU_THAO, block: 6, stance: 'khong_tan_thanh', text: longText(412, 1) },
  {
    rosterId: 'db03-dinh-thi-thuy-hang',
    documentId: DU_THAO,
    block: 10,
    stance: 'y_kien_khac',
    text: 'Đề nghị làm rõ phạm vi nhiệm vụ:\n- nhiệm vụ của Ban Tổ chức Tỉnh ủy;\n- nhiệm vụ của Sở Nội vụ theo quy định của pháp luật.',
    proposedText:
      'a) Thực hiện nhiệm vụ, quyền hạn của Ban Tổ chức Tỉnh ủy theo quy định của Đảng;\nb) và quy chế làm việc của Tỉnh ủy.',
  },
  {
    rosterId: TUAN,
    documentId: DU_THAO,
    block: 10,
    stance: 'khong_tan_thanh',
    text: 'Nghị quyết của Hội đồng nhân dân tỉnh không nên quy định nhiệm vụ theo quy định của Đảng; đề nghị chuyển nội dung này sang Đề án.',
  },
  { rosterId: 'db05-pham-thu-trang', documentId: DU_THAO, block: 10, stance: 'tan_thanh', text: longText(468, 2) },
  {
    rosterId: THANG,
    documentId: DU_THAO,
    block: 13,
    stance: 'y_kien_khac',
    text: 'Đề nghị quy định cụ thể số lượng cấp phó tối đa và thời hạn hoàn thành việc giảm cấp phó.',
  },
  { rosterId: 'db07-do-van-khai', documentId: DU_THAO, block: 14, stance: 'tan_thanh', text: 'Nhất trí với nội dung dự thảo.' },
  {
    rosterId: 'db08-hoang-thi-ngoc-lan',
    documentId: DU_THAO,
    block: 15,
    stance: 'khong_tan_thanh',
    text: 'Giảm dần theo lộ trình là chưa rõ, dễ dẫn đến kéo dài; đề nghị giảm ngay khi hợp nhất Ban Tổ chức Tỉnh ủy với Sở Nội vụ thành Cơ quan Tổ chức - Nội vụ.',
  },
  {
    rosterId: 'db09-ngo-quang-huy',
    documentId: DU_THAO,
    block: null,
    stance: 'tan_thanh',
    text: 'Tán thành sự cần thiết ban hành Nghị quyết.',
  },
  { rosterId: 'db10-bui-thi-hong-nhung', documentId: DE_AN, block: 1, stance: 'y_kien_khac', text: longText(385, 3) },
  {
    rosterId: 'db11-dinh-cong-son',
    documentId: DE_AN,
    block: 3,
    stance: 'y_kien_khac',
    text: 'Đề nghị bổ sung số liệu cụ thể về các nội dung còn trùng lặp, chồng chéo giữa hai cơ quan.',
  },
  {
    rosterId: 'db12-nguyen-van-thanh',
    documentId: DE_AN,
    block: 3,
    stance: 'khong_tan_thanh',
    text: 'Chưa đánh giá đầy đủ tác động đối với đội ngũ công chức của hai cơ quan.',
  },
  {
    rosterId: 'db13-luong-thi-mai-phuong',
    documentId: null,
    block: null,
    stance: 'y_kien_khac',
    text: 'Đề nghị Ủy ban nhân dân tỉnh bố trí trụ sở làm việc chung cho cơ quan sau hợp nhất, tránh phát sinh chi phí đầu tư mới.',
  },
  { rosterId: HUONG, documentId: DE_AN, block: 5, stance: 'tan_thanh', text: 'Tán thành lộ trình thực hiện.' },
  {
    rosterId: HUNG,
    documentId: DU_THAO,
    block: 18,
    stance: 'y_kien_khac',
    text: 'Đề nghị quy định thời điểm sơ kết là sau 01 năm kể từ ngày cơ quan hợp nhất đi vào hoạt động.',
    proposedText: 'sơ kết sau 01 năm kể từ ngày Cơ quan Tổ chức - Nội vụ đi vào hoạt động.',
  },
  {
    rosterId: TUAN,
    documentId: DE_AN,
    block: 7,
    stance: 'y_kien_khac',
    text: 'Đề nghị nêu rõ tên các phòng sau sắp xếp trong Đề án để đại biểu có cơ sở xem xét.',
  },
  { rosterId: THANG, documentId: DE_AN, block: 9, stance: 'tan_thanh', text: 'Tán thành phương án bố trí cán bộ.' },
];

/** Every fifth comment stays unanswered. */
export function answerFor(i: number): { kind: 'tiep_thu' | 'giai_trinh' | 'ghi_nhan'; text: string } | null {
  if (i % 5 === 4) return null;
  return {
    kind: (['tiep_thu', 'giai_trinh', 'ghi_nhan'] as const)[i % 3],
    text: `Ý kiến trả lời số ${i + 1}: Thường trực HĐND tỉnh đã nghiên cứu.\nNội dung này sẽ được thể hiện trong Nghị quyết.`,
  };
}

export const SETTINGS = {
  number: '125',
  date: '2019-12-05',
  signerCapacity: 'KT. CHỦ TỊCH',
  signerTitle: 'PHÓ CHỦ TỊCH',
  signerName: 'Nguyễn Văn Đọc',
  recipients: ['Thường trực Tỉnh ủy (b/c)', 'UBND tỉnh', 'Các vị đại biểu HĐND tỉnh'],
  archive: 'VP',
};

function blocksOf(ctx: CoreContext, documentId: string): Array<{ id: string; text: string }> {
  return ctx.db
    .prepare("SELECT id, text FROM blocks WHERE document_id = ? AND kind IN ('paragraph', 'list_item') ORDER BY position")
    .all(documentId) as Array<{ id: string; text: string }>;
}

export interface ReportFixture {
  secretariat: CoreContext;
  quotes: string[];
  answers: string[];
}

/** The secretariat's installation holding every planned comment, most answered, with the report settings. */
export async function secretariatWithReport(): Promise<ReportFixture> {
  const byDelegate = new Map<string, PlannedComment[]>();
  for (const c of PLAN) byDelegate.set(c.rosterId, [...(byDelegate.get(c.rosterId) ?? []), c]);
  const uploads = [];
  const quotes: string[] = [];
  for (const [rosterId, planned] of byDelegate) {
    const ctx = openInstallation();
    await call(ctx, CHANNELS.identitySet, { rosterId });
    for (const c of planned) {
      let anchor = null;
      if (c.documentId && c.block !== null) {
        const block = blocksOf(ctx, c.documentId)[c.block];
        const quote = block.text.slice(0, Math.min(block.text.length, 90)).trim();
        quotes.push(quote);
        anchor = { blockId: block.id, start: 0, end: quote.length, quote };
      }
      await call<Comment>(ctx, CHANNELS.commentsCreate, {
        itemId: ITEM,
        documentId: c.documentId,
        anchor,
        stance: c.stance,
        text: c.text,
        proposedText: c.proposedText ?? null,
      });
    }
    uploads.push(asUpload(await exportCommentsFile(ctx)));
    ctx.close();
  }
  const secretariat = openInstallation();
  await call(secretariat, CHANNELS.packagesImportComments, { files: uploads });
  const view = await call<CompiledView>(secretariat, CHANNELS.compileGet);
  const all = view.documents.flatMap((d) => d.passages.flatMap((p) => p.comments.map((c) => c.comment)));
  const answers: string[] = [];
  for (const [i, c] of all.entries()) {
    const answer = answerFor(i);
    if (!answer) continue;
    answers.push(answer.text);
    await call(secretariat, CHANNELS.answersSet, { commentIds: [c.id], ...answer });
  }
  await call(secretariat, CHANNELS.reportSettingsSave, SETTINGS);
  return { secretariat, quotes, answers };
}
