/**
 * The report's Phụ lục: every comment and its answer in one landscape table. Columns STT | Nội
 * dung dự thảo (Điều, khoản, dòng) | Đại biểu / Tổ đại biểu | Nội dung góp ý | Ý kiến tiếp thu,
 * giải trình. Rows are grouped by document ("I. Dự thảo …") and then by article ("Điều 1. …");
 * comments on a whole document close their document, comments on no document come last, named
 * by their agenda item. A row split across pages repeats STT, passage and delegate "(tiếp theo)".
 */
import {
  ANSWER_LABELS,
  STANCE_LABELS,
  type CompiledReportInput,
  type PassageRef,
  type ReportComment,
} from '../../../shared/domain/reports';
import type { Stance } from '../../../shared/domain/comments';
import type { DocumentKind } from '../../../shared/domain/types';
import { formatLineRange } from '../../../shared/text/lines';
import { changeRuns } from '../pdf/changes';
import { run } from '../pdf/text-model';
import { KIND_TITLE } from './revised-model';
import { mpara, type MCell, type MPara, type MRow, type MTable } from './model';
import { count, lowerFirst, quotedParas, roman, typedParas } from './text';

export const APPENDIX_HEADER = [
  'STT',
  'Nội dung dự thảo (Điều, khoản, dòng)',
  'Đại biểu / Tổ đại biểu',
  'Nội dung góp ý',
  'Ý kiến tiếp thu, giải trình',
];

/** Fractions of the landscape text width (docs/pdf-layout.md). */
export const APPENDIX_COLUMNS = [0.06, 0.16, 0.14, 0.37, 0.27];

export const CONTINUED = '(tiếp theo)';
export const UNANSWERED = 'Chưa trả lời';
export const WHOLE_DOCUMENT = 'Ý kiến chung về văn bản';

/** The name of comments on a whole document: "Ý kiến chung về dự thảo Nghị quyết …". */
export function wholeDocumentLabel(documentTitle: string): string {
  const t = documentTitle.normalize('NFC').trim();
  return t ? `Ý kiến chung về ${lowerFirst(t)}` : WHOLE_DOCUMENT;
}

/** The name of general comments on an agenda item: "Ý kiến chung về nội dung: <the item's title>". */
export function agendaItemLabel(topic: string | null | undefined): string {
  const t = topic?.normalize('NFC').trim();
  return t ? `Ý kiến chung về nội dung: ${t}` : 'Ý kiến chung';
}

/**
 * The passage cell of such a comment: short, as the group row above it carries the full name
 * ("Ý kiến chung về dự thảo Nghị quyết", "Ý kiến chung về nội dung"); a narrow column would
 * otherwise hold the whole title again on every row.
 */
export function shortLabel(kind: DocumentKind | null): string {
  if (kind === null) return 'Ý kiến chung về nội dung';
  return kind === 'du_thao_nghi_quyet' ? 'Ý kiến chung về dự thảo Nghị quyết' : `Ý kiến chung về ${KIND_TITLE[kind]}`;
}

