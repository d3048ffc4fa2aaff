import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Identity } from '../../../../shared/domain/types';
import { selectIdentityDialog, useIdentityStore, type IdentityInput } from '../../stores/identityStore';
import { selectIdentity, selectRoster, selectRosterIllustrative, useIdentityError, useIdentityView } from '../../api/identity';
import { Modal } from '../shared/Modal';
import { RosterPicker } from './RosterPicker';

type Mode = 'roster' | 'manual';

/** The "Bạn là ai?" dialog: pick oneself from the roster or type a name and delegation. */
export function IdentityDialog() {
  const dialog = useIdentityStore(selectIdentityDialog);
  const identity = useIdentityView(selectIdentity);
  if (!dialog) return null;
  // Remount per opening so the fields start from the stored identity.
  return <IdentityForm key={identity?.authorId ?? 'none'} identity={identity} required={dialog.reason === 'required'} />;
}

function IdentityForm({ identity, required }: { identity: Identity | null; required: boolean }) {
  const { t } = useTranslation();
  const roster = useIdentityView(selectRoster);
  const illustrative = useIdentityView(selectRosterIllustrative);
  const saving = useIdentityStore((s) => s.saving);
  const saveError = useIdentityStore((s) => s.error);
  const loadError = useIdentityError();
  const [mode, setMode] = useState<Mode>(identity && !identity.rosterId ? 'manual' : 'roster');
  const [rosterId, setRosterId] = useState<string | null>(identity?.rosterId ?? null);
  const [name, setName] = useState(identity && !identity.rosterId ? identity.name : '');
  const [delegation, setDelegation] = useState(identity && !identity.rosterId ? identity.delegation : '');
  const [problem, setProblem] = useState<string | null>(null);
  const delegations = useMemo(() => [...new Set(roster.map((e) => e.delegation))], [roster]);
  const close = () => useIdentityStore.getState().closeDialog();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    let input: IdentityInput;
    if (mode === 'roster') {
      if (!rosterId) return setProblem(t('identity.pickSomeone'));
      input = { rosterId };
    } else {
      if (!name.trim() || !delegation.trim()) return setProblem(t('identity.nameRequired'));
      input = { name: name.trim(), delegation: delegation.trim() };
    }
    setProblem(null);
    void useIdentityStore.getState().save(input);
  };

  const message = problem ?? saveError ?? loadError;
  return (
    <Modal
      labelledBy="identity-title"
      describedBy="identity-description"
      dismissible={!saving}
      onDismiss={close}
      className="identity-dialog"
    >
      <form className="modal-form" onSubmit={submit} noValidate>
        <header className="modal-head">
          <h2 id="identity-title">{t(identity ? 'identity.changeTitle' : 'identity.title')}</h2>
          <p id="identity-description" className="modal-lead">
            {t(required ? 'identity.requiredLead' : 'identity.lead')}
          </p>
        </header>
        <div className="modal-body">
          <fieldset className="choice-row">
            <legend className="field-label">{t('identity.modeLegend')}</legend>
            {(['roster', 'manual'] as const).map((m) => (
              <label key={m} className="choice">
                <input type="radio" name="identity-mode" checked={mode === m} onChange={() => setMode(m)} />
                {t(`identity.mode.${m}`)}
              </label>
            ))}
          </fieldset>
          {mode === 'roster' ? (
            <RosterPicker roster={roster} illustrative={illustrative} selectedId={rosterId} onSelect={setRosterId} />
          ) : (
            <div className="manual-identity">
              <label className="field">
                <span className="field-label">{t('identity.name')}</span>
                <input className="field-input" value={name} onChange={(e) => setName(e.target.value)} autoComplete="name" />
              </label>
              <label className="field">
                <span className="field-label">{t('identity.delegation')}</span>
                <input
                  className="field-input"
                  value={delegation}
                  onChange={(e) => setDelegation(e.target.value)}
                  list="delegation-options"
                  autoComplete="off"
                />
                <datalist id="delegation-options">
                  {delegations.map((d) => (
                    <option key={d} value={d} />
                  ))}
                </datalist>
              </label>
            </div>
          )}
          {identity && (
            <p className="field-hint">{t(identity.rosterId ? 'identity.changeHintRoster' : 'identity.changeHintTyped')}</p>
          )}
          {message && (
            <p className="form-error" role="alert">
              {message}
            </p>
          )}
        </div>
        <footer className="modal-actions">
          <button type="submit" className="button button-primary" disabled={saving}>
            {t(required ? 'identity.saveAndContinue' : 'identity.save')}
          </button>
          <button type="button" className="button" onClick={close} disabled={saving}>
            {t(identity ? 'identity.cancel' : 'identity.later')}
          </button>
        </footer>
      </form>
    </Modal>
  );
}
