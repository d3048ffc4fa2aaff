/**
 * "I. Tổng hợp chung" and "II." of the report: who sent how many comments, counts by stance, by
 * document and by delegation (in roster order), the answers by kind and how many still wait, and
 * the passages with the most comments or with opposed stances.
 */
import { ANSWER_KINDS, STANCES, type AnswerKind } from '../../../shared/domain/comments';
import { LEVEL_WORDS, type CouncilLevel } from '../../../shared/domain/council';
import {
  ANSWER_LABELS,
  STANCE_LABELS,
  type CompiledReportInput,
  type ReportComment,
  type ReportSummary,
  type StanceCounts,
} from '../../../shared/domain/reports';
import { run } from '../pdf/text-model';
import { mpara, type MBlock, type MCell, type MRow } from './model';
import { passageLabel, stanceSummary } from './report-appendix';
import { count } from './text';

const cell = (text: string, style: 'regular' | 'bold' = 'regular', centre = true): MCell => ({
  paras: [mpara(centre ? 'cellCentre' : 'cellLeft', [run(text, style)])],
});
const header = (labels: string[]): MCell[] => labels.map((l) => cell(l, 'bold'));
const sum = (c: StanceCounts): number => c.tan_thanh + c.khong_tan_thanh + c.y_kien_khac;

function allComments(input: CompiledReportInput): ReportComment[] {
  return [...input.groups.flatMap((g) => g.passages.flatMap((p) => p.comments)), ...input.general];
}

/** "Tổng số 11/50 đại biểu … đã gửi 17 ý kiến góp ý (trong đó 2 ý kiến do Văn phòng nhập thay …), trong đó: …". */
export function summarySentence(s: ReportSummary, level: CouncilLevel = 'tinh', onBehalf = 0): string {
  const w = LEVEL_WORDS[level];
  const parts = STANCES.map(
    (st) => `${count(s.byStance[st])} ý kiến ${STANCE_LABELS[st].replace(/^Ý kiến /u, '').toLowerCase()}`,
  );
  const behalf = onBehalf > 0 ? ` (trong đó ${count(onBehalf)} ý kiến do Văn phòng nhập thay đại biểu)` : '';
  const team = s.delegationEntries;
  const sent = `Tổng số ${count(s.delegatesWithComments)}/${count(s.rosterSize)} đại biểu Hội đồng nhân dân ${w} đã gửi `;
  if (!team || team.comments === 0)
    return `${sent}${count(s.totalComments)} ý kiến góp ý${behalf}, trong đó: ${parts.join(', ')}.`;
  // A Tổ's own comments (entered by the office from its minutes) are not a delegate's: said apart.
  return (
    `${sent}${count(s.totalComments - team.comments)} ý kiến góp ý${behalf}; ${count(team.delegations)} Tổ đại biểu có ` +
    `${count(team.comments)} ý kiến góp ý chung của Tổ (do Văn phòng nhập thay); tổng cộng ${count(s.totalComments)} ý kiến, ` +
    `trong đó: ${parts.join(', ')}.`
  );
}

export function answerCounts(input: CompiledReportInput): { byKind: Record<AnswerKind, number>; unanswered: number } {
  const byKind = Object.fromEntries(ANSWER_KINDS.map((k) => [k, 0])) as Record<AnswerKind, number>;
  let unanswered = 0;
  for (const c of allComments(input)) {
    if (c.answer) byKind[c.answer.kind]++;
    else unanswered++;
  }
  return { byKind, unanswered };
}

export function answerSentence(input: CompiledReportInput): string {
  const { byKind, unanswered } = answerCounts(input);
  const total = input.summary.totalComments;
  const answered = total - unanswered;
  const kinds = ANSWER_KINDS.map((k) => `${count(byKind[k])} ý kiến ${ANSWER_LABELS[k].toLowerCase()}`).join(', ');
  return (
    `Thường trực Hội đồng nhân dân ${LEVEL_WORDS[input.level]} đã tiếp thu, giải trình ${count(answered)}/${count(total)} ý kiến, ` +
    `gồm: ${kinds}; còn ${count(unanswered)} ý kiến chưa trả lời.`
  );
}

function stanceRow(stt: string, label: string, c: StanceCounts, bold = false): MRow {
  const style = bold ? 'bold' : 'regular';
  return {
    cells: [
      cell(stt, style),
      cell(label, style, false),
      ...STANCES.map((s) => cell(count(c[s]), style)),
      cell(count(sum(c)), 'bold'),
    ],
  };
}

