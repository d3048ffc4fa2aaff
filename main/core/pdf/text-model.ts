/**
 * What the layout works on: paragraphs of styled runs. A run carries one of the four Tinos styles
 * and, for proposed wordings, a change mark (deleted words struck through, inserted underlined).
 */

export type FontStyle = 'regular' | 'bold' | 'italic' | 'boldItalic';
export type Mark = 'del' | 'ins';
export type Align = 'left' | 'center' | 'right' | 'justify';

export interface Run {
  text: string;
  style: FontStyle;
  mark?: Mark;
}

export interface ParaStyle {
  size: number;
  /** Line height in points. */
  lineHeight: number;
  align: Align;
  /** Indent of the first line (positive) from the paragraph's left edge. */
  indent: number;
  /** Indent of every line after the first (a hanging indent for "- " lists). */
  hanging: number;
  spaceAfter: number;
}

export interface Para {
  runs: Run[];
  style: ParaStyle;
}

/**
 * Characters NFC leaves alone whatever surrounds them (Latin, precomposed Vietnamese, punctuation;
 * no combining mark): text made only of them is returned as it is. `normalize` always copies,
 * and the report's model held every comment twice because of it.
 */
// eslint-disable-next-line no-control-regex -- every code point from U+0000 is NFC-stable
const NFC_STABLE = /^[\u0000-\u02ff\u1e00-\u1eff\u2002-\u206f]*$/u;

/** Text comes in NFC, whatever the caller typed; the PDF gives back the same NFC text. */
export function nfc(text: string): string {
  return NFC_STABLE.test(text) ? text : text.normalize('NFC');
}

export function run(text: string, style: FontStyle = 'regular', mark?: Mark): Run {
  return mark ? { text: nfc(text), style, mark } : { text: nfc(text), style };
}

export function para(runs: Run[] | string, style: ParaStyle): Para {
  return { runs: typeof runs === 'string' ? [run(runs)] : runs, style };
}

export function paraStyle(
  size: number,
  leading: number,
  partial: Partial<Omit<ParaStyle, 'size' | 'lineHeight'>> = {},
): ParaStyle {
  return { size, lineHeight: size * leading, align: 'left', indent: 0, hanging: 0, spaceAfter: 0, ...partial };
}
