/** The paragraph styles both documents share, built from the numbers in geometry.ts. */
import { LEADING, PARAGRAPH, SIZE } from './geometry';
import type { MPara, Role } from '../report/model';
import { paraStyle, type Para, type ParaStyle } from './text-model';

/** Body text: justified, first-line indent, 6 pt after. */
export const BODY = paraStyle(SIZE.body, LEADING.body, {
  align: 'justify',
  indent: PARAGRAPH.indent,
  spaceAfter: PARAGRAPH.spaceAfter,
});

/** A section heading ("I. TỔNG HỢP CHUNG"): body size, bold, indented like the body. */
export const HEADING = paraStyle(SIZE.body, LEADING.body, {
  align: 'justify',
  indent: PARAGRAPH.indent,
  spaceAfter: PARAGRAPH.spaceAfter,
});

/** Table text. */
export const CELL_TEXT = paraStyle(SIZE.table, LEADING.single, { align: 'justify', spaceAfter: 3 });
export const CELL_LEFT = paraStyle(SIZE.table, LEADING.single, { align: 'left', spaceAfter: 2 });
export const CELL_CENTRE = paraStyle(SIZE.table, LEADING.single, { align: 'center', spaceAfter: 2 });

const CENTRE_BOLD = paraStyle(SIZE.title, LEADING.single, { align: 'center', spaceAfter: 2 });
const CENTRE_ITALIC = paraStyle(SIZE.body, LEADING.single, { align: 'center', spaceAfter: 6 });

/** The PDF's paragraph style of each role of the document model. */
export const ROLE_STYLES: Readonly<Record<Role, ParaStyle>> = {
  body: BODY,
  heading: HEADING,
  centreBold: CENTRE_BOLD,
  centreItalic: CENTRE_ITALIC,
  cell: CELL_TEXT,
  cellLeft: CELL_LEFT,
  cellCentre: CELL_CENTRE,
};

export function paraFor(p: MPara): Para {
  return { runs: p.runs, style: ROLE_STYLES[p.role] };
}
