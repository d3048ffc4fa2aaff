import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import '../styles/secretariat-settings.css';
import { loadIdentity } from '../api/identity';
import { BackupsSection } from './BackupsSection';
import { DisplaySection } from './DisplaySection';
import { OfficeSection } from '../roles/OfficeSection';

/** "Cài đặt": office and role, language and text size, backups. */
export function SettingsView() {
  const { t } = useTranslation();
  useEffect(() => {
    void loadIdentity();
  }, []);
  return (
    <section className="sx-view settings-view" aria-labelledby="settings-heading">
      <h1 id="settings-heading" className="view-heading" tabIndex={-1}>
        {t('settings.heading')}
      </h1>
      <div className="settings-grid">
        <OfficeSection />
        <DisplaySection />
      </div>
      <BackupsSection />
    </section>
  );
}
