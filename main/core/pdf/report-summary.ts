/**
 * The report's overview: who sent how many comments ("Tổng số … đại biểu đã gửi … ý kiến"),
 * then the counts by document and stance and by delegation, each in a small table.
 */
import { STANCES, type Stance } from '../../../shared/domain/comments';
import { STANCE_LABELS, type ReportSummary, type StanceCounts } from '../../../shared/domain/reports';
import { CONTENT } from './geometry';
import type { PageFlow } from './page-flow';
import { headerCells } from './report-table';
import { BODY, CELL_CENTRE, CELL_LEFT, count } from './styles';
import { Table, type CellSpec } from './table';
import { para, run, type FontStyle } from './text-model';

export function summarySentence(s: ReportSummary): string {
  const parts = STANCES.map(
    (st) => `${count(s.byStance[st])} ý kiến ${STANCE_LABELS[st].replace(/^Ý kiến /u, '').toLowerCase()}`,
  );
  return (
    `Tổng số ${count(s.delegatesWithComments)}/${count(s.rosterSize)} đại biểu Hội đồng nhân dân tỉnh đã gửi ` +
    `${count(s.totalComments)} ý kiến góp ý, trong đó: ${parts.join(', ')}.`
  );
}

const cell = (text: string, style: FontStyle = 'regular', centre = true): CellSpec => ({
  paras: [para([run(text, style)], centre ? CELL_CENTRE : CELL_LEFT)],
});

/** Wide enough for "STT" in bold on one line. */
const STT = 38;

const total = (c: StanceCounts): number => c.tan_thanh + c.khong_tan_thanh + c.y_kien_khac;

function stanceRow(stt: string, label: string, c: StanceCounts, style: FontStyle = 'regular'): CellSpec[] {
  return [
    cell(stt, style),
    cell(label, style, false),
    ...STANCES.map((s: Stance) => cell(count(c[s]), style)),
    cell(count(total(c)), 'bold'),
  ];
}

export function drawSummary(flow: PageFlow, s: ReportSummary): void {
  flow.paragraph(para(summarySentence(s), BODY));

  const numbers = 70;
  const byDoc = new Table(
    flow,
    [STT, CONTENT.width - STT - 4 * numbers, numbers, numbers, numbers, numbers],
    headerCells(['STT', 'Văn bản', ...STANCES.map((st) => STANCE_LABELS[st]), 'Tổng số']),
  );
  byDoc.begin({ caption: para([run('1. Số ý kiến theo văn bản', 'bold')], BODY) });
  s.byDocument.forEach((d, i) => byDoc.add({ lead: stanceRow(String(i + 1), d.documentTitle, d.counts), rows: [] }));
  if (total(s.general) > 0) byDoc.add({ lead: stanceRow(String(s.byDocument.length + 1), 'Ý kiến chung', s.general), rows: [] });
  byDoc.add({ lead: stanceRow('', 'Cộng', s.byStance, 'bold'), rows: [] });
  byDoc.end();
  flow.y += 10;

  const byGroup = new Table(
    flow,
    [STT, CONTENT.width - STT - 2 * 90, 90, 90],
    headerCells(['STT', 'Tổ đại biểu', 'Số đại biểu góp ý', 'Số ý kiến']),
  );
  byGroup.begin({ caption: para([run('2. Số ý kiến theo Tổ đại biểu', 'bold')], BODY) });
  s.byDelegation.forEach((d, i) =>
    byGroup.add({
      lead: [cell(String(i + 1)), cell(d.delegation, 'regular', false), cell(count(d.delegates)), cell(count(d.comments))],
      rows: [],
    }),
  );
  byGroup.add({
    lead: [
      cell(''),
      cell('Cộng', 'bold', false),
      cell(count(s.delegatesWithComments), 'bold'),
      cell(count(s.totalComments), 'bold'),
    ],
    rows: [],
  });
  byGroup.end();
  flow.y += 10;
}
