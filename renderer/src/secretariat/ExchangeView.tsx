import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { loadIdentity } from '../api/identity';
import { selectRole, useOffice } from '../api/office';
import '../styles/secretariat-exchange.css';
import { DeadlineNotice } from './DeadlineNotice';
import { DelegateExchange } from './DelegateExchange';
import { useFileDropGuard } from './DropZone';
import { SecretariatExchange } from './SecretariatExchange';

/** "Trao đổi tệp": packages in and out. The part for this installation's role comes first. */
export function ExchangeView() {
  const { t } = useTranslation();
  const role = useOffice(selectRole);
  useFileDropGuard();
  useEffect(() => {
    // Read once; a change anywhere comes as changed:identity, which invalidates it.
    void loadIdentity();
  }, []);
  // The secretariat's part only where this installation is the session's secretariat, and first there.
  const parts =
    role === 'secretariat'
      ? [<SecretariatExchange key="secretariat" />, <DelegateExchange key="delegate" />]
      : [<DelegateExchange key="delegate" />];
  return (
    <section className="sx-view" aria-labelledby="exchange-heading">
      <h1 id="exchange-heading" className="view-heading" tabIndex={-1}>
        {t('exchange.heading')}
      </h1>
      <p className="sx-lead">{t('exchange.lead')}</p>
      <DeadlineNotice />
      <div className="sx-columns">{parts}</div>
    </section>
  );
}
