/**
 * The delegates of the roster the office has no comment package from, as a CSV file (UTF-8 with a
 * BOM so spreadsheet programs read the diacritics) with a reminder text to copy into a message.
 */
import { basename } from 'node:path';
import type { SavedFile } from '../../../shared/domain/packages';
import type { CoreContext } from '../context';
import { currentSession } from '../db/repos/dossier';
import { AppError } from '../errors';
import { fileSlug, writeFileAtomic } from '../files';
import { compile } from './compile';

const csvCell = (s: string): string => (/[";\n]/u.test(s) ? `"${s.replace(/"/gu, '""')}"` : s);

function deadlineText(iso: string | null): string {
  if (!iso) return 'sớm nhất có thể';
  const t = new Date(Date.parse(iso) + 7 * 3600_000).toISOString();
  return `trước ${t.slice(11, 16)} ngày ${t.slice(8, 10)}/${t.slice(5, 7)}/${t.slice(0, 4)}`;
}

export async function exportNotSent(ctx: CoreContext): Promise<SavedFile & { count: number; reminder: string }> {
  const session = currentSession(ctx.db);
  if (!session) throw new AppError('not_found', 'session.none');
  const missing = compile(ctx.db, {}).delegates.filter((d) => d.inRoster && !d.sent);
  const reminder =
    `Kính gửi các đại biểu: Văn phòng chưa nhận được gói góp ý (.gopy) của đại biểu cho ${session.name} (${session.council} ${session.term}). ` +
    `Đề nghị đại biểu xuất gói góp ý trong ứng dụng Góp ý HĐND (Trao đổi tệp → Xuất góp ý của tôi) và gửi Văn phòng ${deadlineText(session.commentDeadline)}.`;
  const lines = [
    'STT;Họ và tên;Tổ đại biểu',
    ...missing.map((d, i) => [String(i + 1), d.name, d.delegation].map(csvCell).join(';')),
  ];
  const bytes = Buffer.from(`\ufeff${lines.join('\r\n')}\r\n\r\n${csvCell(reminder)}\r\n`, 'utf8');
  const path = await ctx.files.chooseSavePath(`chua-gui-gop-y_${fileSlug(session.id)}.csv`, { name: 'CSV', extensions: ['csv'] });
  if (!path) throw new AppError('cancelled', 'file.save_cancelled');
  writeFileAtomic(path, bytes);
  return { path, fileName: basename(path), bytes: bytes.length, count: missing.length, reminder };
}
