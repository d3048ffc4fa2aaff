import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useOtherIdentities } from '../api/identity';
import '../styles/roles.css';

/**
 * This machine holds comments written under another identity (the delegate switched names, or
 * two delegates share it): say whose and how many, and show them on request. They are kept, not
 * deleted; they are only not "mine" now. Never hidden silently.
 */
export function OtherIdentityNotice() {
  const { t } = useTranslation();
  const others = useOtherIdentities();
  const [shown, setShown] = useState(false);
  if (others.length === 0) return null;
  return (
    <section className="notice rl-others" aria-labelledby="rl-others-title" data-testid="other-identities">
      <div className="notice-text">
        <h2 id="rl-others-title" className="notice-title">
          {t('roles.others.title')}
        </h2>
        {others.map((o) => (
          <p key={o.authorId}>{t('roles.others.line', { count: o.count, name: o.name, delegation: o.delegation })}</p>
        ))}
        <p>{t('roles.others.kept')}</p>
        {shown && (
          <ul className="rl-others-list" aria-label={t('roles.others.listLabel')}>
            {others.flatMap((o) =>
              o.comments.map((c) => (
                <li key={c.id}>
                  <strong>{o.name}</strong>
                  {c.anchor && <span className="rl-others-quote"> “{c.anchor.quote}”</span>}: {c.text}{' '}
                  <span className="sx-muted">({t(`comments.stance.${c.stance}`)})</span>
                </li>
              )),
            )}
          </ul>
        )}
      </div>
      <div className="notice-actions">
        <button type="button" className="button" aria-expanded={shown} onClick={() => setShown(!shown)}>
          {t(shown ? 'roles.others.hide' : 'roles.others.show')}
        </button>
      </div>
    </section>
  );
}