/** "Điều 1, khoản 2, điểm a, dòng 25–27"; null for a comment on the whole document. */
export function passageLabel(
  ref: Pick<PassageRef, 'path' | 'lineFirst' | 'lineLast'> & { quote?: string | null },
): string | null {
  const lines = ref.lineFirst != null && ref.lineLast != null ? formatLineRange(ref.lineFirst, ref.lineLast) : null;
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

const cell = (paras: MPara[], span?: number): MCell => (span ? { paras, span } : { paras });
const centre = (text: string, style: 'regular' | 'bold' = 'regular'): MCell => cell([mpara('cellCentre', [run(text, style)])]);

function groupRow(text: string, style: 'bold' | 'boldItalic' = 'bold'): MRow {
  return { group: true, cells: [cell([mpara('cellLeft', [run(text, style)])], APPENDIX_HEADER.length)] };
}

function commentContent(c: ReportComment, quote: string | null): MPara[] {
  const paras = typedParas('cell', [run(`${STANCE_LABELS[c.stance]}: `, 'bold')], c.text);
  if (c.proposedText) {
    paras.push(...quotedParas('cell', [run('Đề nghị sửa thành: ', 'italic')], c.proposedText));
    if (quote) paras.push(mpara('cell', [run('Chỗ sửa: ', 'italic'), ...changeRuns(quote, c.proposedText)]));
  }
  return paras;
}

function answerContent(c: ReportComment): MPara[] {
  if (!c.answer) return [mpara('cell', [run(UNANSWERED, 'italic')])];
  const paras = typedParas('cell', [run(`${ANSWER_LABELS[c.answer.kind]}: `, 'bold')], c.answer.text);
  if (c.answer.outrun) paras.push(mpara('cell', [run('(Đại biểu đã sửa góp ý sau khi được trả lời.)', 'italic')]));
  return paras;
}

function delegateParas(c: ReportComment): MPara[] {
  const paras = [mpara('cellLeft', [run(c.delegateName, 'bold')]), mpara('cellLeft', c.delegation)];
  if (c.onBehalf) {
    const whom = c.onBehalfOf === 'delegation' ? '(Văn phòng nhập thay Tổ đại biểu)' : '(Văn phòng nhập thay đại biểu)';
    paras.push(mpara('cellLeft', [run(whom, 'italic')]));
  }
  return paras;
}

/**
 * Cells many rows print alike (a delegate's name and delegation): one object for all of them,
 * built once. The model is plain data the writers only read, so rows may share it.
 */
class SharedCells {
  private readonly cells = new Map<string, MCell>();

  get(key: string, make: () => MCell): MCell {
    let c = this.cells.get(key);
    if (c === undefined) {
      c = make();
      this.cells.set(key, c);
    }
    return c;
  }
}

/** `general`: the name of a comment on no passage (its document, or its agenda item). */
function commentRow(
  stt: number,
  c: ReportComment,
  passage: PassageRef | null,
  first: boolean,
  general = WHOLE_DOCUMENT,
  shared = new SharedCells(),
): MRow {
  const own = passage
    ? passageLabel({ path: passage.path, lineFirst: c.lineFirst ?? passage.lineFirst, lineLast: c.lineLast ?? passage.lineLast })
    : null;
  const label = own ?? general;
  const where: MPara[] = [mpara('cellLeft', [run(label, own ? 'bold' : 'boldItalic')])];
  if (first && passage?.quote) where.push(...quotedParas('cellLeft', [], passage.quote, 'italic'));
  return {
    units: 1,
    cells: [
      centre(String(stt)),
      cell(where),
      shared.get(`d\u0000${c.delegateName}\u0000${c.delegation}\u0000${c.onBehalf ? (c.onBehalfOf ?? 'delegate') : ''}`, () =>
        cell(delegateParas(c)),
      ),
      cell(commentContent(c, passage?.quote ?? null)),
      cell(answerContent(c)),
    ],
  };
}

/** The article a passage belongs to, or its first path segment. */
function articleOf(p: { path: string | null; article?: string | null }): string | null {
  if (p.article) return p.article;
  return p.path ? p.path.split(', ')[0] : null;
}

/**
 * How the Phụ lục's rows are built. `release`: each comment is let go of (its slot in the input
 * emptied) once its row is built, so a report of 100,000 comments does not hold the input and
 * the drawn pages together; the rows can then be read once only (an export job's input is its own).
 */
export interface AppendixOptions {
  release?: boolean;
}

/** The rows in order, each built when the writer asks for it (a page's worth is held, not the table). */
function* appendixRows(input: CompiledReportInput, release: boolean): Generator<MRow> {
  // Only a delegate's cells are shared: there are a few hundred delegates, and the rows themselves
  // no longer live beyond their page.
  const shared = new SharedCells();
  let stt = 0;
  let numeral = 0;
  /** Each comment of `list` in turn, its slot emptied behind it when releasing. */
  function* take(list: ReportComment[]): Generator<[ReportComment, number]> {
    for (let i = 0; i < list.length; i++) {
      const c = list[i];
      if (release) list[i] = undefined as unknown as ReportComment;
      yield [c, i];
    }
    if (release) list.length = 0;
  }
  for (const group of input.groups) {
    const withComments = group.passages.filter((p) => p.comments.length > 0);
    if (withComments.length === 0) continue;
    yield groupRow(`${roman(++numeral)}. ${group.documentTitle}`);
    let article: string | null = null;
    const whole = withComments.filter((p) => !p.path && p.lineFirst == null);
    for (const p of withComments.filter((x) => !whole.includes(x))) {
      const a = articleOf(p);
      if (a && a !== article) yield groupRow(a, 'boldItalic');
      article = a;
      for (const [c, i] of take(p.comments)) yield commentRow(++stt, c, p, i === 0, WHOLE_DOCUMENT, shared);
    }
    if (whole.length > 0) {
      yield groupRow(wholeDocumentLabel(group.documentTitle), 'boldItalic');
      const label = shortLabel(group.documentKind);
      for (const p of whole) for (const [c] of take(p.comments)) yield commentRow(++stt, c, null, false, label, shared);
    }
  }
  if (input.general.length > 0) {
    yield groupRow(`${roman(++numeral)}. Ý kiến chung`);
    const topics = new Map<string, ReportComment[]>();
    for (const c of input.general) {
      const key = c.topic ?? '';
      const list = topics.get(key);
      if (list) list.push(c);
      else topics.set(key, [c]);
    }
    if (release) input.general.length = 0;
    for (const [topic, comments] of topics) {
      if (topic) yield groupRow(agendaItemLabel(topic), 'boldItalic');
      const label = topic ? shortLabel(null) : 'Ý kiến chung';
      for (const [c] of take(comments)) yield commentRow(++stt, c, null, false, label, shared);
    }
  }
}

export function buildAppendixTable(input: CompiledReportInput, options: AppendixOptions = {}): MTable {
  const release = options.release ?? false;
  return {
    columns: APPENDIX_COLUMNS,
    header: APPENDIX_HEADER.map((h) => centre(h, 'bold')),
    // Each reading builds the rows afresh (PDF and .docx may render one model), unless releasing.
    rows: { [Symbol.iterator]: () => appendixRows(input, release) },
    // STT, passage and delegate (its name, the cell's first paragraph) with "(tiếp theo)".
    continuation: { cells: 3, label: run(CONTINUED, 'italic') },
  };
}
