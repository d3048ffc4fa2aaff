/** Terminal commands for building a dossier: Word, PDF and text files into an agenda item, the roster from CSV. */
import { basename } from 'node:path';
import { CHANNELS } from '../../shared/ipc/channels';
import { readFileAtDoor } from '../core/door-files';
import { defineCommand, failed } from './command';
import { errorText, messageText } from './messages';

/** Size checked before reading; a missing path is told in Vietnamese. */
const upload = (path: string) => {
  const { name, data } = readFileAtDoor(path);
  return { name, dataBase64: data.toString('base64') };
};
const reason = (error: unknown): string => errorText(error);

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
        io.out(`${basename(path)}: BỊ TỪ CHỐI — ${reason(error)}`);
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
        for (const w of p.warnings) io.out(`    lưu ý: ${messageText(w)}`);
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
      io.err(reason(error));
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