function byDocumentTable(input: CompiledReportInput): MBlock {
  const s = input.summary;
  const rows = s.byDocument.map((d, i) => stanceRow(String(i + 1), d.documentTitle, d.counts));
  if (sum(s.general) > 0) rows.push(stanceRow(String(rows.length + 1), 'Ý kiến chung (không gắn với văn bản)', s.general));
  rows.push(stanceRow('', 'Cộng', s.byStance, true));
  return {
    kind: 'table',
    table: {
      columns: [0.085, 0.435, 0.12, 0.12, 0.12, 0.12],
      header: header(['STT', 'Văn bản', ...STANCES.map((st) => STANCE_LABELS[st]), 'Tổng số']),
      rows,
      caption: mpara('heading', [run('1. Số ý kiến theo văn bản', 'bold')], true),
    },
  };
}

/** Delegations in roster order; those with no comment are listed too (with 0), then any not on the roster. */
function byDelegationTable(input: CompiledReportInput): MBlock {
  const s = input.summary;
  const known = new Map(s.byDelegation.map((d) => [d.delegation, d]));
  const order = [
    ...input.delegationOrder,
    ...s.byDelegation.map((d) => d.delegation).filter((d) => !input.delegationOrder.includes(d)),
  ];
  const rows: MRow[] = order.map((name, i) => {
    const d = known.get(name);
    return {
      cells: [cell(String(i + 1)), cell(name, 'regular', false), cell(count(d?.delegates ?? 0)), cell(count(d?.comments ?? 0))],
    };
  });
  rows.push({
    cells: [
      cell(''),
      cell('Cộng', 'bold', false),
      cell(count(s.delegatesWithComments), 'bold'),
      cell(count(s.totalComments), 'bold'),
    ],
  });
  return {
    kind: 'table',
    table: {
      columns: [0.085, 0.555, 0.18, 0.18],
      header: header(['STT', 'Tổ đại biểu', 'Số đại biểu góp ý', 'Số ý kiến']),
      rows,
      caption: mpara('heading', [run('2. Số ý kiến theo Tổ đại biểu', 'bold')], true),
    },
  };
}

export function summaryBlocks(input: CompiledReportInput): MBlock[] {
  return [
    { kind: 'para', para: mpara('heading', [run('I. TỔNG HỢP CHUNG', 'bold')], true) },
    {
      kind: 'para',
      para: mpara(
        'body',
        summarySentence(
          input.summary,
          input.level,
          allComments(input).filter((c) => c.onBehalf && c.onBehalfOf !== 'delegation').length,
        ),
      ),
    },
    byDocumentTable(input),
    byDelegationTable(input),
    { kind: 'para', para: mpara('heading', [run('3. Tiếp thu, giải trình', 'bold')], true) },
    { kind: 'para', para: mpara('body', answerSentence(input)) },
  ];
}

/** Passages with two comments or more, or with a "không tán thành": most comments first, ten at most. */
export function hotPassages(input: CompiledReportInput, limit = 10) {
  const list = input.groups.flatMap((g) =>
    g.passages
      .filter((p) => p.path || p.lineFirst != null)
      .map((p) => ({
        document: g.documentTitle,
        passage: p,
        opposed: p.comments.filter((c) => c.stance === 'khong_tan_thanh').length,
      })),
  );
  return list
    .filter((x) => x.passage.comments.length >= 2 || x.opposed > 0)
    .sort((a, b) => b.passage.comments.length - a.passage.comments.length || b.opposed - a.opposed)
    .slice(0, limit);
}

export function hotBlocks(input: CompiledReportInput): MBlock[] {
  const hot = hotPassages(input);
  const blocks: MBlock[] = [
    { kind: 'para', para: mpara('heading', [run('II. NHỮNG NỘI DUNG CÓ NHIỀU Ý KIẾN HOẶC Ý KIẾN KHÁC NHAU', 'bold')], true) },
  ];
  if (hot.length === 0) {
    blocks.push({
      kind: 'para',
      para: mpara('body', 'Không có nội dung nào có từ hai ý kiến trở lên hoặc có ý kiến không tán thành.'),
    });
    return blocks;
  }
  hot.forEach((h, i) => {
    const label = passageLabel(h.passage) ?? 'Toàn văn bản';
    blocks.push({
      kind: 'para',
      para: mpara('body', [run(`${i + 1}. ${label} `, 'bold'), run(`(${h.document}): ${stanceSummary(h.passage.comments)}.`)]),
    });
  });
  return blocks;
}
