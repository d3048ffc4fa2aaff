import { useTranslation } from 'react-i18next';
import type { Role } from '../../../shared/domain/types';
import { selectIdentity, useIdentityStore } from '../stores/identityStore';
import { useRoleStore, useShownRole } from './roleStore';

const ROLES: readonly Role[] = ['dai_bieu', 'thu_ky'];

/** Đại biểu / Thư ký. Needs an identity: without one, offers the identity dialog first. */
export function RoleSection() {
  const { t } = useTranslation();
  const identity = useIdentityStore(selectIdentity);
  const loaded = useIdentityStore((s) => s.status === 'ready' || s.status === 'error');
  const role = useShownRole();
  const saving = useRoleStore((s) => s.pending !== null);
  const error = useRoleStore((s) => s.error);
  const setRole = useRoleStore((s) => s.setRole);
  return (
    <section className="sx-card" aria-labelledby="settings-role">
      <h2 id="settings-role" className="sx-card-heading">
        {t('settings.role.heading')}
      </h2>
      {loaded && !identity && (
        <>
          <p className="sx-step-text">{t('settings.role.noIdentity')}</p>
          <button
            type="button"
            className="sx-button sx-button-primary"
            aria-haspopup="dialog"
            onClick={() => useIdentityStore.getState().openDialog('change')}
          >
            {t('settings.role.pickIdentity')}
          </button>
        </>
      )}
      {identity && (
        <>
          <p className="sx-step-text">{t('settings.role.who', { name: identity.name, delegation: identity.delegation })}</p>
          <fieldset className="sx-role-options" aria-busy={saving}>
            <legend>{t('settings.role.legend')}</legend>
            {ROLES.map((r) => (
              <label key={r} className="sx-role-option">
                <input type="radio" name="sx-role" value={r} checked={role === r} onChange={() => void setRole(r)} />
                <span>
                  <strong>{t(`settings.role.${r}`)}</strong>
                  <span className="sx-role-desc">{t(`settings.role.${r}Desc`)}</span>
                </span>
              </label>
            ))}
          </fieldset>
        </>
      )}
      {error && (
        <p className="sx-outcome is-error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
