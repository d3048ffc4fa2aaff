/** Terminal commands for building a dossier: Word files into an agenda item, the roster from CSV. */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { DocumentImportPreview } from '../../shared/domain/imports';
import { CHANNELS } from '../../shared/ipc/channels';
import { argValue } from '../core/paths';
import { failed, type Command } from './command';

const upload = (path: string) => ({ name: basename(path), dataBase64: readFileSync(path).toString('base64') });

const importDocx: Command = {
  name: 'import-docx',
  usage: 'import-docx FILE... --item ID',
  summary: 'Nhập tệp .docx/.txt/.md vào một nội dung chương trình (mã từ "agenda")',
  run: async ({ io, json, args, argv, call }) => {
    const itemId = argValue(argv, '--item');
    if (!itemId || args.length === 0) {
      io.err('Cách dùng / usage: import-docx TỆP... --item MÃ_NỘI_DUNG');
      return 2;
    }
    let rejected = 0;
    const results: unknown[] = [];
    for (const path of args) {
      let file;
      try {
        file = upload(path);
      } catch (error) {
        rejected++;
        io.out(`${basename(path)}: BỊ TỪ CHỐI — không đọc được tệp (${(error as Error).message})`);
        continue;
      }
      const preview = await call(CHANNELS.documentsPreviewImport, { file });
      if (failed(io, preview) !== undefined || !preview.ok) {
        rejected++;
        continue;
      }
      const p = preview.value as DocumentImportPreview;
      const saved = await call(CHANNELS.documentsImport, { itemId, file, header: p.header });
      if (failed(io, saved) !== undefined || !saved.ok) {
        rejected++;
        continue;
      }
      const documentId = (saved.value as { documentId: string }).documentId;
      results.push({ fileName: file.name, documentId, header: p.header, stats: p.stats, warnings: p.warnings });
      if (!json) {
        io.out(
          `${file.name}: đã nhập [${documentId}] ${p.header.title} — ${p.stats.blocks} đoạn, ${p.stats.articles} điều, ${p.stats.lines} dòng`,
        );
        for (const w of p.warnings) io.out(`    lưu ý: ${w}`);
      }
    }
    if (json) io.out(JSON.stringify(results, null, 2));
    return rejected > 0 ? 1 : 0;
  },
};

const importRoster: Command = {
  name: 'import-roster',
  usage: 'import-roster FILE.csv',
  summary: 'Nhập danh sách đại biểu từ CSV (UTF-8, dấu phẩy hoặc chấm phẩy)',
  run: async ({ io, args, call }) => {
    if (args.length !== 1) {
      io.err('Cách dùng / usage: import-roster TỆP.csv');
      return 2;
    }
    const result = await call(CHANNELS.rosterImportCsv, { file: upload(args[0]) });
    const code = failed(io, result);
    if (code !== undefined || !result.ok) return code ?? 1;
    io.out(`Đã nhập ${(result.value as { imported: number }).imported} đại biểu.`);
    return 0;
  },
};

export const DOSSIER_COMMANDS: readonly Command[] = [importDocx, importRoster];
