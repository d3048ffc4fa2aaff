/** Terminal commands for building a dossier: Word, PDF and text files into an agenda item, the roster from CSV. */
import { basename } from 'node:path';
import { CHANNELS } from '../../shared/ipc/channels';
import { readFileAtDoor } from '../core/door-files';
import { defineCommand, failed, printUsage, USAGE_ERROR } from './command';
import { errorText, messageText, say } from './messages';

/** Size checked before reading; a missing path is told in words (the catalogue's file.not_found). */
const upload = (path: string) => {
  const { name, data } = readFileAtDoor(path);
  return { name, dataBase64: data.toString('base64') };
};
const reason = (error: unknown): string => errorText(error);

const importDocx = defineCommand({
  name: 'import-docx',
  usage: 'import-docx FILE... --item ID',
  summary: 'cli.summary.import_docx',
  options: { item: { type: 'string' } },
  run: async ({ io, json, args, opts, call }) => {
    const itemId = opts.item;
    if (!itemId || args.length === 0) {
      printUsage(io, importDocx);
      return USAGE_ERROR;
    }
    let rejected = 0;
    const results: unknown[] = [];
    for (const path of args) {
      let file;
      try {
        file = upload(path);
      } catch (error) {
        rejected++;
        io.out(say('door.rejected', { file: basename(path), reason: reason(error) }));
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
          say('cli.import_docx.done', {
            file: file.name,
            id: documentId,
            title: p.header.title,
            blocks: p.stats.blocks,
            articles: p.stats.articles,
            lines: p.stats.lines,
          }),
        );
        for (const w of p.warnings) io.out(`    ${say('cli.warning', { text: messageText(w) })}`);
      }
    }
    if (json) io.out(JSON.stringify(results, null, 2));
    return rejected > 0 ? 1 : 0;
  },
});

const importRoster = defineCommand({
  name: 'import-roster',
  usage: 'import-roster FILE.csv',
  summary: 'cli.summary.import_roster',
  run: async ({ io, args, call }) => {
    if (args.length !== 1) {
      printUsage(io, importRoster);
      return USAGE_ERROR;
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
    io.out(say('cli.import_roster.done', { count: result.value.imported }));
    return 0;
  },
});

export const DOSSIER_COMMANDS = [importDocx, importRoster];
