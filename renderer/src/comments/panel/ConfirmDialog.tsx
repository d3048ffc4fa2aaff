import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Modal } from '../shared/Modal';

interface Props {
  title: string;
  body: string;
  confirmLabel: string;
  /** Resolves to an error message to show, or null when done. */
  onConfirm(): Promise<string | null>;
  onClose(): void;
}

/** "Are you sure?" with the consequence spelled out; the safe choice (Hủy) takes focus first. */
export function ConfirmDialog({ title, body, confirmLabel, onConfirm, onClose }: Props) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const confirm = async () => {
    setBusy(true);
    const problem = await onConfirm();
    setBusy(false);
    if (problem) setError(problem);
    else onClose();
  };
  return (
    <Modal
      labelledBy="confirm-title"
      describedBy="confirm-body"
      dismissible={!busy}
      onDismiss={onClose}
      initialFocus=".confirm-cancel"
      className="confirm-dialog"
    >
      <div className="modal-form">
        <header className="modal-head">
          <h2 id="confirm-title">{title}</h2>
        </header>
        <div className="modal-body">
          <p id="confirm-body">{body}</p>
          {error && (
            <p className="form-error" role="alert">
              {error}
            </p>
          )}
        </div>
        <footer className="modal-actions">
          <button type="button" className="button button-danger" onClick={() => void confirm()} disabled={busy}>
            {confirmLabel}
          </button>
          <button type="button" className="button confirm-cancel" onClick={onClose} disabled={busy}>
            {t('comments.form.cancel')}
          </button>
        </footer>
      </div>
    </Modal>
  );
}
