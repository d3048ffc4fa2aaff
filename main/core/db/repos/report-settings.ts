/** The compiled report's settings of a session (migration 006). SQL lives here only. */
import type { ReportSettingsValues } from '../../../../shared/domain/report-settings';
import { EMPTY_REPORT_SETTINGS } from '../../../../shared/domain/report-settings';
import type { Db } from '../database';
import { prepared } from '../statements';

interface Row {
  number: string | null;
  report_date: string | null;
  signer_capacity: string | null;
  signer_title: string | null;
  signer_name: string | null;
  recipients: string | null;
  archive: string | null;
}

export function readReportSettings(db: Db, sessionId: string): ReportSettingsValues {
  const row = prepared(
    db,
    `SELECT number, report_date, signer_capacity, signer_title, signer_name, recipients, archive
       FROM report_settings WHERE session_id = ?`,
  ).get(sessionId) as Row | undefined;
  if (!row) return { ...EMPTY_REPORT_SETTINGS };
  return {
    number: row.number,
    date: row.report_date,
    signerCapacity: row.signer_capacity,
    signerTitle: row.signer_title,
    signerName: row.signer_name,
    recipients: row.recipients === null ? null : (JSON.parse(row.recipients) as string[]),
    archive: row.archive,
  };
}

export function writeReportSettings(db: Db, sessionId: string, v: ReportSettingsValues, now: string): void {
  prepared(
    db,
    `INSERT INTO report_settings (session_id, number, report_date, signer_capacity, signer_title, signer_name, recipients, archive, updated_at)
     VALUES (@sessionId, @number, @date, @signerCapacity, @signerTitle, @signerName, @recipients, @archive, @now)
     ON CONFLICT (session_id) DO UPDATE SET number = excluded.number, report_date = excluded.report_date,
       signer_capacity = excluded.signer_capacity, signer_title = excluded.signer_title, signer_name = excluded.signer_name,
       recipients = excluded.recipients, archive = excluded.archive, updated_at = excluded.updated_at`,
  ).run({ ...v, sessionId, recipients: v.recipients === null ? null : JSON.stringify(v.recipients), now });
}
