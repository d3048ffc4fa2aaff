/** Terminal commands for the file exchange: export, import (files or folders) and the compiled view. */
import { readdirSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { STANCES } from '../../shared/domain/comments';
import type { PackageFileResult } from '../../shared/domain/packages';
import { CHANNELS } from '../../shared/ipc/channels';
// From limits, not packages/format: that one loads zod, and the command list must load light.
import { COMMENT_PACKAGE_EXT, DOSSIER_PACKAGE_EXT, LIST_WINDOWS } from '../../shared/ipc/limits';
import { readFileAtDoor } from '../core/door-files';
import { describeFsError } from '../core/fs-errors';
import { AppError } from '../core/errors';
import { defineCommand, failed, OUT_OPTIONS, type Command } from './command';
import type { MessageKey, MessageRef } from '../../shared/messages/types';
import { errorText, resultText, say } from './messages';

function exportCommand(
  name: string,
  channel: typeof CHANNELS.packagesExportComments | typeof CHANNELS.packagesExportDossier,
  summary: MessageKey,
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
      io.out(json ? JSON.stringify(saved) : say('cli.saved', { path: saved.path, size: { bytes: saved.bytes } }));
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
  summary: 'cli.summary.import',
  run: async ({ io, json, args, call }) => {
    if (args.length === 0) {
      io.err(say('cli.import.missing'));
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
        if (!json) io.out(say('door.rejected', { file: basename(path), reason: message }));
        continue;
      }
      const upload = { name: read.name, dataBase64: read.data.toString('base64') };
      if (path.endsWith(DOSSIER_PACKAGE_EXT)) {
        const result = await call(CHANNELS.packagesImportDossier, { file: upload });
        if (!result.ok) {
          rejected++;
          lines.push({ fileName: upload.name, status: 'rejected', message: errorText(result.error) });
          if (!json) io.out(say('door.rejected', { file: upload.name, reason: errorText(result.error) }));
          continue;
        }
        const r = result.value;
        lines.push(r);
        if (!json)
          io.out(
            r.status === 'imported'
              ? say('door.dossier_opened', { file: r.fileName, version: String(r.version) })
              : say('door.dossier_unchanged', { file: r.fileName }),
          );
        continue;
      }
      const result = await call(CHANNELS.packagesImportComments, { files: [upload] });
      const r: PackageFileResult = result.ok
        ? result.value[0]
        : { fileName: upload.name, status: 'rejected', author: null, counts: null, message: errorText(result.error) };
      if (r.status === 'rejected') rejected++;
      lines.push(r);
      if (json) continue;
      const file = r.fileName;
      const author = r.author ?? '';
      const message = resultText(r.reason, r.message);
      if (r.status === 'imported' && r.counts) io.out(say('cli.import.comments_imported', { file, author, ...r.counts }));
      else if (r.status === 'unchanged')
        io.out(say('cli.import.unchanged', { file, author, message: message ?? say('cli.import.already') }));
      else if (r.status === 'held') io.out(say('cli.import.held', { file, author, message: message ?? '' }));
      else io.out(say('door.rejected', { file, reason: message ?? '' }));
    }
    if (json) io.out(JSON.stringify(lines, null, 2));
    return rejected > 0 ? 1 : 0;
  },
});

const compiledCommand = defineCommand({
  name: 'compiled',
  usage: 'compiled',
  summary: 'cli.summary.compiled',
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
    io.out(
      say('cli.compiled.totals', { sent: t.delegatesSent, delegates: t.delegates, comments: t.comments, answered: t.answered }),
    );
    io.out(STANCES.map((stance) => `${say(`cli.stance.${stance}`)} ${t.counts[stance]}`).join(' · '));
    for (const doc of view.documents) {
      io.out('');
      io.out(`== ${doc.title} ==`);
      for (const p of doc.passages) {
        io.out(
          p.blockId
            ? `  ${p.path ?? ''} · ${say('cli.lines', { first: String(p.lineFirst), last: String(p.lineLast) })}`
            : `  ${say('cli.compiled.general')}`,
        );
        for (const { comment: c, answer } of p.comments) {
          io.out(`    - ${c.author.name} (${c.author.delegation}) · ${say(`cli.stance.${c.stance}`)}: ${c.text}`);
          if (answer) io.out(`      ↳ ${say(`cli.answer_kind.${answer.kind}`)}: ${answer.text}`);
        }
      }
    }
    const missing = view.delegates.filter((d) => !d.sent);
    const late = view.delegates.filter((d) => d.late);
    io.out('');
    const names = (list: typeof missing): string => list.map((d) => d.name).join(', ') || '—';
    io.out(say('cli.compiled.not_sent', { count: missing.length, names: names(missing) }));
    io.out(say('cli.compiled.late', { count: late.length, names: names(late) }));
    return 0;
  },
});

export const EXCHANGE_COMMANDS: readonly Command[] = [
  exportCommand('export-dossier', CHANNELS.packagesExportDossier, 'cli.summary.export_dossier'),
  exportCommand('export-comments', CHANNELS.packagesExportComments, 'cli.summary.export_comments'),
  importCommand,
  compiledCommand,
];
