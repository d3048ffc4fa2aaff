/**
 * The delegate's comment sheet (Phiếu góp ý) as one model, printed to be signed: the delegation as
 * issuer, "PHIẾU GÓP Ý" and the scope, then per document each comment with its place in the draft
 * (reference and "dòng a–b"), the quoted passage, the stance, the text and the proposed wording
 * with its changes marked; the text ends with "./.", then the date, "ĐẠI BIỂU" and the name.
 */
import { LEVEL_WORDS } from '../../../shared/domain/council';
import { STANCE_LABELS, type CommentSheetInput, type SheetEntry } from '../../../shared/domain/reports';
import { changeRuns } from '../pdf/changes';
import { formatPlaceDate } from '../pdf/date-line';
import { run, type Run } from '../pdf/text-model';
import { mpara, type DocModel, type MBlock, type MPara } from './model';
import { passageLabel, shortLabel, stanceSummary } from './report-appendix';
import { quotedParas, typedParas, withEndMark } from './text';

/** Entries grouped by document, in the order each document first appears. */
function byDocument(entries: readonly SheetEntry[]): Array<{ title: string; entries: SheetEntry[] }> {
  const groups = new Map<string, SheetEntry[]>();
  for (const e of entries) {
    const title = e.documentTitle.normalize('NFC');
    groups.set(title, [...(groups.get(title) ?? []), e]);
  }
  return [...groups].map(([title, list]) => ({ title, entries: list }));
}

/** "Tổ đại biểu thành phố Hạ Long" → "TỔ ĐẠI BIỂU" / "THÀNH PHỐ HẠ LONG": never split "thành phố". */
export function delegationLines(delegation: string): string[] {
  const m = /^(tổ đại biểu)\s+(.+)$/iu.exec(delegation.normalize('NFC').trim());
  return m ? [m[1], m[2]] : [delegation];
}

const labelled = (label: string, value: Run[], labelStyle: Run['style'] = 'italic'): MPara =>
  mpara('body', [run(`${label}: `, labelStyle), ...value]);
const para = (p: MPara): MBlock => ({ kind: 'para', para: p });

export function buildSheetModel(input: CommentSheetInput): DocModel {
  const s = input.session;
  const blocks: MBlock[] = [
    {
      kind: 'header',
      header: {
        parentLines: [s.councilShort],
        issuerLines: delegationLines(input.delegate.delegation),
        numberLine: null,
        placeDate: null,
      },
    },
    { kind: 'title', title: 'Phiếu góp ý', subject: input.scopeTitle },
    para(labelled('Họ và tên đại biểu', [run(input.delegate.name, 'bold')], 'regular')),
    para(labelled('Tổ đại biểu', [run(input.delegate.delegation)], 'regular')),
    para(labelled('Kỳ họp', [run(`${s.name}, ${s.council} ${s.term}`)], 'regular')),
  ];
  if (input.entries.length > 0)
    blocks.push(para(labelled('Số ý kiến', [run(stanceSummary(input.entries).replace(/ ý kiến:/u, ' ý kiến, gồm'))], 'regular')));
  if (input.entries.some((e) => e.quote && e.proposedText)) {
    blocks.push(
      para(
        mpara('body', [
          run('Trong phần “Chỗ sửa”, chữ ', 'italic'),
          run('gạch ngang', 'italic', 'del'),
          run(' là phần đề nghị bỏ, chữ ', 'italic'),
          run('gạch chân', 'italic', 'ins'),
          run(' là phần đề nghị thêm.', 'italic'),
        ]),
      ),
    );
  }
  let k = 0;
  for (const [i, group] of byDocument(input.entries).entries()) {
    blocks.push(para(mpara('heading', [run(`${i + 1}. ${group.title}`, 'bold')], true)));
    for (const e of group.entries) {
      // A general comment is named as the report names it: by the kind of document the heading
      // above names, or as one on the agenda item itself.
      const where = passageLabel(e) ?? shortLabel(e.itemOnly ? null : e.documentKind);
      blocks.push({ kind: 'para', para: mpara('body', [run(`Ý kiến ${++k}. `, 'bold'), run(where, 'bold')], true), units: 1 });
      if (e.quote) blocks.push(...quotedParas('body', [run('Nội dung dự thảo: ', 'italic')], e.quote, 'italic').map(para));
      blocks.push(para(labelled('Quan điểm', [run(STANCE_LABELS[e.stance], 'bold')])));
      blocks.push(...typedParas('body', [run('Nội dung góp ý: ', 'italic')], e.text).map(para));
      if (e.proposedText) {
        blocks.push(...quotedParas('body', [run('Đề nghị sửa thành: ', 'italic')], e.proposedText).map(para));
        if (e.quote) blocks.push(para(labelled('Chỗ sửa', changeRuns(e.quote, e.proposedText))));
      }
    }
  }
  const w = LEVEL_WORDS[s.level];
  const closing = `Trên đây là ý kiến góp ý của đại biểu ${input.delegate.name.normalize('NFC')}, đề nghị Thường trực Hội đồng nhân dân ${w} tổng hợp`;
  blocks.push(para(mpara('body', withEndMark(closing))));
  blocks.push({
    kind: 'signature',
    signature: {
      recipients: input.recipients,
      placeDate: formatPlaceDate(input.place, input.issueDate),
      capacity: ['Đại biểu'],
      name: input.delegate.name,
      // The paper the delegate signs vouches for the file: the same fingerprint the secretariat sees.
      underName: input.delegate.keyFingerprint ? `Dấu khóa: ${input.delegate.keyFingerprint}` : null,
    },
  });
  const scope = input.scopeTitle.normalize('NFC');
  return {
    meta: { title: `Phiếu góp ý: ${scope}`, subject: scope, author: input.delegate.name.normalize('NFC') },
    sections: [{ orientation: 'portrait', restartNumbering: false, blocks }],
    total: input.entries.length,
  };
}
