/** Terminal commands for the file exchange: export, import (files or folders) and the compiled view. */
import { readdirSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { PackageFileResult } from '../../shared/domain/packages';
import { CHANNELS } from '../../shared/ipc/channels';
// From limits, not packages/format: that one loads zod, and the command list must load light.
import { COMMENT_PACKAGE_EXT, DOSSIER_PACKAGE_EXT, LIST_WINDOWS } from '../../shared/ipc/limits';
import { readFileAtDoor } from '../core/door-files';
import { describeFsError } from '../core/fs-errors';
import { AppError } from '../core/errors';
import { defineCommand, failed, OUT_OPTIONS, STANCE_LABEL, type Command } from './command';
import type { MessageRef } from '../../shared/messages/types';
import { errorText } from './messages';

const ANSWER_LABEL = { tiep_thu: 'Tiếp thu', giai_trinh: 'Giải trình', ghi_nhan: 'Ghi nhận' } as const;

function exportCommand(
  name: string,
  channel: typeof CHANNELS.packagesExportComments | typeof CHANNELS.packagesExportDossier,
  summary: string,
): Command {
  return defineCommand({
    name,
    usage: `${name} --out FILE [--force]`,
    summary,
    options: OUT_OPTIONS,
    run: async ({ io, json, call }) => {
      const result = await call(channel);
      const code = failed(io, result);
      if (code !== undefined || !result.ok) return code ?? 1;
      const saved = result.value;
      io.out(json ? JSON.stringify(saved) : `Đã lưu / saved: ${saved.path} (${saved.bytes} byte)`);
      return 0;
    },
  });
}

/**
 * Expands folders into the package files they hold, sorted by name. A path that cannot be read
 * becomes a refusal of its own (`missing`): the other paths are still imported.
 */
function expand(paths: string[]): Array<{ path: string; missing?: MessageRef }> {
  return paths.flatMap((p) => {
    try {
      return statSync(p).isDirectory()
        ? readdirSync(p)
            .filter((f) => f.endsWith(COMMENT_PACKAGE_EXT) || f.endsWith(DOSSIER_PACKAGE_EXT))
            .sort()
            .map((f) => ({ path: join(p, f) }))
        : [{ path: p }];
    } catch (error) {
      return [{ path: p, missing: describeFsError(p, error) }];
    }
  });
}

const importCommand = defineCommand({
  name: 'import',
  usage: 'import FILE|FOLDER...',
  summary: 'Nhập gói góp ý (.gopy) hoặc hồ sơ (.hoso); mã thoát khác 0 nếu có tệp bị từ chối',
  run: async ({ io, json, args, call }) => {
    if (args.length === 0) {
      io.err('Thiếu tệp hoặc thư mục cần nhập / missing FILE or FOLDER.');
      return 2;
    }
    const files = expand(args);
    let rejected = 0;
    const lines: unknown[] = [];
    for (const { path, missing } of files) {
      // Size checked before reading: one refusal line per file, the folder goes on.
      let read: { name: string; data: Buffer };
      try {
        if (missing) throw AppError.of('not_found', missing);
        read = readFileAtDoor(path);
      } catch (error) {
        const message = errorText(error);
        rejected++;
        lines.push({ fileName: basename(path), status: 'rejected', message });
        if (!json) io.out(`${basename(path)}: BỊ TỪ CHỐI — ${message}`);
        continue;
      }
      const upload = { name: read.name, dataBase64: read.data.toString('base64') };
      if (path.endsWith(DOSSIER_PACKAGE_EXT)) {
        const result = await call(CHANNELS.packagesImportDossier, { file: upload });
        if (!result.ok) {
          rejected++;
          lines.push({ fileName: upload.name, status: 'rejected', message: errorText(result.error) });
          if (!json) io.out(`${upload.name}: BỊ TỪ CHỐI — ${errorText(result.error)}`);
          continue;
        }
        const r = result.value;
        lines.push(r);
        if (!json)
          io.out(`${r.fileName}: ${r.status === 'imported' ? `đã mở hồ sơ phiên bản ${r.version}` : 'đã có, không thay đổi'}`);
        continue;
      }
      const result = await call(CHANNELS.packagesImportComments, { files: [upload] });
      const r: PackageFileResult = result.ok
        ? result.value[0]
        : { fileName: upload.name, status: 'rejected', author: null, counts: null, message: errorText(result.error) };
      if (r.status === 'rejected') rejected++;
      lines.push(r);
      if (json) continue;
      if (r.status === 'imported' && r.counts) {
        io.out(
          `${r.fileName}: đã nhập (${r.author}) — ${r.counts.added} mới, ${r.counts.updated} cập nhật, ${r.counts.deleted} xóa`,
        );
      } else if (r.status === 'unchanged')
        io.out(`${r.fileName}: ${r.message ?? 'đã nhập trước đó, không thay đổi'} (${r.author})`);
      else if (r.status === 'held') io.out(`${r.fileName}: GIỮ LẠI — ${r.message} (${r.author})`);
      else io.out(`${r.fileName}: BỊ TỪ CHỐI — ${r.message}`);
    }
    if (json) io.out(JSON.stringify(lines, null, 2));
    return rejected > 0 ? 1 : 0;
  },
});

const compiledCommand = defineCommand({
  name: 'compiled',
  usage: 'compiled',
  summary: 'Tổng hợp góp ý theo tài liệu và đoạn văn / compiled comments',
  run: async ({ io, json, call }) => {
    // compile:get answers a window at a time: page through to the end and join the documents.
    const result = await call(CHANNELS.compileGet, {});
    const code = failed(io, result);
    if (code !== undefined || !result.ok) return code ?? 1;
    const view = result.value;
    for (let next = view.window?.next ?? null; next !== null;) {
      const more = await call(CHANNELS.compileGet, { offset: next, limit: LIST_WINDOWS.compileMaxRows });
      const moreCode = failed(io, more);
      if (moreCode !== undefined || !more.ok) return moreCode ?? 1;
      for (const doc of more.value.documents) {
        const last = view.documents.at(-1);
        if (last && last.row === doc.row) last.passages.push(...doc.passages);
        else view.documents.push(doc);
      }
      next = more.value.window?.next ?? null;
    }
    delete view.window; // The whole list is here now.
    if (json) {
      io.out(JSON.stringify(view, null, 2));
      return 0;
    }
    const t = view.totals;
    io.out(`Tổng số ${t.delegatesSent}/${t.delegates} đại biểu đã gửi ${t.comments} ý kiến (đã trả lời ${t.answered}).`);
    io.out(`Tán thành ${t.counts.tan_thanh} · Không tán thành ${t.counts.khong_tan_thanh} · Ý kiến khác ${t.counts.y_kien_khac}`);
    for (const doc of view.documents) {
      io.out('');
      io.out(`== ${doc.title} ==`);
      for (const p of doc.passages) {
        io.out(p.blockId ? `  ${p.path ?? ''} · dòng ${p.lineFirst}–${p.lineLast}` : '  Ý kiến chung');
        for (const { comment: c, answer } of p.comments) {
          io.out(`    - ${c.author.name} (${c.author.delegation}) · ${STANCE_LABEL[c.stance]}: ${c.text}`);
          if (answer) io.out(`      ↳ ${ANSWER_LABEL[answer.kind]}: ${answer.text}`);
        }
      }
    }
    const missing = view.delegates.filter((d) => !d.sent);
    const late = view.delegates.filter((d) => d.late);
    io.out('');
    io.out(`Chưa gửi (${missing.length}): ${missing.map((d) => d.name).join(', ') || '—'}`);
    io.out(`Gửi sau hạn (${late.length}): ${late.map((d) => d.name).join(', ') || '—'}`);
    return 0;
  },
});

export const EXCHANGE_COMMANDS: readonly Command[] = [
  exportCommand('export-dossier', CHANNELS.packagesExportDossier, 'Xuất hồ sơ kỳ họp đã ký (.hoso) / export the signed dossier'),
  exportCommand(
    'export-comments',
    CHANNELS.packagesExportComments,
    'Xuất gói góp ý đã ký của tôi (.gopy) / export my signed comments',
  ),
  importCommand,
  compiledCommand,
];
