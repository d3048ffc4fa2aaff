/**
 * The delegate's comment sheet (Phiếu góp ý), printed to be signed: the delegation as issuer,
 * "PHIẾU GÓP Ý" and the scope, then per document each comment with its place in the draft
 * (reference and "dòng a–b"), the quoted passage, the stance, the text and the proposed wording
 * with its changes marked; the text ends with "./.", then the date, "ĐẠI BIỂU" and the name.
 */
import { STANCE_LABELS, type CommentSheetInput, type SheetEntry } from '../../../shared/domain/reports';
import { changeRuns } from './changes';
import { drawClosing } from './closing';
import { formatPlaceDate } from './date-line';
import { drawHeader, drawTitle } from './header';
import { writePdf, type PdfOptions, type PdfResult } from './output';
import { passageLabel, stanceSummary } from './report-table';
import { BODY, heading, labelled, quoted, typed, withEndMark } from './styles';
import { nfc, para, run } from './text-model';

/** Entries grouped by document, in the order each document first appears. */
function byDocument(entries: readonly SheetEntry[]): Array<{ title: string; entries: SheetEntry[] }> {
  const groups = new Map<string, SheetEntry[]>();
  for (const e of entries) {
    const title = nfc(e.documentTitle);
    const list = groups.get(title) ?? [];
    list.push(e);
    groups.set(title, list);
  }
  return [...groups].map(([title, list]) => ({ title, entries: list }));
}

/** "Tổ đại biểu thành phố Hạ Long" → "TỔ ĐẠI BIỂU" / "THÀNH PHỐ HẠ LONG": never split "thành phố". */
export function delegationLines(delegation: string): string[] {
  const m = /^(tổ đại biểu)\s+(.+)$/iu.exec(nfc(delegation).trim());
  return m ? [m[1], m[2]] : [delegation];
}

export async function writeCommentSheet(input: CommentSheetInput, outFile: string, opts: PdfOptions): Promise<PdfResult> {
  const s = input.session;
  const meta = {
    title: `Phiếu góp ý: ${nfc(input.scopeTitle)}`,
    subject: nfc(input.scopeTitle),
    author: nfc(input.delegate.name),
  };
  return writePdf(outFile, opts, meta, input.entries.length, async ({ flow, tick }) => {
    drawHeader(flow, {
      parentLines: [s.councilShort],
      issuerLines: delegationLines(input.delegate.delegation),
      numberLine: null,
      placeDate: null,
    });
    drawTitle(flow, 'Phiếu góp ý', input.scopeTitle);

    flow.paragraph(labelled('Họ và tên đại biểu', [run(input.delegate.name, 'bold')], BODY, 'regular'));
    flow.paragraph(labelled('Tổ đại biểu', [run(input.delegate.delegation)], BODY, 'regular'));
    flow.paragraph(labelled('Kỳ họp', [run(`${s.name}, ${s.council} ${s.term}`)], BODY, 'regular'));
    if (input.entries.length > 0)
      flow.paragraph(
        labelled('Số ý kiến', [run(stanceSummary(input.entries).replace(/ ý kiến:/u, ' ý kiến, gồm'))], BODY, 'regular'),
      );
    if (input.entries.some((e) => e.quote && e.proposedText)) {
      flow.paragraph(
        para(
          [
            run('Trong phần “Chỗ sửa”, chữ ', 'italic'),
            run('gạch ngang', 'italic', 'del'),
            run(' là phần đề nghị bỏ, chữ ', 'italic'),
            run('gạch chân', 'italic', 'ins'),
            run(' là phần đề nghị thêm.', 'italic'),
          ],
          BODY,
        ),
      );
    }

    let done = 0;
    let k = 0;
    for (const [i, group] of byDocument(input.entries).entries()) {
      flow.paragraph(heading(`${i + 1}. ${group.title}`), { keepWithNext: 3 * BODY.lineHeight });
      for (const e of group.entries) {
        const where = passageLabel(e) ?? 'Ý kiến chung về văn bản';
        flow.paragraph(para([run(`Ý kiến ${++k}. `, 'bold'), run(where, 'bold')], BODY), { keepWithNext: 2 * BODY.lineHeight });
        if (e.quote) flow.paragraph(labelled('Nội dung dự thảo', [quoted(e.quote, 'italic')]));
        flow.paragraph(labelled('Quan điểm', [run(STANCE_LABELS[e.stance], 'bold')]));
        for (const p of typed([run('Nội dung góp ý: ', 'italic')], e.text, BODY)) flow.paragraph(p);
        if (e.proposedText) {
          flow.paragraph(labelled('Đề nghị sửa thành', [quoted(e.proposedText)]));
          if (e.quote) flow.paragraph(labelled('Chỗ sửa', changeRuns(e.quote, e.proposedText)));
        }
        await tick(++done);
      }
    }
    const closing = `Trên đây là ý kiến góp ý của đại biểu ${nfc(input.delegate.name)}, đề nghị Thường trực Hội đồng nhân dân tỉnh tổng hợp`;
    flow.paragraph(para(withEndMark(closing), BODY));
    drawClosing(flow, {
      recipients: input.recipients,
      placeDate: formatPlaceDate(input.place, input.issueDate),
      capacity: ['Đại biểu'],
      name: input.delegate.name,
      underName: input.delegate.keyFingerprint ? `Dấu khóa: ${input.delegate.keyFingerprint}` : null,
    });
  });
}
