import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DelegateKeyView } from '../../../shared/domain/office';
import { TextField } from '../components/Field';
import { formatDateTime } from '../i18n/format';
import '../styles/editor-forms.css';
import { useDelegateKeys } from '../api/keys';
import { useKeysStore } from '../stores/keysStore';
import { selectLocale, useSettings } from '../api/settings';

/** One new key waiting: both fingerprints, a reason, approve or refuse. */
function HeldKey({ entry }: { entry: DelegateKeyView }) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const busy = useKeysStore((s) => s.busy === entry.authorId);
  const decide = (decision: 'approved' | 'refused') => void useKeysStore.getState().decide(entry.authorId, decision, reason);
  return (
    <div className="sx-held-key" role="group" aria-label={t('roles.keys.heldLabel', { name: entry.name })}>
      {entry.held.map((h) => (
        <p key={h.fingerprint}>
          <strong>{t('roles.held')}</strong> — {t('roles.keys.heldText', { count: h.packages })} {t('roles.keys.old')}{' '}
          <code className="key-fingerprint">{entry.fingerprint}</code>, {t('roles.keys.new')}{' '}
          <code className="key-fingerprint">{h.fingerprint}</code>
        </p>
      ))}
      <TextField label={t('roles.keys.reason')} value={reason} onChange={setReason} />
      <button type="button" className="sx-button sx-button-primary" disabled={busy} onClick={() => decide('approved')}>
        {t('roles.keys.approve')}
      </button>{' '}
      <button type="button" className="sx-button" disabled={busy} onClick={() => decide('refused')}>
        {t('roles.keys.refuse')}
      </button>
    </div>
  );
}

/** "Khóa của đại biểu": each delegate's key fingerprint (the one on their signed sheet) and its history. */
export function KeysPanel() {
  const { t } = useTranslation();
  const locale = useSettings(selectLocale);
  const { keys, error: listError } = useDelegateKeys();
  const error = useKeysStore((s) => s.error) ?? listError;
  if (keys.length === 0 && !error) return null;
  return (
    <div className="sx-step">
      <h3 className="sx-step-heading">{t('roles.keys.heading')}</h3>
      <p className="sx-step-text">{t('roles.keys.text')}</p>
      <ul className="sx-keys">
        {keys.map((k) => (
          <li key={k.authorId} className="sx-key" data-author-id={k.authorId}>
            <p>
              <strong>{k.name}</strong> ({k.delegation}) — <code className="key-fingerprint">{k.fingerprint}</code>
              {k.approved.map((f) => (
                <span key={f}>
                  {' '}
                  + <code className="key-fingerprint">{f}</code>
                </span>
              ))}
            </p>
            {k.decisions.map((d) => (
              <p key={`${d.newFingerprint}-${d.decidedAt}`} className="sx-muted">
                {t(d.decision === 'approved' ? 'roles.keys.approvedOn' : 'roles.keys.refusedOn', {
                  at: formatDateTime(d.decidedAt, locale),
                  fingerprint: d.newFingerprint,
                  reason: d.reason,
                })}
              </p>
            ))}
            {k.held.length > 0 && <HeldKey entry={k} />}
          </li>
        ))}
      </ul>
      {error && (
        <p className="sx-outcome is-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
