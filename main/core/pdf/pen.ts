/**
 * The only code that draws on the pdfkit document. Layout asks for the same few thousand
 * Vietnamese syllables over and over, so each word is shaped once per style (pdfkit's embedded
 * font registers its glyphs in the subset and in the ToUnicode map), and the pen writes the
 * text operators itself, a page's worth at a time: pdfkit's own `text()` reshapes and re-encodes
 * every line, which made the 20,000-comment report three times slower.
 *
 * It relies on three pdfkit internals, pinned by the extraction tests: `doc._font` after
 * `doc.font(name)`, that font's `encode(text)` (hex glyph ids and positions in 1/1000 em) and
 * `ref()`, and `doc.page.fonts` (the page's font resources).
 */
import { ContentBytes } from './content-bytes';
import type { Glyphs, Measure } from './line-break';
import type { FontStyle } from './text-model';

interface GlyphPosition {
  xAdvance: number;
  yAdvance: number;
  xOffset: number;
  yOffset: number;
  advanceWidth: number;
}

interface EmbeddedFont {
  id: string;
  encode(text: string, features?: Record<string, boolean>): [string[], GlyphPosition[]];
  ref(): unknown;
  /** The parsed font (fontkit), its subset and pdfkit's per-glyph tables: what `encode` fills in. */
  font: { glyphForCodePoint(code: number): { id: number; advanceWidth: number; codePoints: number[] } };
  subset: { includeGlyph(id: number): number };
  widths: number[];
  unicode: number[][];
  scale: number;
}

/**
 * OpenType features off: NFC Vietnamese needs none of them (Tinos has every letter precomposed),
 * Word sets body text without kerning too, and fontkit then skips reading the GSUB and GPOS
 * tables, which cost about 140 ms per document before the first word came out.
 */
const NO_FEATURES: Record<string, boolean> = Object.fromEntries(
  ['ccmp', 'locl', 'rlig', 'liga', 'clig', 'calt', 'kern', 'mark', 'mkmk', 'dlig', 'rclt', 'curs', 'dist'].map((tag) => [
    tag,
    false,
  ]),
);

/** A combining mark: it may need positioning on its base, so words holding one are shaped whole. */
const COMBINING = /\p{M}/u;

/**
 * Characters whose glyph fontkit's layout takes from the character map as it is (features off):
 * Latin letters, Vietnamese included, digits, punctuation and the spaces. Not the soft hyphen
 * (U+00AD, which the layout hides as an empty space), nor joiners, marks or other scripts.
 */
function isPlainLatin(code: number): boolean {
  return (
    (code >= 0x20 && code <= 0x7e) ||
    (code >= 0xa0 && code <= 0x24f && code !== 0xad) ||
    (code >= 0x1e00 && code <= 0x1eff) ||
    (code >= 0x2010 && code <= 0x2027)
  );
}

/**
 * A word shaped once: its width at 1 pt and its TJ operands (glyph codes as literal-string
 * bytes, and kerning adjustments between them); `ops` is null when it needs glyph offsets.
 */
interface Shaped extends Glyphs {
  ops: Array<string | number> | null;
  /** The width in 1/1000 em, the sum of the glyphs' advances. */
  units: number;
}

/**
 * A glyph's two-byte code (pdfkit gives it as four hex digits) as the two characters of a PDF
 * literal string, escaped where the syntax needs it: half the bytes of a hex string, so half
 * the content to deflate. The content goes out as latin1, one byte per character.
 */
function codeBytes(hex: string): string {
  const code = parseInt(hex, 16);
  return escapeByte(code >> 8) + escapeByte(code & 0xff);
}

function escapeByte(b: number): string {
  switch (b) {
    case 0x28:
      return '\\(';
    case 0x29:
      return '\\)';
    case 0x5c:
      return '\\\\';
    case 0x0a:
      return '\\n';
    case 0x0d:
      return '\\r';
    default:
      return String.fromCharCode(b);
  }
}

const SPACE = 0x20;
const OPEN = 0x28;
const CLOSE = 0x29;

/** PDF numbers: two decimals, never exponent notation. */
function num(n: number): string {
  const r = Math.round(n * 100) / 100;
  return r === 0 ? '0' : `${r}`;
}

/**
 * Words kept shaped per style. A 100,000-comment report has hundreds of thousands of distinct
 * words (its comment numbers); past this many the cache starts again, as a word is put together
 * again from its characters' shapes in a fraction of a microsecond, and the result is the same.
 */
const SHAPED_WORDS_KEPT = 20_000;

