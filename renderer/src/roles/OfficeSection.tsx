import { useState, type FormEvent } from 'react';
import type { OfficeProfile } from '../../../shared/domain/office';
import { useTranslation } from 'react-i18next';
import { TextField } from '../components/Field';
import { selectOffice, useOffice } from '../api/office';
import { useOfficeStore } from '../stores/officeStore';
import '../styles/editor-forms.css';

/**
 * "Văn phòng và vai trò": what this installation is for the session on screen (derived from the
 * keys it holds), and the office it acts for when it issues sessions: office name, clerk's name,
 * which secretariat machine. The secretariat sets itself up as an office, never as a delegate.
 */
export function OfficeSection() {
  const { t } = useTranslation();
  const view = useOffice(selectOffice);
  const error = useOfficeStore((s) => s.error);
  return (
    <section className="sx-card" aria-labelledby="settings-office">
      <h2 id="settings-office" className="sx-card-heading">
        {t('roles.office.heading')}
      </h2>
      {view && (
        <p className="sx-step-text" data-role={view.role ?? 'none'}>
          {view.role === 'delegate'
            ? t('roles.office.delegate', { fingerprint: view.publisherFingerprint ?? '' })
            : t('roles.office.secretariat')}
        </p>
      )}
      {view && (
        <p className="sx-step-text">
          {t('roles.office.fingerprint')} <code className="key-fingerprint">{view.office.fingerprint}</code>
        </p>
      )}
      {view && <OfficeForm key={view.office.fingerprint} office={view.office} />}
      {error && (
        <p className="sx-outcome is-error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}

function OfficeForm({ office }: { office: OfficeProfile }) {
  const { t } = useTranslation();
  const saving = useOfficeStore((s) => s.saving);
  const [officeName, setOfficeName] = useState(office.name ?? '');
  const [clerkName, setClerkName] = useState(office.clerk ?? '');
  const [machineName, setMachineName] = useState(office.machine ?? '');
  const [saved, setSaved] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    setSaved(await useOfficeStore.getState().setup({ officeName, clerkName, machineName: machineName.trim() || null }));
  };
  return (
    <form className="sx-office-form" onSubmit={(e) => void submit(e)}>
      <TextField label={t('roles.office.name')} value={officeName} onChange={setOfficeName} />
      <TextField label={t('roles.office.clerk')} value={clerkName} onChange={setClerkName} />
      <TextField label={t('roles.office.machine')} value={machineName} onChange={setMachineName} />
      <button type="submit" className="sx-button sx-button-primary" aria-busy={saving}>
        {t('roles.office.save')}
      </button>
      <div aria-live="polite">{saved && <p className="sx-outcome is-ok">{t('roles.office.saved')}</p>}</div>
    </form>
  );
}
