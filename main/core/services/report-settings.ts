/** The secretariat's settings of the compiled report, per session (number, date, signer, Nơi nhận, "Lưu"). */
import {
  effectiveReportSettings,
  type ReportSettingsValues,
  type ReportSettingsView,
} from '../../../shared/domain/report-settings';
import type { SessionInfo } from '../../../shared/domain/types';
import type { Db } from '../db/database';
import { currentSession } from '../db/repos/dossier';
import { readReportSettings, writeReportSettings } from '../db/repos/report-settings';
import { AppError } from '../errors';

function requireSession(db: Db): SessionInfo {
  const session = currentSession(db);
  if (!session) throw new AppError('not_found', 'session.none');
  return session;
}

export function reportSettingsOf(db: Db, session: SessionInfo): ReportSettingsView {
  const saved = readReportSettings(db, session.id);
  return { saved, effective: effectiveReportSettings(saved, session.level) };
}

export function getReportSettings(db: Db): ReportSettingsView {
  return reportSettingsOf(db, requireSession(db));
}

/** Fields left out keep their value; null goes back to the default. One transaction. */
export function saveReportSettings(
  db: Db,
  changes: Partial<ReportSettingsValues>,
  now: string = new Date().toISOString(),
): ReportSettingsView {
  const session = requireSession(db);
  db.transaction(() => {
    const saved = readReportSettings(db, session.id);
    const defined = Object.entries(changes).filter(([, v]) => v !== undefined);
    const next: ReportSettingsValues = { ...saved, ...(Object.fromEntries(defined) as Partial<ReportSettingsValues>) };
    writeReportSettings(db, session.id, next, now);
  })();
  return reportSettingsOf(db, session);
}