export class Pen {
  private readonly fonts = new Map<FontStyle, EmbeddedFont>();
  private readonly shaped: Record<FontStyle, Map<string, Shaped>> = {
    regular: new Map(),
    bold: new Map(),
    italic: new Map(),
    boldItalic: new Map(),
  };
  /** The page's text lines so far, each ending in a newline. */
  private readonly text_ = new ContentBytes();
  /** The page's rules, drawn after the text. */
  private readonly paths = new ContentBytes();
  /** The font and size set in the text block so far (null: none yet). */
  private batchFont: EmbeddedFont | null = null;
  private batchSize = 0;
  /** Where the last line of the text block started, in hundredths of a point (each line moves from there). */
  private lineX = 0;
  private lineY = 0;
  private lineWidth = -1;
  private page: unknown = null;
  private pageFonts = new Set<FontStyle>();
  /** Where the TJ operands of the line being written start, and whether a string is still open. */
  private tjStart = 0;
  private open = false;

  constructor(readonly doc: PDFKit.PDFDocument) {}

  /** The current page's height: portrait and landscape pages share one document. */
  private pageHeight(): number {
    return (this.doc.page as unknown as { height: number }).height;
  }

  private font(style: FontStyle): EmbeddedFont {
    let font = this.fonts.get(style);
    if (!font) {
      this.doc.font(style);
      font = (this.doc as unknown as { _font: EmbeddedFont })._font;
      // fontkit makes a glyph once and keeps the characters it was first made for: its Unicode
      // value in the PDF. Its layout engine makes the space first (a no-break space shares the
      // glyph); so does the pen, or every space would extract as U+00A0.
      font.font.glyphForCodePoint(0x20);
      this.fonts.set(style, font);
    }
    return font;
  }

  private shape(style: FontStyle, text: string): Shaped {
    const cache = this.shaped[style];
    let s = cache.get(text);
    if (s === undefined) {
      s = this.composed(style, text) ?? this.shapeWhole(style, text);
      if (cache.size >= SHAPED_WORDS_KEPT) cache.clear();
      cache.set(text, s);
    }
    return s;
  }

  /**
   * A word new to the cache, put together from its characters' shapes: with every OpenType
   * feature off, a word's glyphs are its characters' glyphs side by side, so this gives what
   * fontkit would, without a shaping plan per word (a report numbers its 20,000 comments, each
   * number a new word). Null where a character is not one plain glyph (a combining mark, one
   * that needs an offset or an adjustment): the word is then shaped whole.
   */
  private composed(style: FontStyle, text: string): Shaped | null {
    if (text.length < 2) return null;
    let run = '';
    let units = 0;
    for (const ch of text) {
      if (ch === text) return null; // one character outside the BMP
      const code = ch.codePointAt(0)!;
      // Combining marks (U+0300–036F and the rest of category M) may be positioned on their base.
      if (COMBINING.test(ch) || code === 0x200d || (code >= 0xfe00 && code <= 0xfe0f)) return null;
      const c = this.shape(style, ch);
      if (c.ops === null || c.ops.length !== 1 || typeof c.ops[0] !== 'string') return null;
      run += c.ops[0];
      // Summed in font units, left to right, as shapeWhole does: the same width to the last bit.
      units += c.units;
    }
    return { text, ops: [run], width: units / 1000, units, solo: null };
  }

  /**
   * One character, straight from the font's character map: with every feature off this is the
   * glyph fontkit's layout gives (pinned by a test over every character of Vietnamese text), and
   * it spares starting fontkit's layout engine, a good part of a short document's time. It fills
   * in what pdfkit's `encode` does: the glyph in the subset, its width and its Unicode value.
   */
  private shapeChar(style: FontStyle, text: string): Shaped {
    const font = this.font(style);
    const glyph = font.font.glyphForCodePoint(text.charCodeAt(0));
    const gid = font.subset.includeGlyph(glyph.id);
    const units = glyph.advanceWidth * font.scale;
    font.widths[gid] ??= units;
    font.unicode[gid] ??= glyph.codePoints;
    return { text, ops: [codeBytes(gid.toString(16))], width: units / 1000, units, solo: null };
  }

  private shapeWhole(style: FontStyle, text: string): Shaped {
    if (text.length === 1 && isPlainLatin(text.charCodeAt(0))) return this.shapeChar(style, text);
    const [hex, positions] = this.font(style).encode(text, NO_FEATURES);
    const ops: Array<string | number> = [];
    let run = '';
    let width = 0;
    let simple = true;
    positions.forEach((p, i) => {
      if (p.xOffset || p.yOffset) simple = false;
      run += codeBytes(hex[i]);
      width += p.xAdvance;
      const kern = p.xAdvance - p.advanceWidth;
      if (kern !== 0) {
        ops.push(run, -kern);
        run = '';
      }
    });
    if (run) ops.push(run);
    return { text, ops: simple ? ops : null, width: width / 1000, units: width, solo: null };
  }

  readonly measure: Measure = (style, text) => this.shape(style, text);

