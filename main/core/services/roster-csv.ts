/**
 * Reads a delegate roster from a spreadsheet export: CSV in UTF-8 with or without BOM, comma or
 * semicolon separated, with a header row naming the columns (Vietnamese or English names).
 */
import { parse } from 'csv-parse/sync';
import type { RosterEntry } from '../../../shared/domain/types';
import { firstControlCharacter } from '../../../shared/text/control-chars';
import { fold } from '../../../shared/text/fold';
import { AppError } from '../errors';
import { fileSlug } from '../files';
import { msg, type MessageRef } from '../../../shared/messages/types';

export const ROSTER_LIMITS = { bytes: 2 * 1024 * 1024, rows: 2_000 } as const;

type Column = 'name' | 'delegation' | 'constituency' | 'title';

/** Folded header names accepted for each column. */
const HEADERS: Record<Column, string[]> = {
  name: ['ho va ten', 'ho ten', 'ten dai bieu', 'dai bieu', 'name', 'full name'],
  delegation: ['to dai bieu', 'to', 'delegation', 'doan'],
  constituency: ['don vi bau cu', 'khu vuc bau cu', 'dia ban', 'constituency'],
  title: ['chuc vu', 'chuc danh', 'position', 'title'],
};
const REQUIRED: Column[] = ['name', 'delegation'];
const LABEL: Record<Column, string> = {
  name: 'Họ và tên',
  delegation: 'Tổ đại biểu',
  constituency: 'Đơn vị bầu cử',
  title: 'Chức vụ',
};

/** csv-parse's error, told in the catalogue's words with its line (its own text is English: "Quote Not Closed"). */
function csvProblem(error: unknown): MessageRef {
  const e = error as { code?: string; lines?: number };
  const where = typeof e.lines === 'number' ? msg('roster.why.csv_where_line', { line: e.lines }) : '';
  switch (e.code) {
    case 'CSV_QUOTE_NOT_CLOSED':
      return msg('roster.why.csv_quote_not_closed', { where });
    case 'CSV_INVALID_CLOSING_QUOTE':
    case 'CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE':
      return msg('roster.why.csv_after_closing_quote', { where });
    case 'INVALID_OPENING_QUOTE':
      return msg('roster.why.csv_quote_in_cell', { where });
    case 'CSV_MAX_RECORD_SIZE':
      return msg('roster.why.csv_line_too_long', { where });
    default:
      return msg('roster.why.csv_other', { where });
  }
}

export function parseRosterCsv(data: Buffer, fileName: string): RosterEntry[] {
  const reject = (why: MessageRef): never => {
    throw new AppError('invalid_input', 'package.rejected', { file: fileName, why });
  };
  if (data.length > ROSTER_LIMITS.bytes) throw new AppError('too_large', 'roster.too_large', { file: fileName });
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(data);
  } catch {
    return reject(msg('roster.why.not_utf8'));
  }
  let rows: string[][];
  try {
    rows = parse(text.normalize('NFC'), {
      bom: true,
      delimiter: [',', ';'],
      skip_empty_lines: true,
      relax_column_count: true,
      trim: true,
    });
  } catch (error) {
    return reject(csvProblem(error));
  }
  if (rows.length < 2) return reject(msg('roster.why.no_rows'));
  if (rows.length - 1 > ROSTER_LIMITS.rows) return reject(msg('roster.why.too_many_rows', { max: String(ROSTER_LIMITS.rows) }));
  const header = rows[0].map((h) => fold(h).replace(/\s+/gu, ' ').trim());
  const index = {} as Record<Column, number>;
  for (const column of Object.keys(HEADERS) as Column[]) index[column] = header.findIndex((h) => HEADERS[column].includes(h));
  const missing = REQUIRED.filter((c) => index[c] < 0);
  if (missing.length)
    return reject(msg('roster.why.missing_columns', { columns: missing.map((c) => `"${LABEL[c]}"`).join(', ') }));
  const seen = new Set<string>();
  return rows.slice(1).map((row, i) => {
    const cell = (c: Column): string => (index[c] >= 0 ? (row[index[c]] ?? '').trim() : '');
    const name = cell('name');
    const delegation = cell('delegation');
    if (!name || !delegation) reject(msg('roster.why.row_missing_name', { row: String(i + 2) }));
    if (name.length > 200 || delegation.length > 200) reject(msg('roster.why.cell_too_long', { row: String(i + 2) }));
    for (const column of Object.keys(HEADERS) as Column[]) {
      const found = firstControlCharacter(cell(column));
      if (found) reject(msg('roster.why.control_character', { row: String(i + 2), column: LABEL[column], found }));
    }
    let id = `db${String(i + 1).padStart(3, '0')}-${fileSlug(name)}`;
    for (let n = 2; seen.has(id); n++) id = `${id}-${n}`;
    seen.add(id);
    return { id, name, delegation, constituency: cell('constituency') || null, title: cell('title') || null };
  });
}
