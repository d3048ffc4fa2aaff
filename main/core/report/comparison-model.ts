/**
 * The comparison table (bảng so sánh) of a revised draft as one document model, on landscape
 * pages: STT | Dự thảo trình (Điều, khoản) | Dự thảo chỉnh lý | Lý do. The changed words are marked
 * in both text columns (struck through in the first, underlined in the second, the same word diff
 * as the screen); the reason names the delegates behind the change and the secretariat's answer.
 */
import type { RevisionChange } from '../../../shared/domain/revisions';
import { changeRuns } from '../pdf/changes';
import { run, type Run } from '../pdf/text-model';
import { mpara, type DocModel, type MCell, type MPara, type MRow } from './model';

export const COMPARISON_HEADER = ['STT', 'Dự thảo trình (Điều, khoản)', 'Dự thảo chỉnh lý', 'Lý do'];
export const COMPARISON_COLUMNS = [0.06, 0.32, 0.32, 0.3];

const ANSWER = { tiep_thu: 'Tiếp thu', giai_trinh: 'Giải trình', ghi_nhan: 'Ghi nhận' } as const;

export interface ComparisonInput {
  issuerLines: string[];
  title: string;
  changes: RevisionChange[];
  /** The paragraph's words before and after each change (by change id), shown unmarked around it. */
  contexts?: ReadonlyMap<string, { prefix: string; suffix: string }>;
}

const cell = (paras: MPara[]): MCell => ({ paras });

function reasonParas(c: RevisionChange): MPara[] {
  const paras: MPara[] = [];
  // Left-aligned: a justified narrow column spreads names into gaps a reader (and pdftotext) trips on.
  if (c.reason) paras.push(mpara('cellLeft', c.reason));
  for (const s of c.sources) {
    // Regular, not italic: pdftotext reads Tinos Italic "Thanh" as "Th nh" (see docs/revised-draft.md).
    paras.push(mpara('cellLeft', [run(`Đại biểu ${s.authorName} (${s.authorDelegation})`)]));
    if (s.answerKind) paras.push(mpara('cellLeft', [run(`${ANSWER[s.answerKind]}: `, 'bold'), run(s.answerText ?? '')]));
  }
  if (paras.length === 0) paras.push(mpara('cellLeft', 'Văn phòng chỉnh lý.'));
  return paras;
}

function row(c: RevisionChange, index: number, context?: { prefix: string; suffix: string }): MRow {
  const marked = changeRuns(c.original.replace(/\n/gu, ' '), c.wording);
  const around = (runs: Run[]): Run[] =>
    context
      ? [...(context.prefix ? [run(context.prefix)] : []), ...runs, ...(context.suffix ? [run(context.suffix)] : [])]
      : runs;
  const side = (skip: 'ins' | 'del'): Run[] => {
    const runs = marked.filter((r) => r.mark !== skip);
    if (context) return around(runs);
    return runs.length > 0 ? runs : [run(skip === 'ins' ? '' : '(bỏ)', 'italic')];
  };
  const where = c.path ? [mpara('cellLeft', [run(c.path, 'bold')])] : [];
  return {
    cells: [
      cell([mpara('cellCentre', String(index + 1))]),
      cell([...where, mpara('cell', side('ins'))]),
      cell([...where, mpara('cell', c.wording === '' && !context ? [run('(bỏ đoạn này)', 'italic')] : side('del'))]),
      cell(reasonParas(c)),
    ],
    units: 1,
  };
}

export function buildComparisonModel(input: ComparisonInput): DocModel {
  const title = input.title.normalize('NFC');
  return {
    meta: { title: `Bảng so sánh: ${title}`, subject: title, author: input.issuerLines.join(' ') },
    sections: [
      {
        orientation: 'landscape',
        restartNumbering: false,
        blocks: [
          { kind: 'title', title: 'Bảng so sánh', subject: `DỰ THẢO TRÌNH VÀ DỰ THẢO CHỈNH LÝ ${title.toLocaleUpperCase('vi')}` },
          {
            kind: 'table',
            table: {
              columns: COMPARISON_COLUMNS,
              header: COMPARISON_HEADER.map((h) => cell([mpara('cellCentre', [run(h, 'bold')])])),
              rows: input.changes.map((c, i) => row(c, i, input.contexts?.get(c.id))),
            },
          },
        ],
      },
    ],
    total: input.changes.length,
  };
}
