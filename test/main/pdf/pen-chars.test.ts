/**
 * The pen takes a single character's glyph straight from the font's character map, without
 * fontkit's layout engine. With every OpenType feature off this must be exactly what the layout
 * gives: the same glyph, the same width, the same Unicode value in the subset, for every
 * character Vietnamese text and the documents use, in all four styles.
 */
import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import { registerFonts } from '../../../main/core/pdf/fonts';
import { Pen } from '../../../main/core/pdf/pen';
import type { FontStyle } from '../../../main/core/pdf/text-model';
import { FONTS_DIR } from './fixtures';

const VIETNAMESE = 'aàáảãạăằắẳẵặâầấẩẫậbcdđeèéẻẽẹêềếểễệghiìíỉĩịklmnoòóỏõọôồốổỗộơờớởỡợpqrstuùúủũụưừứửữựvxyỳýỷỹỵ';
const ASCII = Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i)).join('');
const PUNCTUATION = '“”‘’–—…•·§°±×÷€ ­';
// The no-break space comes before the space: the pen must still give its glyph the space's value.
// (A soft hyphen before any hyphen would make fontkit's layout hide every hyphen after it, as the
// glyph keeps the character it was first made for: not a case the documents meet.)
const CHARS = [...new Set(['\u00a0', ...ASCII, ...VIETNAMESE, ...VIETNAMESE.toUpperCase(), ...PUNCTUATION])];

const NO_FEATURES = Object.fromEntries(
  ['ccmp', 'locl', 'rlig', 'liga', 'clig', 'calt', 'kern', 'mark', 'mkmk', 'dlig', 'rclt', 'curs', 'dist'].map((t) => [t, false]),
);

interface Font {
  encode(text: string, features: Record<string, boolean>): [string[], Array<{ xAdvance: number }>];
  unicode: number[][];
}

/** A shaped word's glyph codes back as four hex digits each (the pen writes them as string bytes). */
function hexOf(ops: Array<string | number> | null): string[] {
  const bytes = (ops ?? [])
    .filter((op) => typeof op === 'string')
    .join('')
    .replace(/\\(.)/gu, (_, c: string) => ({ n: '\n', r: '\r' })[c] ?? c);
  const out: string[] = [];
  for (let i = 0; i < bytes.length; i += 2)
    out.push(((bytes.charCodeAt(i) << 8) | bytes.charCodeAt(i + 1)).toString(16).padStart(4, '0'));
  return out;
}

describe('the pen’s single characters', () => {
  it('are the glyphs, widths and Unicode values fontkit’s layout gives', () => {
    for (const style of ['regular', 'bold', 'italic', 'boldItalic'] as FontStyle[]) {
      const doc = new PDFDocument({ autoFirstPage: false, font: '', fontLayoutCache: false });
      registerFonts(doc, FONTS_DIR);
      const pen = new Pen(doc);
      const shaped = CHARS.map((ch) => pen.measure(style, ch) as unknown as { ops: Array<string | number>; width: number });
      doc.font(style);
      const font = (doc as unknown as { _font: Font })._font;
      CHARS.forEach((ch, i) => {
        const [hex, positions] = font.encode(ch, NO_FEATURES);
        expect({ ch, hex: hexOf(shaped[i].ops), width: shaped[i].width }).toEqual({
          ch,
          hex,
          width: positions[0].xAdvance / 1000,
        });
        // The Unicode value kept for the glyph: the first character that used it (a soft hyphen
        // shares the hyphen's), but a plain space for the space glyph (a no-break space shares it).
        const gid = parseInt(hex[0], 16);
        const first = CHARS.find((c, j) => hexOf(shaped[j].ops)[0] === hex[0])!;
        expect(String.fromCodePoint(...font.unicode[gid])).toBe(first === '\u00a0' ? ' ' : first);
      });
    }
  });
});