  /** Makes the font a resource of the current page (pdfkit does this in its own `text()`). */
  private usePageFont(style: FontStyle): EmbeddedFont {
    const font = this.font(style);
    if (this.page !== this.doc.page) {
      this.page = this.doc.page;
      this.pageFonts = new Set();
    }
    if (!this.pageFonts.has(style)) {
      const fonts = (this.doc.page as unknown as { fonts: Record<string, unknown> }).fonts;
      fonts[font.id] ??= font.ref();
      this.pageFonts.add(style);
    }
    return font;
  }

  /**
   * Words on one line: their shaped pieces in order, null between two words, where a real space
   * glyph goes (every extractor sees the space); a justified line widens each space by
   * `wordSpacing`.
   */
  words(
    style: FontStyle,
    size: number,
    glyphs: ReadonlyArray<Glyphs | null>,
    x: number,
    baseline: number,
    wordSpacing = 0,
    spaceAfter = false,
  ): void {
    const space = this.shape(style, ' ').ops;
    const widen = wordSpacing === 0 ? 0 : (-wordSpacing * 1000) / size;
    // The same adjustment after every space of the line: written out once.
    const widenText = widen === 0 ? '' : num(widen);
    const font = this.usePageFont(style);
    const out = this.text_;
    const lineStart = out.length;
    if (font !== this.batchFont || size !== this.batchSize) {
      out.text(`/${font.id} `);
      out.hundredths(Math.round(size * 100));
      out.text(' Tf\n');
    }
    // Each line moves from where the last one started (Td), by the difference of the two rounded
    // positions: the same places as absolute ones (Tm), in fewer bytes to write and deflate.
    const hx = Math.round(x * 100);
    const hy = Math.round((this.pageHeight() - baseline) * 100);
    out.hundredths(hx - this.lineX);
    out.byte(SPACE);
    out.hundredths(hy - this.lineY);
    out.text(' Td [');
    this.tjStart = out.length;
    this.open = false;
    for (let i = 0; i < glyphs.length; i++) {
      const g = glyphs[i];
      const ops = g === null ? space : (g as Shaped).ops;
      if (ops === null) {
        out.truncate(lineStart);
        return this.fallback(style, size, glyphs, x, baseline, wordSpacing);
      }
      this.put(ops);
      if (g === null && widen !== 0) this.adjustBy(widenText);
    }
    if (spaceAfter && space !== null) this.put(space);
    if (this.open) out.byte(CLOSE);
    out.text('] TJ\n');
    this.batchFont = font;
    this.batchSize = size;
    this.lineX = hx;
    this.lineY = hy;
  }

  /** Appends TJ operands, merging consecutive glyph runs into one string. */
  private put(ops: ReadonlyArray<string | number>): void {
    const out = this.text_;
    for (let i = 0; i < ops.length; i++) {
      const op = ops[i];
      if (typeof op === 'number') this.adjust(op);
      else {
        if (!this.open) {
          if (out.length > this.tjStart) out.byte(SPACE);
          out.byte(OPEN);
          this.open = true;
        }
        out.text(op);
      }
    }
  }

  private adjust(n: number): void {
    this.adjustBy(num(n));
  }

  private adjustBy(text: string): void {
    const out = this.text_;
    if (this.open) out.byte(CLOSE);
    out.byte(SPACE);
    out.text(text);
    this.open = false;
  }

  /** Text that needs glyph offsets (marks not precomposed): pdfkit places it. */
  private fallback(
    style: FontStyle,
    size: number,
    glyphs: ReadonlyArray<Glyphs | null>,
    x: number,
    baseline: number,
    wordSpacing: number,
  ): void {
    const text = glyphs.map((g) => (g === null ? ' ' : g.text)).join('');
    this.flush();
    this.doc.font(style).fontSize(size);
    this.doc.text(text, x, baseline, { lineBreak: false, baseline: 'alphabetic', wordSpacing });
  }

  /** A straight rule. */
  rule(x1: number, y1: number, x2: number, y2: number, width: number): void {
    const out = this.paths;
    if (width !== this.lineWidth) {
      out.hundredths(Math.round(width * 100));
      out.text(' w\n');
      this.lineWidth = width;
    }
    out.hundredths(Math.round(x1 * 100));
    out.byte(SPACE);
    out.hundredths(Math.round(y1 * 100));
    out.text(' m ');
    out.hundredths(Math.round(x2 * 100));
    out.byte(SPACE);
    out.hundredths(Math.round(y2 * 100));
    out.text(' l S\n');
  }

  /** Writes what is batched into the current page; called before a page ends and at the end. */
  flush(): void {
    if (this.text_.length > 0)
      this.doc.addContent(this.text_.take(`q 1 0 0 -1 0 ${num(this.pageHeight())} cm BT\n`, 'ET Q\n', this.paths));
    else if (this.paths.length > 0) this.doc.addContent(this.paths.take('', ''));
    this.batchFont = null;
    this.batchSize = 0;
    this.lineX = 0;
    this.lineY = 0;
    this.lineWidth = -1;
  }
}
