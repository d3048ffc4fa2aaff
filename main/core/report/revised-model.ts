/**
 * The revised draft (dự thảo chỉnh lý) as one document model, laid out after Nghị định 30/2020 for
 * a Nghị quyết draft: the header (council, "Số: /NQ-HĐND", place and a date left blank), the
 * "DỰ THẢO" marker, the title, then the text block by block (headings bold, consecutive table rows
 * as one table). Marked: deleted words struck through and inserted words underlined, with the same
 * word diff as the screen; clean: the revised text alone.
 */
import type { DocumentKind } from '../../../shared/domain/types';
import { changeRuns } from '../pdf/changes';
import { run, type Run } from '../pdf/text-model';
import type { RevisedBlock } from '../../../shared/domain/revisions';
import { mpara, type DocModel, type MBlock, type MCell, type MPara } from './model';

/** The document's kind as its title word ("Nghị quyết" for a draft resolution). */
export const KIND_TITLE: Record<DocumentKind, string> = {
  du_thao_nghi_quyet: 'Nghị quyết',
  de_an: 'Đề án',
  to_trinh: 'Tờ trình',
  bao_cao_tham_tra: 'Báo cáo thẩm tra',
  bao_cao: 'Báo cáo',
  khac: 'Dự thảo',
};

export interface RevisedDraftInput {
  kind: DocumentKind;
  issuerLines: string[];
  place: string;
  title: string;
  blocks: RevisedBlock[];
  marked: boolean;
  /** Each paragraph's line numbers (the fixed numbers of the screen) in the left margin. */
  lineNumbers?: boolean;
}

/** "15" or "15–17": a block's lines as the reader numbers them. */
export function lineLabel(b: { lineStart: number; lineCount: number }): string {
  const last = b.lineStart + Math.max(1, b.lineCount) - 1;
  return last > b.lineStart ? `${b.lineStart}–${last}` : String(b.lineStart);
}

/** The preamble's bases ("Căn cứ …", "Thực hiện …", "Xét …"): italic, as Nghị định 30 sets them. */
const BASIS = /^(Căn cứ|Thực hiện|Xét|Theo đề nghị)\s/u;

function runsOf(b: RevisedBlock, marked: boolean, style: Run['style'] = 'regular'): Run[] {
  if (!marked || b.before === null) return [run(b.block.text, style)];
  return changeRuns(b.before, b.block.text, style);
}

function tableBlock(rows: RevisedBlock[], marked: boolean): MBlock {
  const width = Math.max(...rows.map((r) => r.block.cells?.length ?? 1));
  const cellsOf = (r: RevisedBlock, style: Run['style']): MCell[] => {
    const now = r.block.cells ?? [r.block.text];
    const before = r.before?.split(' | ');
    return Array.from({ length: width }, (_, k): MCell => {
      const text = now[k] ?? '';
      const old = before?.[k];
      const runs = marked && old !== undefined && old !== text ? changeRuns(old, text, style) : [run(text, style)];
      return { paras: [mpara('cellLeft', runs)] };
    });
  };
  const [first, ...rest] = rows;
  return {
    kind: 'table',
    table: {
      columns: Array.from({ length: width }, () => 1 / width),
      header: cellsOf(first, 'bold'),
      rows: rest.map((r) => ({ cells: cellsOf(r, 'regular') })),
    },
  };
}

export function buildRevisedDraftModel(input: RevisedDraftInput): DocModel {
  const blocks: MBlock[] = [
    { kind: 'marker', text: 'DỰ THẢO' },
    {
      kind: 'header',
      header: {
        parentLines: [],
        issuerLines: input.issuerLines,
        numberLine: 'Số:\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0/NQ-HĐND',
        placeDate: `${input.place}, ngày\u00a0\u00a0\u00a0\u00a0 tháng\u00a0\u00a0\u00a0\u00a0 năm\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0`,
      },
    },
    {
      kind: 'para',
      para: mpara('centreBold', [run(input.marked ? 'DỰ THẢO CHỈNH LÝ (có đánh dấu thay đổi)' : 'DỰ THẢO CHỈNH LÝ', 'bold')]),
    },
    { kind: 'title', title: KIND_TITLE[input.kind], subject: input.title },
  ];
  // The preamble runs until the first article ("QUYẾT NGHỊ:" or "Điều 1."): its bases are italic.
  let preamble = true;
  for (let i = 0; i < input.blocks.length; i++) {
    const b = input.blocks[i];
    const resolves = /^QUYẾT NGHỊ/u.test(b.block.text.trim());
    if (resolves || /^Điều \d/u.test(b.block.text.trim())) preamble = false;
    if (b.block.kind === 'table_row') {
      let j = i;
      while (j + 1 < input.blocks.length && input.blocks[j + 1].block.kind === 'table_row') j++;
      blocks.push(tableBlock(input.blocks.slice(i, j + 1), input.marked));
      i = j;
      continue;
    }
    const basis = preamble && b.block.kind === 'paragraph' && BASIS.test(b.block.text.trim());
    // The authority line above the bases and "QUYẾT NGHỊ:" stand centred, as the decree sets them.
    const centred = b.block.kind === 'heading' && (preamble || resolves);
    const para: MPara = centred
      ? mpara('centreBold', runsOf(b, input.marked, 'bold'), true)
      : b.block.kind === 'heading'
        ? mpara('heading', runsOf(b, input.marked, 'bold'), true)
        : mpara('body', runsOf(b, input.marked, basis ? 'italic' : 'regular'));
    if (input.lineNumbers) para.margin = lineLabel(b.block);
    blocks.push({ kind: 'para', para });
  }
  const title = input.title.normalize('NFC');
  return {
    meta: { title: `Dự thảo chỉnh lý: ${title}`, subject: title, author: input.issuerLines.join(' ') },
    sections: [{ orientation: 'portrait', restartNumbering: false, blocks }],
    total: 0,
  };
}
