/**
 * The top of an administrative document (Nghị định 30/2020/NĐ-CP, Phụ lục I, Mẫu 1.4): the
 * issuing body on the left and the national name and motto on the right, "Số" and the place and
 * date on one line, then the document type and its summary line, each with its short rule.
 */
import { CELL, CONTENT, HEADER, LEADING, SIZE } from './geometry';
import type { PageFlow } from './page-flow';
import { drawLaid, layoutPara, widestLine } from './paragraph';
import type { Pen } from './pen';
import { para, paraStyle, run, type FontStyle } from './text-model';

export const NATIONAL_NAME = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
export const MOTTO = 'Độc lập - Tự do - Hạnh phúc';

export interface HeaderSpec {
  /** Printed regular, above the issuer. */
  parentLines: string[];
  /** Printed bold. */
  issuerLines: string[];
  /** The whole "Số: …" text, or null for a document without a number (the sheet). */
  numberLine: string | null;
  /** The italic place-and-date line, or null when it is printed elsewhere. */
  placeDate: string | null;
}

/** Space between a line box and the rule under it: clear of the dots below ạ, ụ, ị. */
const RULE_GAP = 3;

/** Centred lines in a column from `top`; returns the bottom and the widest line's width. */
function centred(
  pen: Pen,
  lines: string[],
  style: FontStyle,
  size: number,
  left: number,
  width: number,
  top: number,
): { bottom: number; widest: number } {
  let bottom = top;
  let widest = 0;
  for (const text of lines) {
    const laid = layoutPara(pen, para([run(text, style)], paraStyle(size, LEADING.single, { align: 'center' })), width, true);
    bottom = drawLaid(pen, laid, left, bottom);
    widest = Math.max(widest, widestLine(laid));
  }
  return { bottom, widest };
}

function centredRule(pen: Pen, left: number, width: number, length: number, y: number): void {
  const x = left + (width - length) / 2;
  pen.rule(x, y, x + length, y, CELL.border * 1.5);
}

export function drawHeader(flow: PageFlow, spec: HeaderSpec): void {
  const pen = flow.pen;
  const top = flow.y;
  const leftX = CONTENT.left;
  const leftW = HEADER.leftWidth;
  const rightX = CONTENT.left + leftW;
  const rightW = CONTENT.width - leftW;

  const parent = centred(pen, spec.parentLines.map(upper), 'regular', SIZE.issuer, leftX, leftW, top);
  const issuer = centred(pen, spec.issuerLines.map(upper), 'bold', SIZE.issuer, leftX, leftW, parent.bottom);
  const leftRuleY = issuer.bottom + RULE_GAP;
  centredRule(pen, leftX, leftW, Math.max(40, issuer.widest * 0.4), leftRuleY);

  const national = centred(pen, [NATIONAL_NAME], 'bold', SIZE.nationalName, rightX, rightW, top);
  const motto = centred(pen, [MOTTO], 'bold', SIZE.motto, rightX, rightW, national.bottom);
  const rightRuleY = motto.bottom + RULE_GAP;
  centredRule(pen, rightX, rightW, motto.widest, rightRuleY);

  let bottom = Math.max(leftRuleY, rightRuleY) + RULE_GAP;
  if (spec.numberLine !== null || spec.placeDate !== null) {
    const rowTop = bottom + 6;
    const numberBottom =
      spec.numberLine === null
        ? rowTop
        : centred(pen, [spec.numberLine], 'regular', SIZE.number, leftX, leftW, rowTop + 1).bottom;
    const dateBottom =
      spec.placeDate === null ? rowTop : centred(pen, [spec.placeDate], 'italic', SIZE.placeDate, rightX, rightW, rowTop).bottom;
    bottom = Math.max(numberBottom, dateBottom);
  }
  flow.y = bottom;
}

/**
 * "BÁO CÁO" / "PHIẾU GÓP Ý" / "PHỤ LỤC", the summary line in bold under it, an optional italic
 * note ("(Kèm theo Báo cáo số …)"), and a short rule. At the top of a page it starts right there.
 */
export function drawTitle(flow: PageFlow, title: string, subject: string, note?: string): void {
  const pen = flow.pen;
  const { left, width } = flow.frame;
  const top = flow.atPageTop() ? flow.y : flow.y + 20;
  const head = centred(pen, [upper(title)], 'bold', SIZE.title, left, width, top);
  const sub = centred(pen, [subject], 'bold', SIZE.subject, left + 20, width - 40, head.bottom);
  const noted = note ? centred(pen, [note], 'italic', SIZE.subject, left + 20, width - 40, sub.bottom) : sub;
  const ruleY = noted.bottom + RULE_GAP + 1;
  centredRule(pen, left, width, Math.min(120, Math.max(60, sub.widest / 3)), ruleY);
  flow.y = ruleY + 16;
}

export function upper(text: string): string {
  return text.normalize('NFC').toLocaleUpperCase('vi-VN');
}
