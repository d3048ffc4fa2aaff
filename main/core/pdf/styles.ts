/** The paragraph styles both documents share, built from the numbers in geometry.ts. */
import { LEADING, PARAGRAPH, SIZE } from './geometry';
import { nfc, para, paraStyle, run, type Para, type ParaStyle, type Run } from './text-model';

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

export function heading(text: string): Para {
  return para([run(text, 'bold')], HEADING);
}

/** "Label: value" with the label in `labelStyle`. */
export function labelled(label: string, value: Run[], style = BODY, labelStyle: Run['style'] = 'italic'): Para {
  return para([run(`${label}: `, labelStyle), ...value], style);
}

/** Text a person typed, one paragraph per line they typed; the first paragraph led by `lead`. */
export function typed(lead: Run[], text: string, style: ParaStyle): Para[] {
  const parts = nfc(text)
    .split(/\n/u)
    .map((t) => t.trim())
    .filter((t) => t.length > 0);
  if (parts.length === 0) return [para(lead, style)];
  return parts.map((t, i) => para(i === 0 ? [...lead, run(t)] : [run(t)], style));
}

/** A quoted passage or wording, in Vietnamese curly quotes. */
export function quoted(text: string, style: Run['style'] = 'regular'): Run {
  return run(`“${text.trim()}”`, style);
}

/** Ends the text with "./." as the decree asks, whatever end punctuation the caller left. */
export function withEndMark(text: string): string {
  return `${nfc(text)
    .trim()
    .replace(/[.;:,]*(\.\/\.)?$/u, '')}./.`;
}

/** "20.000": Vietnamese groups thousands with dots (toLocaleString is slow in a hot loop). */
export function count(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/gu, '.');
}

export function roman(n: number): string {
  const digits: Array<[number, string]> = [
    [1000, 'M'],
    [900, 'CM'],
    [500, 'D'],
    [400, 'CD'],
    [100, 'C'],
    [90, 'XC'],
    [50, 'L'],
    [40, 'XL'],
    [10, 'X'],
    [9, 'IX'],
    [5, 'V'],
    [4, 'IV'],
    [1, 'I'],
  ];
  let out = '';
  for (const [value, letters] of digits) {
    while (n >= value) {
      out += letters;
      n -= value;
    }
  }
  return out;
}
