import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupInfo } from '../../../shared/domain/backups';
import { formatDateTime } from '../i18n/format';
import { selectLocale, useSettings } from '../api/settings';

interface Props {
  backup: BackupInfo | null;
  onConfirm(backup: BackupInfo): void;
  onClose(): void;
}

/** Asks before restoring, and says that the current data is kept aside, never deleted. */
export function RestoreDialog({ backup, onConfirm, onClose }: Props) {
  const { t } = useTranslation();
  const locale = useSettings(selectLocale);
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (backup && !dialog.open) dialog.showModal();
    if (!backup && dialog.open) dialog.close();
  }, [backup]);
  return (
    <dialog ref={ref} className="sx-dialog" aria-labelledby="restore-title" aria-describedby="restore-text" onClose={onClose}>
      {backup && (
        <>
          <h2 id="restore-title" className="sx-dialog-title">
            {t('backups.confirm.title')}
          </h2>
          <div id="restore-text" className="sx-dialog-text">
            <p>{t('backups.confirm.what', { time: formatDateTime(backup.createdAt, locale), name: backup.name })}</p>
            <p>
              <strong>{t('backups.confirm.keptAside')}</strong>
            </p>
          </div>
          <div className="sx-dialog-buttons">
            <button type="button" className="sx-button" autoFocus onClick={onClose}>
              {t('backups.confirm.cancel')}
            </button>
            <button type="button" className="sx-button sx-button-primary" onClick={() => onConfirm(backup)}>
              {t('backups.confirm.restore')}
            </button>
          </div>
        </>
      )}
    </dialog>
  );
}
