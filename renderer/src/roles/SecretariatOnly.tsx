import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { selectOffice, useOffice } from '../api/office';

/** Shows the secretariat's screen only on the session's secretariat; a delegate's machine says why. */
export function SecretariatOnly({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const view = useOffice(selectOffice);
  if (!view) return null;
  if (view.role === 'secretariat') return <>{children}</>;
  return (
    <section className="sx-view" aria-labelledby="secretariat-only-heading">
      <h1 id="secretariat-only-heading" className="view-heading" tabIndex={-1}>
        {t('roles.only.heading')}
      </h1>
      <p className="sx-lead">{t('roles.only.text')}</p>
    </section>
  );
}
