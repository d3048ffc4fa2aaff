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
    parsed.set(path, (doc as unknown as { _font: { font: unknown } })._font.font);
  }
}
