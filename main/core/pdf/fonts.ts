/**
 * The one typeface of every PDF: Tinos (Times New Roman metrics, full Vietnamese), four styles,
 * loaded from a folder the caller names (resources/fonts/tinos in the app). pdfkit embeds only
 * the glyphs a document uses.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { FontStyle } from './text-model';

export const FONT_FILES: Readonly<Record<FontStyle, string>> = {
  regular: 'Tinos-Regular.ttf',
  bold: 'Tinos-Bold.ttf',
  italic: 'Tinos-Italic.ttf',
  boldItalic: 'Tinos-BoldItalic.ttf',
};

/** Tinos' vertical metrics as fractions of the font size (hhea ascent and descent). */
export const FONT_METRICS = { ascent: 0.891, descent: 0.216 } as const;

/** The fonts folder inside the app's resources/ folder. */
export function fontsDirIn(resourcesDir: string): string {
  return join(resourcesDir, 'fonts', 'tinos');
}

/**
 * Parsed fonts by file, kept for the life of the process (or worker): parsing the four TTFs is a
 * good part of a short document's time, and a parsed font can serve any number of documents, each
 * with its own subset. pdfkit accepts a parsed (fontkit) font wherever it takes a file.
 */
const parsed = new Map<string, unknown>();

interface ParsedFont {
  _tables: Record<string, unknown>;
  directory: { tables: Record<string, { offset: number; length: number } | undefined> };
  stream: { view: DataView };
  post: Record<string, unknown>;
}

/** The fields of the 'post' table that come before its glyph names. */
const POST_HEADER = 32;

/**
 * pdfkit reads two numbers of the 'post' table when it embeds a font (isFixedPitch, and the italic
 * angle through fontkit), and fontkit then decodes the whole table, the name of every glyph
 * included: about a fifth of a 200-comment sheet's time for four styles. The font gets the
 * table's header alone; the glyph names are decoded only if something asks for them. Relies on
 * fontkit's table cache (`_tables`, `directory`, `stream`), pinned by the extraction tests.
 */
function lightPost(font: ParsedFont): void {
  const entry = font.directory.tables.post;
  if (!entry || entry.length < POST_HEADER || 'post' in font._tables) return;
  const v = font.stream.view;
  const at = entry.offset;
  const header: Record<string, unknown> = {
    version: v.getInt32(at) / 65536,
    italicAngle: v.getInt32(at + 4) / 65536,
    underlinePosition: v.getInt16(at + 8),
    underlineThickness: v.getInt16(at + 10),
    isFixedPitch: v.getUint32(at + 12),
    minMemType42: v.getUint32(at + 16),
    maxMemType42: v.getUint32(at + 20),
    minMemType1: v.getUint32(at + 24),
    maxMemType1: v.getUint32(at + 28),
  };
  const full = (): Record<string, unknown> => {
    if (font._tables.post === header) delete font._tables.post;
    return font.post;
  };
  for (const key of ['numberOfGlyphs', 'glyphNameIndex', 'names', 'offsets'])
    Object.defineProperty(header, key, { get: () => full()[key] });
  font._tables.post = header;
}

/** Registers the four styles under their style names; a missing file is a clear error, not a fallback font. */
export function registerFonts(doc: PDFKit.PDFDocument, fontsDir: string): void {
  for (const [style, file] of Object.entries(FONT_FILES)) {
    const path = join(fontsDir, file);
    const font = parsed.get(path);
    if (font) {
      doc.registerFont(style, font as PDFKit.Mixins.PDFFontSource);
      continue;
    }
    if (!existsSync(path)) throw new Error(`Không tìm thấy phông chữ ${file} trong ${fontsDir}.`);
    doc.registerFont(style, path);
    doc.font(style);
    const parsedFont = (doc as unknown as { _font: { font: ParsedFont } })._font.font;
    lightPost(parsedFont);
    parsed.set(path, parsedFont);
  }
}
