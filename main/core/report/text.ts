/** Small text helpers of the documents' wording, shared by the report and the sheet models. */
import type { Run } from '../pdf/text-model';
import { nfc } from '../pdf/text-model';
import { mpara, type MPara, type Role } from './model';

/** "20.000": Vietnamese groups thousands with dots. */
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

/** Ends the text with "./." as the decree asks, whatever end punctuation the caller left. */
export function withEndMark(text: string): string {
  return `${text
    .normalize('NFC')
    .trim()
    .replace(/[.;:,]*(\.\/\.)?$/u, '')}./.`;
}

/** The lines a person typed, blank ones dropped, each trimmed (`nfc`: most text is already NFC, and `normalize` copies it). */
export function typedLines(text: string): string[] {
  return nfc(text)
    .split(/\r?\n/u)
    .map((t) => t.trim())
    .filter((t) => t.length > 0);
}

/**
 * A run of a line of `typedLines`: already NFC (a line of NFC text cut at line breaks and spaces,
 * which never compose), so not checked again as `run` would.
 */
function lineRun(text: string, style: Run['style'] = 'regular'): Run {
  return { text, style };
}

/** Text a person typed, one paragraph per line they typed; the first led by `lead`. */
export function typedParas(role: Role, lead: Run[], text: string): MPara[] {
  const lines = typedLines(text);
  if (lines.length === 0) return [mpara(role, lead)];
  return lines.map((t, i) => mpara(role, i === 0 ? [...lead, lineRun(t)] : [lineRun(t)]));
}

/**
 * A quoted wording in Vietnamese curly quotes, its line breaks kept: the opening quote on the
 * first line, the closing one on the last.
 */
export function quotedParas(role: Role, lead: Run[], text: string, style: Run['style'] = 'regular'): MPara[] {
  const lines = typedLines(text);
  if (lines.length === 0) return [mpara(role, lead)];
  return lines.map((t, i) => {
    const open = i === 0 ? '“' : '';
    const close = i === lines.length - 1 ? '”' : '';
    return mpara(role, [...(i === 0 ? lead : []), lineRun(`${open}${t}${close}`, style)]);
  });
}

/** The time and date of a deadline: "17 giờ 00 ngày 05 tháng 12 năm 2019" (the time left out at midnight). */
export function deadlineWords(iso: string, formatDate: (iso: string) => string): string {
  const date = formatDate(iso);
  const m = /T(\d{2}):(\d{2})/u.exec(iso);
  if (!m || (m[1] === '00' && m[2] === '00') || (m[1] === '23' && m[2] === '59')) return date;
  return `${Number(m[1])} giờ ${m[2]} ${date}`;
}

/** "05/12/2019". */
export function shortDate(iso: string): string {
  const [y, m, d] = iso.slice(0, 10).split('-');
  return `${d}/${m}/${y}`;
}

/** "Dự thảo Nghị quyết …" → "dự thảo Nghị quyết …" inside a sentence. */
export function lowerFirst(text: string): string {
  return text.charAt(0).toLocaleLowerCase('vi') + text.slice(1);
}
