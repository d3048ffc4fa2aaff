/** `report-settings`: what the compiled report needs that the comments do not say (number, date, signer, recipients, filing). */
import type { ReportSettingsValues, ReportSettingsView } from '../../shared/domain/report-settings';
import { archiveLine, reportNumberSymbol } from '../../shared/domain/report-settings';
import { CHANNELS } from '../../shared/ipc/channels';
import type { InputOf } from '../../shared/ipc/contract';
import type { MessageKey } from '../../shared/messages/types';
import { defineCommand, failed, type CliIO, type Command } from './command';
import { label, say } from './messages';

const FLAGS = {
  number: { type: 'string' },
  date: { type: 'string' },
  'signer-capacity': { type: 'string' },
  'signer-title': { type: 'string' },
  'signer-name': { type: 'string' },
  recipients: { type: 'string' },
  archive: { type: 'string' },
} as const;

function show(io: CliIO, view: ReportSettingsView): void {
  const e = view.effective;
  const mark = (key: keyof ReportSettingsValues): string => (view.saved[key] === null ? ` ${say('cli.report.default')}` : '');
  const field = (name: MessageKey, value: string, key: keyof ReportSettingsValues) =>
    io.out(`${label(name).padEnd(16)} ${value}${mark(key)}`);
  field('cli.report.number', e.number ? reportNumberSymbol(e.number) : say('cli.report.number_blank'), 'number');
  field('cli.report.date', e.date ?? say('cli.report.date_on_export'), 'date');
  field('cli.report.signer_capacity', e.signerCapacity, 'signerCapacity');
  field('cli.report.signer_title', e.signerTitle, 'signerTitle');
  field('cli.report.signer_name', e.signerName || say('cli.report.blank'), 'signerName');
  io.out(say('cli.report.recipients', { mark: mark('recipients') }));
  for (const r of e.recipients) io.out(`  - ${r};`);
  io.out(`  - ${archiveLine(e.archive)}${mark('archive')}`);
}

const reportSettings = defineCommand({
  name: 'report-settings',
  usage:
    'report-settings [--number N] [--date YYYY-MM-DD] [--signer-capacity TEXT] [--signer-title TEXT] [--signer-name NAME] [--recipients "A; B"] [--archive TEXT]',
  summary: 'cli.summary.report_settings',
  options: FLAGS,
  run: async ({ io, json, opts, call }) => {
    const changes: InputOf<typeof CHANNELS.reportSettingsSave> = {};
    if (opts.number !== undefined) changes.number = opts.number;
    if (opts.date !== undefined) changes.date = opts.date;
    if (opts['signer-capacity'] !== undefined) changes.signerCapacity = opts['signer-capacity'];
    if (opts['signer-title'] !== undefined) changes.signerTitle = opts['signer-title'];
    if (opts['signer-name'] !== undefined) changes.signerName = opts['signer-name'];
    if (opts.recipients !== undefined) changes.recipients = opts.recipients.split(/[;\n]/u);
    if (opts.archive !== undefined) changes.archive = opts.archive;
    const result =
      Object.keys(changes).length > 0 ? await call(CHANNELS.reportSettingsSave, changes) : await call(CHANNELS.reportSettingsGet);
    const code = failed(io, result);
    if (code !== undefined || !result.ok) return code ?? 1;
    if (json) io.out(JSON.stringify(result.value));
    else show(io, result.value);
    return 0;
  },
});

export const REPORT_COMMANDS: readonly Command[] = [reportSettings];
