/**
 * The numbers of the page, from Nghị định 30/2020/NĐ-CP, Phụ lục I (docs/pdf-layout.md explains
 * each choice). Lengths are PDF points (1/72 inch); y grows downwards, as in pdfkit.
 */

export const MM = 72 / 25.4;

/** A4 portrait. */
export const PAGE = { width: 595.28, height: 841.89 } as const;

/** Allowed: top 20–25 mm, bottom 20–25 mm, left 30–35 mm, right 15–20 mm. */
export const MARGIN = { top: 20 * MM, bottom: 20 * MM, left: 30 * MM, right: 15 * MM } as const;

export const CONTENT = {
  left: MARGIN.left,
  right: PAGE.width - MARGIN.right,
  top: MARGIN.top,
  bottom: PAGE.height - MARGIN.bottom,
  width: PAGE.width - MARGIN.left - MARGIN.right,
} as const;

export type Orientation = 'portrait' | 'landscape';

/** A page's text area: the same margins whichever way the page is turned (docs/pdf-layout.md). */
export interface Frame {
  orientation: Orientation;
  pageWidth: number;
  pageHeight: number;
  left: number;
  right: number;
  top: number;
  bottom: number;
  width: number;
}

export function frameFor(orientation: Orientation): Frame {
  const [pageWidth, pageHeight] = orientation === 'portrait' ? [PAGE.width, PAGE.height] : [PAGE.height, PAGE.width];
  return {
    orientation,
    pageWidth,
    pageHeight,
    left: MARGIN.left,
    right: pageWidth - MARGIN.right,
    top: MARGIN.top,
    bottom: pageHeight - MARGIN.bottom,
    width: pageWidth - MARGIN.left - MARGIN.right,
  };
}

/** Font sizes in points. */
export const SIZE = {
  issuer: 13,
  number: 13,
  nationalName: 13,
  motto: 14,
  placeDate: 14,
  title: 14,
  subject: 14,
  body: 14,
  table: 12,
  recipientsLabel: 12,
  recipients: 11,
  signer: 14,
  pageNumber: 13,
} as const;

/** Line height as a multiple of the font size: Tinos' own "single" spacing is 1.15. */
export const LEADING = { single: 1.15, body: 1.2 } as const;

/** Body paragraphs: first-line indent 1.27 cm, 6 pt after each paragraph. */
export const PARAGRAPH = { indent: 12.7 * MM, spaceAfter: 6 } as const;

/** The header's two columns: the issuer on the left, the national name and motto on the right. */
export const HEADER = { leftWidth: 190 } as const;

/** Page numbers: the top of the number's line box, inside the top margin. */
export const PAGE_NUMBER_TOP = 10 * MM;

/** Table cells: padding and border width. */
export const CELL = { padX: 7, padTop: 3, padBottom: 4, border: 0.5 } as const;

/** Vertical room left for the signature (and the seal) between the capacity and the name. */
export const SIGNATURE_ROOM = 24 * MM;
