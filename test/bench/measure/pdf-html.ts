/**
 * The compiled report as one plain HTML page, for Chromium's print-to-PDF (pdf-chromium.ts): the
 * same content as writeCompiledReport prints, in a simple but comparable layout. The header block
 * (issuer, national name and motto, number, place and date), "BÁO CÁO" and its summary line, the
 * overview sentence and its two count tables, then the 5-column table with its header row in a
 * <thead> (Chromium repeats it on every page), one title row per document and one group of rows per
 * passage (STT and the passage cell spanning its comments), comments on a whole document at its
 * end under "Ý kiến chung về {the document}", general comments last under their agenda item, as
 * the engine names them (report-appendix.ts), the closing
 * paragraph, "Nơi nhận" and the signer. Tinos through @font-face, A4 with the engine's margins,
 * font sizes and column widths (geometry.ts, report-table.ts), the page number centred in the top
 * margin from page 2 on (a CSS @page margin box). Every label and text comes from the engine's own
 * helpers, so both PDFs carry the same words.
 */
import { STANCES } from '../../../shared/domain/comments';
import {
  ANSWER_LABELS,
  STANCE_LABELS,
  type CompiledReportInput,
  type ReportComment,
  type ReportPassage,
  type StanceCounts,
} from '../../../shared/domain/reports';
import { changeRuns } from '../../../main/core/pdf/changes';
import { numberLine } from '../../../main/core/report/report-model';
import { formatPlaceDate } from '../../../main/core/pdf/date-line';
import { FONT_FILES } from '../../../main/core/pdf/fonts';
import {
  CELL,
  HEADER,
  LEADING,
  MARGIN,
  MM,
  PAGE_NUMBER_TOP,
  PARAGRAPH,
  SIGNATURE_ROOM,
  SIZE,
} from '../../../main/core/pdf/geometry';
import { MOTTO, NATIONAL_NAME, upper } from '../../../main/core/pdf/header';
import {
  APPENDIX_COLUMNS,
  APPENDIX_HEADER as REPORT_HEADER,
  agendaItemLabel,
  passageLabel,
  shortLabel,
  stanceSummary,
  wholeDocumentLabel,
} from '../../../main/core/report/report-appendix';
import { summarySentence } from '../../../main/core/report/report-summary';
import { count, roman, withEndMark } from '../../../main/core/report/text';

/** The appendix's columns in points on a portrait page (this comparison keeps the one-page-size layout). */
const REPORT_COLUMNS = APPENDIX_COLUMNS.map((f) => f * (595.28 - (45 * 72) / 25.4));

/** The engine's margins in millimetres, top right bottom left (CSS order). */
const PAGE_MARGINS = [MARGIN.top, MARGIN.right, MARGIN.bottom, MARGIN.left].map((m) => `${(m / MM).toFixed(1)}mm`).join(' ');

