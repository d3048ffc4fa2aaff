import { useTranslation } from 'react-i18next';
import { selectIdentity, useIdentityView } from '../../api/identity';
import { useIdentityStore } from '../../stores/identityStore';

/** "Tôi là …" in the header: who this installation speaks for; opens the dialog to change it. */
export function IdentityButton() {
  const { t } = useTranslation();
  const identity = useIdentityView(selectIdentity);
  const open = () => useIdentityStore.getState().openDialog('change');
  return (
    <button
      type="button"
      className={`header-button identity-button${identity ? '' : ' is-missing'}`}
      onClick={open}
      aria-haspopup="dialog"
      title={identity ? t('identity.buttonTitle', { name: identity.name, delegation: identity.delegation }) : undefined}
    >
      <span className="identity-icon" aria-hidden="true" />
      {identity ? (
        <span className="identity-button-text">
          <span className="visually-hidden">{t('identity.iAm')} </span>
          {identity.name}
        </span>
      ) : (
        t('identity.whoAreYou')
      )}
    </button>
  );
}
