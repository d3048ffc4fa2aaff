/**
 * The lines a Vietnamese administrative document's header block is made of (Nghị định
 * 30/2020/NĐ-CP, Phụ lục I): the national name and motto, "Số: 30/2020/NĐ-CP", "Hà Nội, ngày 05
 * tháng 3 năm 2020", "V/v …" for letters, a "DỰ THẢO" mark, and the short rules under names.
 */

export type HeaderLine =
  | { type: 'motto' }
  | { type: 'motto2' }
  | { type: 'number'; value: string }
  | { type: 'placeDate'; place: string | null; date: string | null }
  | { type: 'subject'; value: string }
  | { type: 'draft' }
  | { type: 'rule' }
  | { type: 'text'; text: string };

const MOTTO = /C[ỘO]NG\s+H(?:ÒA|OÀ|OA)\s+X[ÃA]\s+H[ỘO]I\s+CH[ỦU]\s+NGH[ĨI]A\s+VI[ỆE]T\s+NAM/iu;
const MOTTO2 = /Độc\s+lập\s*[-–—]\s*Tự\s+do\s*[-–—]\s*Hạnh\s+phúc/iu;
/** "Số: 30/2020/NĐ-CP"; a stray space before a dash or slash stays inside it ("Số: 112 -11/PT-NC"). */
const NUMBER = /^Số\s*:\s*(\S*(?:\s*[-/–]\s*\S+|\s+[-/–](?=\s|$))*)\s*(.*)$/u;
/** "<place>, ngày 05 tháng 3 năm 2020", "<place>, ngày     tháng    năm 2020" (a draft), "<place>, ngày 05/3/2020". */
const PLACE_DATE =
  /([\p{L}][\p{L} .'-]{0,60}?)\s*,\s*ngày\s*(?:([\d.…_]*)\s*tháng\s*([\d.…_]*)\s*năm\s*(\d{4})|(\d{1,2})\s*\/\s*(\d{1,2})\s*\/\s*(\d{4}))/iu;
const SUBJECT = /^(?:V\/v|V\/V|Về việc)\s*:?\s*(.+)$/u;
/** "DỰ THẢO", "(Dự thảo lần 2)", "Dự thảo 3", "DỰ THẢO NGÀY 12/5/2024", "Bản dự thảo" — the draft box. */
const DRAFT =
  /^[([]?\s*(?:BẢN\s+|Bản\s+)?(?:DỰ\s+THẢO|Dự\s+thảo|dự\s+thảo)(?:\s*(?:lần|LẦN|số|SỐ)?\s*\d+|\s+(?:ngày|NGÀY)\s*[\d/.\-\s]{1,12}|\s*[:\-–]\s*\d+)?\s*[)\]]?$/u;
const RULE = /^[\s_\-–—=.*~·•─━]{3,}$/u;

/** A line of only rule characters: the short line under a name, drawn with underscores or dashes. */
export function isRule(text: string): boolean {
  return RULE.test(text);
}

export function isDraftMark(text: string): boolean {
  return DRAFT.test(text.trim());
}

/** True when the line's letters are all capitals (and there are a few). */
export function isUpperCaseLine(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '');
  return letters.length > 1 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}

function isoDate(day: string, month: string, year: string): string | null {
  const d = Number(day);
  const m = Number(month);
  const y = Number(year);
  if (!Number.isInteger(d) || !Number.isInteger(m) || !Number.isInteger(y) || !day || !month) return null;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return `${year.padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** Leading all-capital words belong to another column ("UBND TỈNH … Quảng Ninh, ngày …"). */
function trimPlace(place: string): string {
  const words = place.trim().split(' ');
  while (words.length > 1 && isUpperCaseLine(words[0]) && words[0].length > 1) words.shift();
  return words.slice(-6).join(' ');
}

/** "Hà Nội, ngày 05 tháng 3 năm 2020" → place "Hà Nội", date "2020-03-05"; a draft's blank day keeps the place. */
export function parsePlaceDate(text: string): { place: string; date: string | null; index: number } | null {
  const m = text.match(PLACE_DATE);
  if (!m || m.index === undefined) return null;
  const place = trimPlace(m[1]);
  const date = m[4] ? isoDate(m[2], m[3], m[4]) : isoDate(m[5], m[6], m[7]);
  return { place, date, index: m.index + m[0].indexOf(place) };
}

/**
 * Classifies one header line. A line that holds two columns flattened together (as plain text or
 * tab-separated Word lines do: "UBND TỈNH QUẢNG NINH   CỘNG HÒA XÃ HỘI …", "Số: 12/TTr-UBND   Quảng
 * Ninh, ngày …") gives one entry per part.
 */
export function classifyHeaderLine(raw: string): HeaderLine[] {
  const text = raw.replace(/\s+/gu, ' ').trim();
  if (!text) return [];
  if (isRule(text)) return [{ type: 'rule' }];
  if (isDraftMark(text)) return [{ type: 'draft' }];

  for (const [pattern, type] of [
    [MOTTO, 'motto'],
    [MOTTO2, 'motto2'],
  ] as const) {
    const m = text.match(pattern);
    if (m && m.index !== undefined) {
      const before = text.slice(0, m.index);
      const after = text.slice(m.index + m[0].length);
      return [...classifyHeaderLine(before), { type }, ...classifyHeaderLine(after)];
    }
  }

  const number = text.match(NUMBER);
  if (number) {
    const rest = number[2];
    const value = number[1].replace(/\s*([-/–])\s*/gu, '$1');
    return [{ type: 'number', value }, ...classifyHeaderLine(rest)];
  }

  const placeDate = parsePlaceDate(text);
  if (placeDate) {
    const before = text.slice(0, placeDate.index);
    return [...classifyHeaderLine(before), { type: 'placeDate', place: placeDate.place, date: placeDate.date }];
  }

  const subject = text.match(SUBJECT);
  if (subject) return [{ type: 'subject', value: subject[1].trim() }];
  return [{ type: 'text', text }];
}
