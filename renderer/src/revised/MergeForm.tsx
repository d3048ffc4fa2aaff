import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useRevisedStore } from '../stores/revisedStore';

/**
 * "Viết cách viết hợp nhất": one wording over the passage the conflicting changes cover together,
 * with the reason; every comment behind them stays behind the merged change.
 */
export function MergeForm({ changeIds, passage, onDone }: { changeIds: string[]; passage: string; onDone(): void }) {
  const { t } = useTranslation();
  const busy = useRevisedStore((s) => s.busy);
  const [wording, setWording] = useState(passage);
  const [reason, setReason] = useState('');
  const idBase = `rv-merge-${changeIds[0]}`;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const done = await useRevisedStore.getState().resolve({ changeIds, resolution: { kind: 'merge', wording, reason } });
    if (done) onDone();
  };
  return (
    <form className="rv-form" onSubmit={(e) => void submit(e)}>
      <p className="sx-muted">{t('revised.merge.hint')}</p>
      <label htmlFor={`${idBase}-wording`}>{t('revised.merge.wording')}</label>
      <textarea id={`${idBase}-wording`} rows={3} value={wording} onChange={(e) => setWording(e.target.value)} />
      <label htmlFor={`${idBase}-reason`}>{t('revised.merge.reason')}</label>
      <textarea id={`${idBase}-reason`} rows={2} value={reason} onChange={(e) => setReason(e.target.value)} />
      <div className="rv-form-buttons">
        <button type="submit" className="sx-button sx-button-primary" aria-disabled={busy}>
          {t('revised.merge.save')}
        </button>
        <button type="button" className="sx-button sx-button-quiet" onClick={onDone}>
          {t('revised.cancel')}
        </button>
      </div>
    </form>
  );
}
