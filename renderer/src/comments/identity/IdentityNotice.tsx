import { useTranslation } from 'react-i18next';
import { selectIdentityMissing, useIdentityView } from '../../api/identity';
import { useIdentityStore } from '../../stores/identityStore';

/**
 * First run: a calm invitation to say who you are, above the content. It does not block reading;
 * "Để sau" puts it away for this session, and writing a comment asks again.
 */
export function IdentityNotice() {
  const { t } = useTranslation();
  const missing = useIdentityView(selectIdentityMissing);
  const postponed = useIdentityStore((s) => s.postponed);
  if (!missing || postponed) return null;
  const store = useIdentityStore.getState;
  return (
    <section className="notice identity-notice" aria-labelledby="identity-notice-title">
      <div className="notice-text">
        <h2 id="identity-notice-title" className="notice-title">
          {t('identity.noticeTitle')}
        </h2>
        <p>{t('identity.noticeBody')}</p>
      </div>
      <div className="notice-actions">
        <button type="button" className="button button-primary" onClick={() => store().openDialog('change')}>
          {t('identity.noticePick')}
        </button>
        <button type="button" className="button" onClick={() => store().postpone()}>
          {t('identity.later')}
        </button>
      </div>
    </section>
  );
}
