import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { selectRosterIllustrative, useIdentityView } from '../../api/identity';
import { useRosterStore } from '../../stores/rosterStore';
import { FilePickButton } from '../components/FilePickButton';
import { serverIssues } from '../serverErrors';
import { ROSTER_FIELDS, RosterTable } from './RosterTable';

const ENTRY_PATH = /^entries\.(\d+)\.(\w+)$/u;

/** The delegate roster: edited by hand, or replaced from a spreadsheet's CSV export. */
export function RosterEditor() {
  const { t } = useTranslation();
  const status = useRosterStore((s) => s.status);
  const dirty = useRosterStore((s) => s.dirty);
  const error = useRosterStore((s) => s.error);
  const storeIssues = useRosterStore((s) => s.issues);
  const notice = useRosterStore((s) => s.notice);
  const illustrative = useIdentityView(selectRosterIllustrative);
  const count = useRosterStore((s) => s.rows.length);
  useEffect(() => {
    // Coming back to the tab keeps unsaved edits; otherwise read the roster afresh.
    if (!useRosterStore.getState().dirty) void useRosterStore.getState().load();
  }, []);

  /** "entries.3.name: …" becomes "Dòng 4, Họ và tên: …", and marks that cell. */
  const issues = useMemo(() => {
    if (!error) return { cells: {} as Record<string, string>, lines: [] as string[] };
    const split = serverIssues({ message: error, issues: storeIssues });
    const cells: Record<string, string> = {};
    const lines: string[] = split.general ? [split.general] : [];
    for (const [path, message] of Object.entries(split.fields)) {
      const m = ENTRY_PATH.exec(path);
      if (m && (ROSTER_FIELDS as readonly string[]).includes(m[2])) {
        cells[`${m[1]}.${m[2]}`] = message;
        lines.push(t('roster.cellError', { row: Number(m[1]) + 1, field: t(`roster.fields.${m[2]}`), message }));
      } else lines.push(`${path}: ${message}`);
    }
    return { cells, lines };
  }, [error, storeIssues, t]);

  const busy = status === 'saving' || status === 'importing' || status === 'loading';
  const addRow = () => {
    const key = useRosterStore.getState().addRow();
    requestAnimationFrame(() => document.querySelector<HTMLElement>(`tr[data-row-key="${key}"] input`)?.focus());
  };
  return (
    <section className="ed-panel" aria-labelledby="ed-roster-heading">
      <div className="ed-panel-head">
        <h2 id="ed-roster-heading" className="ed-panel-title">
          {t('roster.heading')}
        </h2>
        <p className="ed-count">{t('roster.count', { count })}</p>
      </div>
      <p className="ed-lead">{t('roster.lead')}</p>
      {illustrative && <p className="ed-notice">{t('roster.illustrative')}</p>}
      <div className="ed-csv">
        <FilePickButton
          label={t('roster.importCsv')}
          accept=".csv,text/csv"
          inputName="roster-csv"
          disabled={busy}
          describedBy="ed-csv-hint"
          onFiles={(files) => void useRosterStore.getState().importCsv(files[0])}
        />
        <p id="ed-csv-hint" className="ed-hint">
          {t('roster.csvHint')}
        </p>
      </div>
      <div role="status" className="ed-status-line">
        {status === 'importing' && t('roster.importing')}
        {notice && <span className="ed-success">{notice}</span>}
      </div>
      <div role="alert">
        {issues.lines.length > 0 && (
          <div className="ed-inline-alert">
            {issues.lines.map((line, i) => (
              <p key={i}>{line}</p>
            ))}
          </div>
        )}
      </div>
      <RosterTable errors={issues.cells} disabled={busy} />
      <div className="ed-actions ed-roster-actions">
        <button type="button" id="ed-roster-add" className="ed-button" disabled={busy} onClick={addRow}>
          {t('roster.addRow')}
        </button>
        <button
          type="button"
          className="ed-button ed-button-primary"
          disabled={busy || !dirty}
          onClick={() => void useRosterStore.getState().save()}
        >
          {status === 'saving' ? t('editor.saving') : t('roster.save')}
        </button>
      </div>
    </section>
  );
}
