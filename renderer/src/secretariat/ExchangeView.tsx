import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { selectIdentity, useIdentityStore } from '../stores/identityStore';
import '../styles/secretariat-exchange.css';
import { DeadlineNotice } from './DeadlineNotice';
import { DelegateExchange } from './DelegateExchange';
import { useFileDropGuard } from './DropZone';
import { SecretariatExchange } from './SecretariatExchange';

/** "Trao đổi tệp": packages in and out. The part for the user's role comes first. */
export function ExchangeView() {
  const { t } = useTranslation();
  const role = useIdentityStore(selectIdentity)?.role ?? null;
  useFileDropGuard();
  useEffect(() => {
    // The identity may have changed in another screen or dialog since it was loaded.
    void useIdentityStore.getState().load();
  }, []);
  const parts = [<DelegateExchange key="delegate" />, <SecretariatExchange key="secretariat" />];
  if (role === 'thu_ky') parts.reverse();
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