const esc = (text: string): string =>
  text.normalize('NFC').replace(/[&<>"]/gu, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c);

/** Typed text: one paragraph per line the person typed, the first led by `lead` (HTML). */
function typed(lead: string, text: string): string {
  const parts = text
    .split(/\n/u)
    .map((t) => t.trim())
    .filter(Boolean);
  if (parts.length === 0) return `<p>${lead}</p>`;
  return parts.map((t, i) => `<p>${i === 0 ? lead : ''}${esc(t)}</p>`).join('');
}

function changesHtml(quote: string, proposed: string): string {
  return changeRuns(quote, proposed)
    .map((r) => (r.mark ? `<${r.mark}>${esc(r.text)}</${r.mark}>` : esc(r.text)))
    .join('');
}

function commentCells(c: ReportComment, quote: string | null): string {
  let content = typed(`<b>${esc(STANCE_LABELS[c.stance])}: </b>`, c.text);
  if (c.proposedText) {
    content += `<p><i>Đề nghị sửa thành: </i>“${esc(c.proposedText.trim())}”</p>`;
    if (quote) content += `<p><i>Chỗ sửa: </i>${changesHtml(quote, c.proposedText)}</p>`;
  }
  const answer = c.answer ? typed(`<b>${esc(ANSWER_LABELS[c.answer.kind])}: </b>`, c.answer.text) : '';
  return `<td class="l"><b>${esc(c.delegateName)}</b><br>${esc(c.delegation)}</td><td>${content}</td><td>${answer}</td>`;
}

function passageRows(stt: number, p: ReportPassage, fallback: string): string {
  const label = passageLabel(p);
  let cell = label ? `<p class="l"><b>${esc(label)}</b></p>` : `<p class="l"><b><i>${esc(fallback)}</i></b></p>`;
  if (p.quote) cell += `<p><i>“${esc(p.quote.trim())}”</i></p>`;
  cell += `<p class="l"><i>${esc(stanceSummary(p.comments))}</i></p>`;
  const span = p.comments.length;
  return p.comments
    .map((c, i) => {
      const lead = i === 0 ? `<td class="c" rowspan="${span}">${stt}</td><td rowspan="${span}">${cell}</td>` : '';
      return `<tr>${lead}${commentCells(c, p.quote)}</tr>`;
    })
    .join('\n');
}

const titleRow = (numeral: string, title: string): string =>
  `<tr class="title"><td class="c"><b>${numeral}</b></td><td colspan="4" class="l"><b>${esc(title)}</b></td></tr>`;

function summaryTables(input: CompiledReportInput): string {
  const s = input.summary;
  const total = (c: StanceCounts): number => c.tan_thanh + c.khong_tan_thanh + c.y_kien_khac;
  const stanceRow = (stt: string, label: string, c: StanceCounts, bold = false): string => {
    const b = (t: string): string => (bold ? `<b>${t}</b>` : t);
    return `<tr><td class="c">${stt}</td><td class="l">${b(esc(label))}</td>${STANCES.map((st) => `<td class="c">${b(count(c[st]))}</td>`).join('')}<td class="c"><b>${count(total(c))}</b></td></tr>`;
  };
  const byDoc = s.byDocument.map((d, i) => stanceRow(String(i + 1), d.documentTitle, d.counts));
  if (total(s.general) > 0) byDoc.push(stanceRow(String(s.byDocument.length + 1), 'Ý kiến chung', s.general));
  byDoc.push(stanceRow('', 'Cộng', s.byStance, true));
  const byGroup = s.byDelegation.map(
    (d, i) =>
      `<tr><td class="c">${i + 1}</td><td class="l">${esc(d.delegation)}</td><td class="c">${count(d.delegates)}</td><td class="c">${count(d.comments)}</td></tr>`,
  );
  byGroup.push(
    `<tr><td></td><td class="l"><b>Cộng</b></td><td class="c"><b>${count(s.delegatesWithComments)}</b></td><td class="c"><b>${count(s.totalComments)}</b></td></tr>`,
  );
  const head = (labels: string[]): string => `<thead><tr>${labels.map((l) => `<th>${esc(l)}</th>`).join('')}</tr></thead>`;
  // The engine's widths (report-summary.ts): STT 38 pt, each number 70 pt / 90 pt, the name the rest.
  const cols = (...widths: Array<number | null>): string =>
    `<colgroup>${widths.map((w) => (w === null ? '<col>' : `<col style="width:${w}pt">`)).join('')}</colgroup>`;
  return `
<p class="body">${esc(summarySentence(s))}</p>
<p class="body"><b>1. Số ý kiến theo văn bản</b></p>
<table class="grid">${cols(38, null, 70, 70, 70, 70)}${head(['STT', 'Văn bản', ...STANCES.map((st) => STANCE_LABELS[st]), 'Tổng số'])}<tbody>${byDoc.join('')}</tbody></table>
<p class="body"><b>2. Số ý kiến theo Tổ đại biểu</b></p>
<table class="grid">${cols(38, null, 90, 90)}${head(['STT', 'Tổ đại biểu', 'Số đại biểu góp ý', 'Số ý kiến'])}<tbody>${byGroup.join('')}</tbody></table>`;
}

const FONT_FACES: Array<[keyof typeof FONT_FILES, number, string]> = [
  ['regular', 400, 'normal'],
  ['bold', 700, 'normal'],
  ['italic', 400, 'italic'],
  ['boldItalic', 700, 'italic'],
];

/** The report as HTML; `fontUrl` gives the URL of a Tinos file (FONT_FILES) as the page can load it. */
export function reportHtml(input: CompiledReportInput, fontUrl: (file: string) => string): string {
  const faces = FONT_FACES.map(
    ([style, weight, fontStyle]) =>
      `@font-face { font-family: 'Tinos'; src: url('${fontUrl(FONT_FILES[style])}') format('truetype'); font-weight: ${weight}; font-style: ${fontStyle}; }`,
  ).join('\n');
  const cols = REPORT_COLUMNS.map((w) => `<col style="width:${w}pt">`).join('');
  const rows: string[] = [];
  let numeral = 0;
  for (const group of input.groups) {
    rows.push(titleRow(roman(++numeral), group.documentTitle));
    let stt = 0;
    const passages = group.passages.filter((p) => p.comments.length > 0);
    const whole = passages.filter((p) => !p.path && p.lineFirst == null);
    for (const passage of passages) if (!whole.includes(passage)) rows.push(passageRows(++stt, passage, ''));
    if (whole.length > 0) {
      rows.push(titleRow('', wholeDocumentLabel(group.documentTitle)));
      for (const passage of whole) rows.push(passageRows(++stt, passage, shortLabel(group.documentKind)));
    }
  }
  if (input.general.length > 0) {
    rows.push(titleRow(roman(++numeral), 'Ý kiến chung'));
    const topics = new Map<string, ReportComment[]>();
    for (const c of input.general) {
      const list = topics.get(c.topic ?? '');
      if (list) list.push(c);
      else topics.set(c.topic ?? '', [c]);
    }
    let stt = 0;
    for (const [topic, comments] of topics) {
      if (topic) rows.push(titleRow('', agendaItemLabel(topic)));
      const none = { path: null, lineFirst: null, lineLast: null, quote: null, comments };
      rows.push(passageRows(++stt, none, topic ? shortLabel(null) : 'Ý kiến chung'));
    }
  }
  const intro =
    input.intro.length > 0
      ? input.intro
      : [
          `Thường trực Hội đồng nhân dân tỉnh đã tổng hợp ý kiến góp ý của các vị đại biểu Hội đồng nhân dân tỉnh. Kết quả tổng hợp và ý kiến tiếp thu, giải trình như sau:`,
        ];
  const closing =
    input.closing ??
    'Trên đây là báo cáo tổng hợp ý kiến góp ý của đại biểu Hội đồng nhân dân tỉnh và ý kiến tiếp thu, giải trình';
  const rule = (width: string): string => `<div class="rule" style="width:${width}"></div>`;
  return `<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><title>${esc(input.subject)}</title>
<style>
${faces}
@page {
  size: A4;
  margin: ${PAGE_MARGINS};
  @top-center { content: counter(page); font-family: 'Tinos', serif; font-size: ${SIZE.pageNumber}pt; vertical-align: top; padding-top: ${PAGE_NUMBER_TOP}pt; }
}
@page :first { @top-center { content: none; } }
html, body { margin: 0; padding: 0; }
body { font-family: 'Tinos', serif; font-size: ${SIZE.body}pt; line-height: ${LEADING.body}; color: #000; }
p { margin: 0; }
.header { display: flex; }
.header > div { text-align: center; line-height: ${LEADING.single}; }
.issuer { width: ${HEADER.leftWidth}pt; font-size: ${SIZE.issuer}pt; }
.national { flex: 1; }
.rule { border-top: ${CELL.border * 1.5}pt solid #000; margin: 3pt auto 6pt; }
.title { text-align: center; font-weight: bold; margin-top: 20pt; line-height: ${LEADING.single}; }
p.body { text-align: justify; text-indent: ${PARAGRAPH.indent}pt; margin-bottom: ${PARAGRAPH.spaceAfter}pt; }
table { width: 100%; border-collapse: collapse; table-layout: fixed; font-size: ${SIZE.table}pt; line-height: ${LEADING.single}; margin-bottom: 10pt; }
thead { display: table-header-group; }
th, td { border: ${CELL.border}pt solid #000; padding: ${CELL.padTop}pt ${CELL.padX}pt ${CELL.padBottom}pt; vertical-align: top; text-align: justify; }
th, td.c { text-align: center; }
td.l, p.l { text-align: left; }
td p { margin-bottom: 3pt; }
tr.title { break-after: avoid; }
del { text-decoration: line-through; }
ins { text-decoration: underline; }
.closing { display: flex; break-inside: avoid; margin-top: 6pt; }
.recipients { width: ${HEADER.leftWidth}pt; font-size: ${SIZE.recipients}pt; line-height: ${LEADING.single}; }
.signer { flex: 1; text-align: center; font-weight: bold; line-height: ${LEADING.single}; }
</style></head>
<body>
<div class="header">
  <div class="issuer">${input.issuerParentLines.map((l) => `${esc(upper(l))}<br>`).join('')}<b>${input.issuerLines.map((l) => esc(upper(l))).join('<br>')}</b>${rule('40%')}${esc(numberLine(input.numberSymbol))}</div>
  <div class="national"><b style="font-size:${SIZE.nationalName}pt">${NATIONAL_NAME}</b><br><b style="font-size:${SIZE.motto}pt">${esc(MOTTO)}</b>${rule('60%')}<i style="font-size:${SIZE.placeDate}pt">${esc(formatPlaceDate(input.place, input.date))}</i></div>
</div>
<div class="title">BÁO CÁO<br>${esc(input.subject)}</div>
${rule('120pt')}
${intro.map((t) => `<p class="body">${esc(t)}</p>`).join('\n')}
<p class="body"><b>I. TỔNG HỢP CHUNG</b></p>
${summaryTables(input)}
<p class="body"><b>II. Ý KIẾN CỤ THỂ VÀ TIẾP THU, GIẢI TRÌNH</b></p>
<table class="report"><colgroup>${cols}</colgroup>
<thead><tr>${REPORT_HEADER.map((h) => `<th>${esc(h)}</th>`).join('')}</tr></thead>
<tbody>
${rows.join('\n')}
</tbody></table>
<p class="body">${esc(withEndMark(closing))}</p>
<div class="closing">
  <div class="recipients"><b style="font-size:${SIZE.recipientsLabel}pt"><i>Nơi nhận:</i></b><br>${input.recipients.map((r) => `- ${esc(r)}`).join('<br>')}</div>
  <div class="signer">${input.signer.capacity.map((c) => esc(upper(c))).join('<br>')}<div style="height:${SIGNATURE_ROOM}pt"></div>${esc(input.signer.name)}</div>
</div>
</body></html>
`;
}
