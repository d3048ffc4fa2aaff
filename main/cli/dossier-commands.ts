/** Terminal commands for building a dossier: Word, PDF and text files into an agenda item, the roster from CSV. */
import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { CHANNELS } from '../../shared/ipc/channels';
import { PACKAGE_LIMITS } from '../../shared/packages/format';
import { readFailure } from '../core/import/read-file';
import { defineCommand, failed } from './command';

/**
 * A file as the handlers take it. A missing path or an unreadable file is said in Vietnamese
 * (never the raw "ENOENT: no such file or directory"); a file over the upload limit is not read.
 */
function upload(path: string): { name: string; dataBase64: string } {
  const name = basename(path);
  try {
    const size = statSync(path).size;
    if (size > PACKAGE_LIMITS.fileBytes)
      throw new Error(
        `Tệp “${name}” quá lớn (${Math.round(size / 1024 / 1024)} MB); giới hạn là ${PACKAGE_LIMITS.fileBytes / 1024 / 1024} MB.`,
      );
    return { name, dataBase64: readFileSync(path).toString('base64') };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code) throw new Error(readFailure(name, error).message);
    throw error;
  }
}

const importDocx = defineCommand({
  name: 'import-docx',
  usage: 'import-docx FILE... --item ID',
  summary: 'Nhập tệp .docx/.doc/.pdf/.txt/.md vào một nội dung chương trình (mã từ "agenda")',
  options: { item: { type: 'string' } },
  run: async ({ io, json, args, opts, call }) => {
    const itemId = opts.item;
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
        io.out(`${basename(path)}: BỊ TỪ CHỐI — ${(error as Error).message}`);
        continue;
      }
      const preview = await call(CHANNELS.documentsPreviewImport, { file });
      if (failed(io, preview) !== undefined || !preview.ok) {
        rejected++;
        continue;
      }
      const p = preview.value;
      const saved = await call(CHANNELS.documentsImport, { itemId, file, header: p.header });
      if (failed(io, saved) !== undefined || !saved.ok) {
        rejected++;
        continue;
      }
      const documentId = saved.value.documentId;
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
});

const importRoster = defineCommand({
  name: 'import-roster',
  usage: 'import-roster FILE.csv',
  summary: 'Nhập danh sách đại biểu từ CSV (UTF-8, dấu phẩy hoặc chấm phẩy)',
  run: async ({ io, args, call }) => {
    if (args.length !== 1) {
      io.err('Cách dùng / usage: import-roster TỆP.csv');
      return 2;
    }
    let file;
    try {
      file = upload(args[0]);
    } catch (error) {
      io.err(`Lỗi: ${(error as Error).message}`);
      return 1;
    }
    const result = await call(CHANNELS.rosterImportCsv, { file });
    const code = failed(io, result);
    if (code !== undefined || !result.ok) return code ?? 1;
    io.out(`Đã nhập ${result.value.imported} đại biểu.`);
    return 0;
  },
});

export const DOSSIER_COMMANDS = [importDocx, importRoster];
