/**
 * The report's main table: STT | Nội dung dự thảo (Điều, khoản, dòng) | Đại biểu / Tổ đại biểu góp ý
 * | Nội dung góp ý | Ý kiến tiếp thu, giải trình. One title row per document, then one group per
 * passage (its reference, line numbers, quote and stance counts once, its comments beside it),
 * and a final group "Ý kiến chung".
 */
import {
  ANSWER_LABELS,
  STANCE_LABELS,
  type PassageRef,
  type ReportComment,
  type ReportDocumentGroup,
} from '../../../shared/domain/reports';
import type { Stance } from '../../../shared/domain/comments';
import { formatLineRange } from '../../../shared/text/lines';
import { changeRuns } from './changes';
import { CONTENT } from './geometry';
import type { PageFlow } from './page-flow';
import { CELL_CENTRE, CELL_LEFT, CELL_TEXT, count, quoted, roman, typed } from './styles';
import { Table, type CellSpec, type RowGroup } from './table';
import { para, run, type Para } from './text-model';

const WIDTHS = [38, 98, 80, 138];
export const REPORT_COLUMNS = [...WIDTHS, CONTENT.width - WIDTHS.reduce((a, b) => a + b, 0)];

export const REPORT_HEADER = [
  'STT',
  'Nội dung dự thảo (Điều, khoản, dòng)',
  'Đại biểu / Tổ đại biểu góp ý',
  'Nội dung góp ý',
  'Ý kiến tiếp thu, giải trình',
];

export function headerCells(labels: readonly string[]): CellSpec[] {
  return labels.map((label) => ({ paras: [para([run(label, 'bold')], CELL_CENTRE)] }));
}

/** "Điều 1, khoản 2, điểm a, dòng 25–27"; null for a comment on the whole document. */
export function passageLabel(ref: PassageRef): string | null {
  const lines = ref.lineFirst !== null && ref.lineLast !== null ? formatLineRange(ref.lineFirst, ref.lineLast) : null;
  if (ref.path && lines) return `${ref.path}, ${lines}`;
  return ref.path ?? (lines ? lines.charAt(0).toUpperCase() + lines.slice(1) : null);
}

/** "3 ý kiến: 1 tán thành, 2 không tán thành". */
export function stanceSummary(comments: readonly { stance: Stance }[]): string {
  const n: Record<Stance, number> = { tan_thanh: 0, khong_tan_thanh: 0, y_kien_khac: 0 };
  for (const c of comments) n[c.stance]++;
  const parts = (Object.keys(n) as Stance[])
    .filter((s) => n[s] > 0)
    .map((s) => `${count(n[s])} ${STANCE_LABELS[s].toLowerCase()}`);
  return `${count(comments.length)} ý kiến: ${parts.join(', ')}`;
}

function passageCell(ref: PassageRef, comments: readonly ReportComment[], fallback: string): CellSpec {
  const label = passageLabel(ref);
  const paras: Para[] = [para([run(label ?? fallback, label ? 'bold' : 'boldItalic')], CELL_LEFT)];
  if (ref.quote) paras.push(para([quoted(ref.quote, 'italic')], CELL_TEXT));
  paras.push(para([run(stanceSummary(comments), 'italic')], CELL_LEFT));
  return { paras };
}

function commentCells(c: ReportComment, quote: string | null): CellSpec[] {
  const content: Para[] = typed([run(`${STANCE_LABELS[c.stance]}: `, 'bold')], c.text, CELL_TEXT);
  if (c.proposedText) {
    content.push(para([run('Đề nghị sửa thành: ', 'italic'), quoted(c.proposedText)], CELL_TEXT));
    if (quote) content.push(para([run('Chỗ sửa: ', 'italic'), ...changeRuns(quote, c.proposedText)], CELL_TEXT));
  }
  const answer: Para[] = c.answer ? typed([run(`${ANSWER_LABELS[c.answer.kind]}: `, 'bold')], c.answer.text, CELL_TEXT) : [];
  if (c.answer?.outrun) answer.push(para([run('(Đại biểu đã sửa góp ý sau khi được trả lời.)', 'italic')], CELL_TEXT));
  return [
    { paras: [para([run(c.delegateName, 'bold')], CELL_LEFT), para(c.delegation, CELL_LEFT)] },
    { paras: content },
    { paras: answer },
  ];
}

function titleRow(numeral: string, title: string): RowGroup {
  return {
    lead: [{ paras: [para([run(numeral, 'bold')], CELL_CENTRE)] }, { paras: [para([run(title, 'bold')], CELL_LEFT)], span: 4 }],
    rows: [],
  };
}

function passageGroup(stt: number, ref: PassageRef, comments: readonly ReportComment[], fallback: string): RowGroup {
  return {
    lead: [{ paras: [para(String(stt), CELL_CENTRE)] }, passageCell(ref, comments, fallback)],
    rows: comments.map((c) => commentCells(c, ref.quote)),
  };
}

/** Draws the table; `tick` gets the number of comments drawn so far. */
export async function drawReportTable(
  flow: PageFlow,
  groups: readonly ReportDocumentGroup[],
  general: readonly ReportComment[],
  tick: (done: number) => Promise<void>,
  caption: Para,
): Promise<void> {
  const table = new Table(flow, REPORT_COLUMNS, headerCells(REPORT_HEADER));
  table.begin({ caption });
  let done = 0;
  let numeral = 0;
  for (const group of groups) {
    table.add(titleRow(roman(++numeral), group.documentTitle), { sticky: true });
    let stt = 0;
    for (const passage of group.passages) {
      if (passage.comments.length === 0) continue;
      table.add(passageGroup(++stt, passage, passage.comments, 'Ý kiến chung về văn bản'));
      done += passage.comments.length;
      await tick(done);
    }
  }
  if (general.length > 0) {
    table.add(titleRow(roman(++numeral), 'Ý kiến chung'), { sticky: true });
    const none: PassageRef = { path: null, lineFirst: null, lineLast: null, quote: null };
    table.add(passageGroup(1, none, general, 'Ý kiến chung'));
    done += general.length;
    await tick(done);
  }
  table.end();
}
