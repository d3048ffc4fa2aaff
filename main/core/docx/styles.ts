/**
 * The Word document's numbers, the same as the PDF's (main/core/pdf/geometry.ts,
 * docs/pdf-layout.md): A4, margins 20/20/30/15 mm, Times New Roman, body 14 pt at 1.2 lines with a
 * 1.27 cm first-line indent and 6 pt after, table text 12 pt. Word measures in twips (1/20 pt)
 * and half-points.
 */
import { AlignmentType, LineRuleType, TextRun, type IParagraphOptions } from 'docx';
import type { MPara, Role, Run } from '../report/model';

export const FONT = 'Times New Roman';
export const MM = 1440 / 25.4;
export const twip = (mm: number): number => Math.round(mm * MM);

/** A4 in twips, and the margins of Nghị định 30/2020 (top, bottom 20 mm; left 30; right 15). */
export const A4 = { width: 11906, height: 16838 } as const;
export const MARGINS = { top: twip(20), bottom: twip(20), left: twip(30), right: twip(15), header: twip(10), footer: twip(10) };
export const TEXT_WIDTH = {
  portrait: A4.width - MARGINS.left - MARGINS.right,
  landscape: A4.height - MARGINS.left - MARGINS.right,
};

/** Half-points. */
export const SIZE = { body: 28, table: 24, issuer: 26, motto: 28, recipientsLabel: 24, recipients: 22, pageNumber: 26 } as const;

type Spacing = NonNullable<IParagraphOptions['spacing']>;
const lines = (factor: number, afterPt: number): Spacing => ({
  line: Math.round(240 * factor),
  lineRule: LineRuleType.AUTO,
  after: afterPt * 20,
  before: 0,
});

interface RoleStyle {
  size: number;
  alignment: (typeof AlignmentType)[keyof typeof AlignmentType];
  firstLine: number;
  spacing: Spacing;
}

export const ROLE_STYLES: Readonly<Record<Role, RoleStyle>> = {
  body: { size: SIZE.body, alignment: AlignmentType.JUSTIFIED, firstLine: twip(12.7), spacing: lines(1.2, 6) },
  heading: { size: SIZE.body, alignment: AlignmentType.JUSTIFIED, firstLine: twip(12.7), spacing: lines(1.2, 6) },
  centreBold: { size: SIZE.body, alignment: AlignmentType.CENTER, firstLine: 0, spacing: lines(1, 2) },
  centreItalic: { size: SIZE.body, alignment: AlignmentType.CENTER, firstLine: 0, spacing: lines(1, 6) },
  cell: { size: SIZE.table, alignment: AlignmentType.JUSTIFIED, firstLine: 0, spacing: lines(1, 3) },
  cellLeft: { size: SIZE.table, alignment: AlignmentType.LEFT, firstLine: 0, spacing: lines(1, 2) },
  cellCentre: { size: SIZE.table, alignment: AlignmentType.CENTER, firstLine: 0, spacing: lines(1, 2) },
};

export function textRun(r: Run, size: number): TextRun {
  const bold = r.style === 'bold' || r.style === 'boldItalic';
  const italics = r.style === 'italic' || r.style === 'boldItalic';
  return new TextRun({
    text: r.text,
    font: FONT,
    size,
    ...(bold ? { bold } : {}),
    ...(italics ? { italics } : {}),
    ...(r.mark === 'del' ? { strike: true } : {}),
    ...(r.mark === 'ins' ? { underline: {} } : {}),
  });
}

/** Paragraph options of a model paragraph (the caller makes the Paragraph). */
export function paragraphOptions(p: MPara): IParagraphOptions {
  const s = ROLE_STYLES[p.role];
  return {
    alignment: s.alignment,
    spacing: s.spacing,
    ...(s.firstLine ? { indent: { firstLine: s.firstLine } } : {}),
    ...(p.keepWithNext ? { keepNext: true } : {}),
    children: p.runs.map((r) => textRun(r, s.size)),
  };
}
