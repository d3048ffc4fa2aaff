/**
 * Terminal commands for the two documents: the delegate's comment sheet and the compiled report,
 * as PDF or as Word (.docx): `--format`, or the extension of `--out`.
 */
import { EXPORT_FORMATS, type ExportFormat, type PdfKind } from '../../shared/domain/exports';
import { CHANNELS } from '../../shared/ipc/channels';
import type { MessageKey } from '../../shared/messages/types';
import { defineCommand, failed, OUT_OPTIONS, type CliIO, type Command } from './command';
import { resultText, say } from './messages';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The format asked for, else the one `--out` ends with, else PDF; undefined (after saying why) when unknown. */
export function exportFormat(io: CliIO, format: string | undefined, out: string | undefined): ExportFormat | undefined {
  if (format === undefined) return out?.toLowerCase().endsWith('.docx') ? 'docx' : 'pdf';
  const f = format.toLowerCase();
  if ((EXPORT_FORMATS as readonly string[]).includes(f)) return f as ExportFormat;
  io.err(say('cli.export.bad_format', { format }));
  return undefined;
}

function exportCommand(name: string, kind: PdfKind, scopeFlag: '--item' | '--document', summary: MessageKey): Command {
  const scopeOption = scopeFlag === '--item' ? 'item' : 'document';
  return defineCommand({
    name,
    usage: `${name} --out FILE [--format pdf|docx] [${scopeFlag} ID] [--force]`,
    summary,
    options: { ...OUT_OPTIONS, format: { type: 'string' }, [scopeOption]: { type: 'string' } } as typeof OUT_OPTIONS & {
      format: { type: 'string' };
      item: { type: 'string' };
      document: { type: 'string' };
    },
    run: async ({ io, json, opts, call }) => {
      const format = exportFormat(io, opts.format, opts.out);
      if (!format) return 2;
      const scope = opts[scopeOption];
      const started = await call(CHANNELS.pdfStart, {
        kind,
        format,
        ...(scope ? { [scopeFlag === '--item' ? 'itemId' : 'documentId']: scope } : {}),
      });
      const code = failed(io, started);
      if (code !== undefined || !started.ok) return code ?? 1;
      let status = started.value;
      while (status.state === 'running') {
        await sleep(100);
        const next = await call(CHANNELS.pdfStatus, { jobId: status.jobId });
        if (!next.ok) return failed(io, next) ?? 1;
        status = next.value;
      }
      if (json) io.out(JSON.stringify(status));
      else if (status.state === 'done') {
        const { path, pages, total } = status;
        io.out(pages === null ? say('cli.saved_word', { path, total }) : say('cli.saved_pdf', { path, pages, total }));
      } else io.err(resultText(status.reason, status.message) ?? say('cli.export.cancelled'));
      return status.state === 'done' ? 0 : 1;
    },
  });
}

export const PDF_COMMANDS: readonly Command[] = [
  exportCommand('export-sheet', 'sheet', '--item', 'cli.summary.export_sheet'),
  exportCommand('export-report', 'report', '--document', 'cli.summary.export_report'),
];
