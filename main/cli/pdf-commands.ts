/** Terminal commands for the two PDFs: the delegate's comment sheet and the compiled report. */
import type { PdfKind } from '../../shared/domain/exports';
import { CHANNELS } from '../../shared/ipc/channels';
import { defineCommand, failed, OUT_OPTIONS, type Command } from './command';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function pdfCommand(name: string, kind: PdfKind, scopeFlag: '--item' | '--document', summary: string): Command {
  const scopeOption = scopeFlag === '--item' ? 'item' : 'document';
  return defineCommand({
    name,
    usage: `${name} --out FILE [${scopeFlag} ID] [--force]`,
    summary,
    options: { ...OUT_OPTIONS, [scopeOption]: { type: 'string' } } as typeof OUT_OPTIONS & {
      item: { type: 'string' };
      document: { type: 'string' };
    },
    run: async ({ io, json, opts, call }) => {
      const scope = opts[scopeOption];
      const started = await call(CHANNELS.pdfStart, {
        kind,
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
      else if (status.state === 'done') io.out(`Đã lưu / saved: ${status.path} (${status.pages} trang, ${status.total} ý kiến)`);
      else io.err(status.message ?? 'Đã hủy.');
      return status.state === 'done' ? 0 : 1;
    },
  });
}

export const PDF_COMMANDS: readonly Command[] = [
  pdfCommand('export-sheet', 'sheet', '--item', 'Phiếu góp ý PDF của tôi (cả kỳ họp, hoặc một nội dung với --item)'),
  pdfCommand(
    'export-report',
    'report',
    '--document',
    'Báo cáo tổng hợp ý kiến PDF (mọi tài liệu, hoặc một tài liệu với --document)',
  ),
];
