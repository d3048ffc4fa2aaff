/**
 * Word's automatic list numbering, turned back into the literal text a reader sees ("Điều 3.",
 * "1.", "a)", "-"), so that structure recognition works the same whether the drafter typed "1." or
 * let Word number the paragraph. Counters follow Word: lists that share an abstract numbering
 * continue each other unless a w:num restarts with a start override; a level restarts when a
 * shallower level advances.
 */
import type { StyleSheet, NumberingRef } from './styles';
import { attr, children, isW, wChild, type XmlNode } from './xml';

interface LevelDef {
  start: number;
  format: string;
  text: string;
  styleId: string | null;
  legal: boolean;
}

interface NumDef {
  abstractId: string;
  starts: Map<number, number>;
  levels: Map<number, LevelDef>;
}

function readLevel(lvl: XmlNode): LevelDef {
  const start = Number(attr(wChild(lvl, 'start'), 'val') ?? '1');
  return {
    start: Number.isFinite(start) ? start : 1,
    format: attr(wChild(lvl, 'numFmt'), 'val') ?? 'decimal',
    text: attr(wChild(lvl, 'lvlText'), 'val') ?? '',
    styleId: attr(wChild(lvl, 'pStyle'), 'val') ?? null,
    legal: wChild(lvl, 'isLgl') !== null,
  };
}

function readLevels(parent: XmlNode): Map<number, LevelDef> {
  const levels = new Map<number, LevelDef>();
  for (const lvl of children(parent)) {
    if (!isW(lvl, 'lvl')) continue;
    const ilvl = Number(attr(lvl, 'ilvl') ?? '0');
    if (Number.isInteger(ilvl) && ilvl >= 0 && ilvl < 9) levels.set(ilvl, readLevel(lvl));
  }
  return levels;
}

const ROMAN: Array<[number, string]> = [
  [1000, 'm'],
  [900, 'cm'],
  [500, 'd'],
  [400, 'cd'],
  [100, 'c'],
  [90, 'xc'],
  [50, 'l'],
  [40, 'xl'],
  [10, 'x'],
  [9, 'ix'],
  [5, 'v'],
  [4, 'iv'],
  [1, 'i'],
];

export function toRoman(n: number): string {
  let out = '';
  let rest = n;
  for (const [value, digits] of ROMAN) {
    while (rest >= value) {
      out += digits;
      rest -= value;
    }
  }
  return out || String(n);
}

/** Word's letter numbering: a…z, then aa…zz, and so on. */
function toLetter(n: number): string {
  if (n < 1) return String(n);
  const letter = String.fromCharCode(97 + ((n - 1) % 26));
  return letter.repeat(Math.floor((n - 1) / 26) + 1);
}

export function formatNumber(n: number, format: string): string {
  switch (format) {
    case 'lowerLetter':
      return toLetter(n);
    case 'upperLetter':
      return toLetter(n).toUpperCase();
    case 'lowerRoman':
      return toRoman(n);
    case 'upperRoman':
      return toRoman(n).toUpperCase();
    case 'decimalZero':
      return n < 10 ? `0${n}` : String(n);
    case 'none':
      return '';
    default:
      return String(n); // decimal, and the rarer formats (ordinal, cardinalText, …) read as numbers
  }
}

export class ListNumbering {
  private readonly nums = new Map<string, NumDef>();
  private readonly counters = new Map<string, Array<number | undefined>>();
  /** Lists with a start override restart the first time they are used. */
  private readonly started = new Set<string>();

  private constructor(private readonly styles: StyleSheet) {}

