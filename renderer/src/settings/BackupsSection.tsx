import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupInfo } from '../../../shared/domain/backups';
import { formatDateTime } from '../i18n/format';
import { formatBytes } from '../secretariat/formatBytes';
import { useBackups } from '../api/backups';
import { selectBackupsBusy, useBackupsStore } from '../stores/backupsStore';
import { selectLocale, useSettings } from '../api/settings';
import { RestoreDialog } from './RestoreDialog';

const KNOWN_REASONS = ['import', 'daily', 'restore', 'manual'];

/** Backups: the list (name, time, reason, size), "Sao lưu ngay", and "Khôi phục" with a confirmation. */
export function BackupsSection() {
  const { t } = useTranslation();
  const locale = useSettings(selectLocale);
  const { backups, status, error: listError } = useBackups();
  const busy = useBackupsStore(selectBackupsBusy);
  const error = useBackupsStore((s) => s.error) ?? listError;
  const created = useBackupsStore((s) => s.created);
  const restored = useBackupsStore((s) => s.restored);
  const { create, restore } = useBackupsStore.getState();
  const [confirming, setConfirming] = useState<BackupInfo | null>(null);
  const resultRef = useRef<HTMLDivElement>(null);

  const reason = (r: string) => (KNOWN_REASONS.includes(r) ? t(`backups.reason.${r}`) : r);
  const confirm = async (backup: BackupInfo) => {
    setConfirming(null);
    if (await restore(backup.name)) resultRef.current?.focus();
  };

  return (
    <section className="sx-card" aria-labelledby="settings-backups">
      <h2 id="settings-backups" className="sx-card-heading">
        {t('backups.heading')}
      </h2>
      <p className="sx-step-text">{t('backups.text')}</p>
      <button type="button" className="sx-button sx-button-primary" aria-busy={busy === 'creating'} onClick={() => void create()}>
        {busy === 'creating' ? t('backups.creating') : t('backups.create')}
      </button>
      <div ref={resultRef} tabIndex={-1} className="sx-backups-result" aria-live="polite">
        {created && <p className="sx-outcome is-ok">{t('backups.created', { name: created.name })}</p>}
        {restored && (
          <div className="sx-outcome is-ok">
            <p>{t('backups.restored', { name: restored.restored })}</p>
            {restored.movedAside && (
              <p>
                {t('backups.movedAside')}: <code className="sx-path">{restored.movedAside}</code>
              </p>
            )}
            <p>{t('backups.reloaded')}</p>
          </div>
        )}
        {typeof busy === 'object' && busy !== null && <p role="status">{t('backups.restoring', { name: busy.restoring })}</p>}
      </div>
      {error && (
        <p className="sx-outcome is-error" role="alert">
          {error}
        </p>
      )}
      {status === 'ready' && backups.length === 0 && <p className="sx-muted">{t('backups.empty')}</p>}
      {backups.length > 0 && (
        <table className="sx-backups-table">
          <caption className="visually-hidden">{t('backups.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('backups.time')}</th>
              <th scope="col">{t('backups.reasonHeader')}</th>
              <th scope="col" className="num">
                {t('backups.size')}
              </th>
              <th scope="col">{t('backups.name')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('backups.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {backups.map((b) => (
              <tr key={b.name}>
                <th scope="row">{formatDateTime(b.createdAt, locale)}</th>
                <td>{reason(b.reason)}</td>
                <td className="num">{formatBytes(b.bytes, locale)}</td>
                <td>
                  <code className="sx-path">{b.name}</code>
                </td>
                <td>
                  <button
                    type="button"
                    className="sx-button sx-button-small"
                    disabled={busy !== null}
                    aria-label={t('backups.restoreOne', { time: formatDateTime(b.createdAt, locale) })}
                    onClick={() => setConfirming(b)}
                  >
                    {t('backups.restore')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <RestoreDialog backup={confirming} onConfirm={(b) => void confirm(b)} onClose={() => setConfirming(null)} />
    </section>
  );
}
