/**
 * What the compiled report needs that the comments do not say: its number and date, who signs it
 * and in what capacity, where it goes (Nơi nhận) and the unit after "Lưu: VT,". Set once per
 * session by the secretariat; every field left empty takes a default from the session.
 */
import { LEVEL_WORDS, type CouncilLevel } from './council';

/** Stored values: null means "use the default". */
export interface ReportSettingsValues {
  /** The number before "/BC-HĐND", e.g. "125"; null leaves it blank to be filled by hand. */
  number: string | null;
  /** ISO date (YYYY-MM-DD) of the place-and-date line; null is the day of the export. */
  date: string | null;
  /** "TM. THƯỜNG TRỰC HĐND", "KT. CHỦ TỊCH", or typed. */
  signerCapacity: string | null;
  /** "CHỦ TỊCH", "PHÓ CHỦ TỊCH", or typed. */
  signerTitle: string | null;
  signerName: string | null;
  /** Nơi nhận, one item per entry, without the leading "- " and the closing ";". */
  recipients: string[] | null;
  /** The unit after "Lưu: VT,", e.g. "VP"; null gives "Lưu: VT." alone. */
  archive: string | null;
}

/** The values as the report will use them, defaults filled in. */
export interface ReportSettings {
  number: string;
  date: string | null;
  signerCapacity: string;
  signerTitle: string;
  signerName: string;
  recipients: string[];
  archive: string;
}

export interface ReportSettingsView {
  /** What the secretariat saved (null: not set). */
  saved: ReportSettingsValues;
  /** What the report uses. */
  effective: ReportSettings;
}

/** The two usual signing capacities (Nghị định 30/2020, Phụ lục I, mục 8). */
export const SIGNER_PRESETS: ReadonlyArray<{ capacity: string; title: string }> = [
  { capacity: 'TM. THƯỜNG TRỰC HĐND', title: 'CHỦ TỊCH' },
  { capacity: 'KT. CHỦ TỊCH', title: 'PHÓ CHỦ TỊCH' },
];

export const EMPTY_REPORT_SETTINGS: ReportSettingsValues = {
  number: null,
  date: null,
  signerCapacity: null,
  signerTitle: null,
  signerName: null,
  recipients: null,
  archive: null,
};

/** The usual Nơi nhận of an HĐND report at this level. */
export function defaultRecipients(level: CouncilLevel): string[] {
  const w = LEVEL_WORDS[level];
  return [`Thường trực HĐND ${w}`, `UBND ${w}`, `Các Ban HĐND ${w}`, `Các Tổ đại biểu HĐND ${w}`, `Các vị đại biểu HĐND ${w}`];
}

export function effectiveReportSettings(saved: ReportSettingsValues, level: CouncilLevel): ReportSettings {
  const blank = (v: string | null): boolean => v === null || v.trim() === '';
  return {
    number: blank(saved.number) ? '' : saved.number!.trim(),
    date: blank(saved.date) ? null : saved.date,
    signerCapacity: blank(saved.signerCapacity) ? SIGNER_PRESETS[0].capacity : saved.signerCapacity!.trim(),
    signerTitle: blank(saved.signerTitle) ? SIGNER_PRESETS[0].title : saved.signerTitle!.trim(),
    signerName: blank(saved.signerName) ? '' : saved.signerName!.trim(),
    recipients: saved.recipients && saved.recipients.length > 0 ? saved.recipients : defaultRecipients(level),
    archive: blank(saved.archive) ? '' : saved.archive!.trim(),
  };
}

/** "Lưu: VT, VP." or "Lưu: VT.". */
export function archiveLine(archive: string): string {
  return archive ? `Lưu: VT, ${archive.replace(/[.;,]+$/u, '')}.` : 'Lưu: VT.';
}

/** The report's "Số" as printed: "12/BC-HĐND"; a number typed with its symbol ("125/BC-HĐND") is taken as it is. */
export function reportNumberSymbol(number: string): string {
  return number.includes('/') ? number : `${number || '      '}/BC-HĐND`;
}