  static read(root: XmlNode | null, styles: StyleSheet): ListNumbering {
    const numbering = new ListNumbering(styles);
    if (!root) return numbering;
    const abstracts = new Map<string, { levels: Map<number, LevelDef>; styleLink: string | null }>();
    for (const el of children(root)) {
      if (isW(el, 'abstractNum')) {
        const id = attr(el, 'abstractNumId');
        if (id !== undefined)
          abstracts.set(id, { levels: readLevels(el), styleLink: attr(wChild(el, 'numStyleLink'), 'val') ?? null });
      }
    }
    const nums = new Map<string, { abstractId: string; overrides: XmlNode[] }>();
    for (const el of children(root)) {
      if (!isW(el, 'num')) continue;
      const id = attr(el, 'numId');
      const abstractId = attr(wChild(el, 'abstractNumId'), 'val');
      if (id === undefined || abstractId === undefined) continue;
      nums.set(id, { abstractId, overrides: [...children(el)].filter((c) => isW(c, 'lvlOverride')) });
    }
    const resolveAbstract = (abstractId: string, depth = 0): { id: string; levels: Map<number, LevelDef> } | null => {
      const a = abstracts.get(abstractId);
      if (!a) return null;
      if (a.styleLink && depth < 4) {
        const linkedNum = styles.numberingStyleNumId(a.styleLink);
        const linked = linkedNum ? nums.get(linkedNum) : undefined;
        if (linked && linked.abstractId !== abstractId)
          return resolveAbstract(linked.abstractId, depth + 1) ?? { id: abstractId, levels: a.levels };
      }
      return { id: abstractId, levels: a.levels };
    };
    for (const [id, num] of nums) {
      const abstract = resolveAbstract(num.abstractId);
      if (!abstract) continue;
      const levels = new Map(abstract.levels);
      const starts = new Map<number, number>();
      for (const o of num.overrides) {
        const ilvl = Number(attr(o, 'ilvl') ?? '0');
        const start = attr(wChild(o, 'startOverride'), 'val');
        if (start !== undefined && Number.isFinite(Number(start))) starts.set(ilvl, Number(start));
        const lvl = wChild(o, 'lvl');
        if (lvl) levels.set(ilvl, readLevel(lvl));
      }
      numbering.nums.set(id, { abstractId: abstract.id, starts, levels });
    }
    return numbering;
  }

  /**
   * The number text of the next paragraph in this list ("1.", "Điều 4.", "a)", "-"), advancing
   * its counters, or null when the paragraph is not numbered. `direct` is the paragraph's own
   * w:numPr; otherwise its style's numbering applies.
   */
  next(direct: NumberingRef | null, paragraphStyleId: string | null): string | null {
    const fromStyle = this.styles.styleNumbering(paragraphStyleId);
    const ref = direct ?? fromStyle;
    if (!ref || ref.numId === '0') return null;
    const num = this.nums.get(ref.numId);
    if (!num) return null;
    let ilvl = Number(ref.ilvl ?? fromStyle?.ilvl ?? NaN);
    if (!Number.isInteger(ilvl)) {
      const byStyle = [...num.levels].find(([, l]) => l.styleId !== null && l.styleId === paragraphStyleId);
      ilvl = byStyle ? byStyle[0] : 0;
    }
    const level = num.levels.get(ilvl);
    if (!level) return null;

    const key = num.starts.size > 0 ? `num:${ref.numId}` : `abstract:${num.abstractId}`;
    let counters = this.counters.get(key);
    if (!counters || (num.starts.size > 0 && !this.started.has(key))) {
      counters = [];
      this.counters.set(key, counters);
      this.started.add(key);
    }
    const startOf = (i: number) => num.starts.get(i) ?? num.levels.get(i)?.start ?? 1;
    counters[ilvl] = counters[ilvl] === undefined ? startOf(ilvl) : (counters[ilvl] as number) + 1;
    for (let deeper = ilvl + 1; deeper < 9; deeper++) counters[deeper] = undefined;

    if (level.format === 'bullet') return '-';
    return level.text.replace(/%([1-9])/gu, (_, d: string) => {
      const i = Number(d) - 1;
      const value = counters[i] ?? startOf(i);
      const format = level.legal ? 'decimal' : (num.levels.get(i)?.format ?? 'decimal');
      return formatNumber(value, format);
    });
  }
}
