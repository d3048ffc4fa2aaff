/**
 * The delegates of the roster the office has no comment package from, with a reminder text to
 * copy into a message: as CSV (UTF-8 with a BOM so spreadsheet programs read the diacritics), or
 * as PDF / .docx rendered from one document model (main/core/report/not-sent-model.ts).
 */
import { statSync } from 'node:fs';
import { basename } from 'node:path';
import type { NotSentFormat, NotSentResult } from '../../../shared/domain/office';
import type { CoreContext } from '../context';
import { currentSession } from '../db/repos/dossier';
import { writeModelDocx } from '../docx';
import { AppError } from '../errors';
import { fileSlug, writeFileAtomic } from '../files';
import { fontsDirIn, writeModelPdf } from '../pdf';
import { buildNotSentModel } from '../report/not-sent-model';
import { councilParts } from './report-inputs';
import { compileIndex } from './compile-index';
import { formatMessage } from '../../../shared/messages/format';
import { clockAndDay } from '../../../shared/text/local-time';

const csvCell = (s: string): string => (/[";\n]/u.test(s) ? `"${s.replace(/"/gu, '""')}"` : s);

/** "17:05 ngày 04/12/2026" in the councils' time zone: the list and its reminder are written in Vietnamese. */
const viTime = (iso: string): string => formatMessage('vi', 'time.at', clockAndDay(iso));

const deadlineText = (iso: string | null): string => (iso ? `trước ${viTime(iso)}` : 'sớm nhất có thể');

const SAVE_FILTERS: Record<NotSentFormat, { name: string; extensions: string[] }> = {
  csv: { name: 'CSV', extensions: ['csv'] },
  pdf: { name: 'PDF', extensions: ['pdf'] },
  docx: { name: 'Word', extensions: ['docx'] },
};

export async function exportNotSent(
  ctx: CoreContext,
  input: { format?: NotSentFormat } = {},
  now: string = new Date().toISOString(),
): Promise<NotSentResult> {
  const session = currentSession(ctx.db);
  if (!session) throw new AppError('not_found', 'session.none');
  // The compilation's index already knows who sent (no whole compiled view of 100,000 for a list of names).
  const missing = compileIndex(ctx.db).delegates.filter((d) => d.inRoster && !d.sent);
  const reminder =
    `Kính gửi các đại biểu: Văn phòng chưa nhận được gói góp ý (.gopy) của đại biểu cho ${session.name} (${session.council} ${session.term}). ` +
    `Đề nghị đại biểu xuất gói góp ý trong ứng dụng Góp ý HĐND (Trao đổi tệp → Xuất góp ý của tôi) và gửi Văn phòng ${deadlineText(session.commentDeadline)}.`;
  const format = input.format ?? 'csv';
  const path = await ctx.files.chooseSavePath(`chua-gui-gop-y_${fileSlug(session.id)}.${format}`, SAVE_FILTERS[format]);
  if (!path) throw new AppError('cancelled', 'file.save_cancelled');
  if (format === 'csv') {
    const lines = [
      'STT;Họ và tên;Tổ đại biểu',
      ...missing.map((d, i) => [String(i + 1), d.name, d.delegation].map(csvCell).join(';')),
    ];
    writeFileAtomic(path, Buffer.from(`\ufeff${lines.join('\r\n')}\r\n\r\n${csvCell(reminder)}\r\n`, 'utf8'));
  } else {
    const model = buildNotSentModel({
      issuerLines: councilParts(session.council).issuerLines,
      sessionLine: `${session.name}, ${session.council} ${session.term}`,
      asOf: `lập lúc ${viTime(now)}`,
      delegates: missing.map((d) => ({ name: d.name, delegation: d.delegation })),
      reminder,
    });
    if (format === 'docx') await writeModelDocx(model, path);
    else await writeModelPdf(model, path, { fontsDir: fontsDirIn(ctx.resourcesDir) });
  }
  return { path, fileName: basename(path), bytes: statSync(path).size, count: missing.length, reminder, format };
}
