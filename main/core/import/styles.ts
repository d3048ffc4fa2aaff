/**
 * Word styles, as far as the import needs them: whether text is bold, italic, in capitals or
 * hidden (from document defaults, the paragraph style, the character style and the run, each
 * inheriting through basedOn), whether a paragraph style is a heading, and the list numbering a
 * paragraph style carries.
 */
import { attr, children, isW, onOff, wChild, type XmlNode } from './xml';

export interface RunFormat {
  bold: boolean;
  italic: boolean;
  caps: boolean;
  hidden: boolean;
}

type PartialFormat = { [K in keyof RunFormat]?: boolean };

export interface NumberingRef {
  numId: string;
  ilvl?: string;
}

interface StyleDef {
  id: string;
  name: string;
  basedOn: string | null;
  run: PartialFormat;
  numbering: NumberingRef | null;
  outlineLevel: number | null;
}

/** Reads the run properties the import cares about; properties absent stay undefined. */
export function readRunFormat(rPr: XmlNode | null): PartialFormat {
  if (!rPr) return {};
  return {
    bold: onOff(wChild(rPr, 'b')),
    italic: onOff(wChild(rPr, 'i')),
    caps: onOff(wChild(rPr, 'caps')),
    hidden: onOff(wChild(rPr, 'vanish')),
  };
}

/** The numbering reference of a paragraph's or style's pPr (w:numPr), if any. */
export function readNumberingRef(pPr: XmlNode | null): NumberingRef | null {
  const numPr = wChild(pPr, 'numPr');
  if (!numPr) return null;
  const numId = attr(wChild(numPr, 'numId'), 'val');
  if (numId === undefined) return null;
  return { numId, ilvl: attr(wChild(numPr, 'ilvl'), 'val') };
}

export function readOutlineLevel(pPr: XmlNode | null): number | null {
  const value = attr(wChild(pPr, 'outlineLvl'), 'val');
  const n = value === undefined ? NaN : Number(value);
  return Number.isInteger(n) && n >= 0 && n < 9 ? n : null;
}

function overlay(base: PartialFormat, top: PartialFormat): PartialFormat {
  const out = { ...base };
  for (const key of Object.keys(top) as Array<keyof RunFormat>) if (top[key] !== undefined) out[key] = top[key];
  return out;
}

const HEADING_NAME = /^(heading [1-9]|title)$/iu;

export class StyleSheet {
  private readonly paragraph = new Map<string, StyleDef>();
  private readonly character = new Map<string, StyleDef>();
  private readonly numberingStyles = new Map<string, StyleDef>();
  private defaultRun: PartialFormat = {};
  private defaultParagraphId: string | null = null;
  private readonly cache = new Map<string, RunFormat>();

  static read(root: XmlNode | null): StyleSheet {
    const sheet = new StyleSheet();
    if (!root) return sheet;
    const rPrDefault = wChild(wChild(root, 'docDefaults'), 'rPrDefault');
    sheet.defaultRun = readRunFormat(wChild(rPrDefault, 'rPr'));
    for (const style of children(root)) {
      if (!isW(style, 'style')) continue;
      const id = attr(style, 'styleId');
      if (!id) continue;
      const pPr = wChild(style, 'pPr');
      const def: StyleDef = {
        id,
        name: attr(wChild(style, 'name'), 'val') ?? id,
        basedOn: attr(wChild(style, 'basedOn'), 'val') ?? null,
        run: readRunFormat(wChild(style, 'rPr')),
        numbering: readNumberingRef(pPr),
        outlineLevel: readOutlineLevel(pPr),
      };
      const type = attr(style, 'type') ?? 'paragraph';
      if (type === 'paragraph') {
        sheet.paragraph.set(id, def);
        const isDefault = ['1', 'true', 'on'].includes(attr(style, 'default') ?? '');
        if (isDefault && sheet.defaultParagraphId === null) sheet.defaultParagraphId = id;
      } else if (type === 'character') sheet.character.set(id, def);
      else if (type === 'numbering') sheet.numberingStyles.set(id, def);
    }
    return sheet;
  }

  /** The style chain from the root ancestor down to `id` (cycles cut). */
  private chain(styles: Map<string, StyleDef>, id: string | null): StyleDef[] {
    const out: StyleDef[] = [];
    const seen = new Set<string>();
    for (let s = id ? styles.get(id) : undefined; s && !seen.has(s.id); s = s.basedOn ? styles.get(s.basedOn) : undefined) {
      seen.add(s.id);
      out.unshift(s);
    }
    return out;
  }

  paragraphStyleId(pStyle: string | undefined): string | null {
    return pStyle && this.paragraph.has(pStyle) ? pStyle : this.defaultParagraphId;
  }

  styleName(paragraphStyleId: string | null): string | null {
    return paragraphStyleId ? (this.paragraph.get(paragraphStyleId)?.name ?? null) : null;
  }

  /** A heading by its style: "heading 1"…"heading 9", "Title", or a style with an outline level. */
  isHeadingStyle(paragraphStyleId: string | null): boolean {
    return this.chain(this.paragraph, paragraphStyleId).some((s) => HEADING_NAME.test(s.name) || s.outlineLevel !== null);
  }

  /** The list numbering a paragraph style (or one it is based on) carries. */
  styleNumbering(paragraphStyleId: string | null): NumberingRef | null {
    const chain = this.chain(this.paragraph, paragraphStyleId);
    for (let i = chain.length - 1; i >= 0; i--) if (chain[i].numbering) return chain[i].numbering;
    return null;
  }

  /** The numId a numbering style points at (for abstract numberings linked through w:numStyleLink). */
  numberingStyleNumId(styleId: string): string | null {
    return this.numberingStyles.get(styleId)?.numbering?.numId ?? null;
  }

  /** Effective run format: defaults, then paragraph style, then character style, then direct formatting. */
  runFormat(paragraphStyleId: string | null, runStyleId: string | undefined, direct: PartialFormat): RunFormat {
    const key = `${paragraphStyleId ?? ''}\u0000${runStyleId ?? ''}`;
    let base = this.cache.get(key);
    if (!base) {
      let f = this.defaultRun;
      for (const s of this.chain(this.paragraph, paragraphStyleId)) f = overlay(f, s.run);
      for (const s of this.chain(this.character, runStyleId ?? null)) f = overlay(f, s.run);
      base = { bold: !!f.bold, italic: !!f.italic, caps: !!f.caps, hidden: !!f.hidden };
      this.cache.set(key, base);
    }
    const f = overlay(base, direct);
    return { bold: !!f.bold, italic: !!f.italic, caps: !!f.caps, hidden: !!f.hidden };
  }
}
