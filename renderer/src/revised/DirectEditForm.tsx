import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Block } from '../../../shared/domain/types';
import { useRevisedStore } from '../stores/revisedStore';
import { directEditRange } from './directEditRange';

/**
 * The secretariat rewrites a paragraph itself, with a reason. Only the words that differ become
 * the change (directEditRange), so the rest of the paragraph stays free for other changes.
 */
export function DirectEditForm({ block, onDone }: { block: Block; onDone(): void }) {
  const { t } = useTranslation();
  const busy = useRevisedStore((s) => s.busy);
  const [text, setText] = useState(block.text);
  const [reason, setReason] = useState('');
  const [note, setNote] = useState<string | null>(null);
  const idBase = `rv-edit-${block.id}`;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const range = directEditRange(block.text, text);
    if (!range) return setNote(t('revised.edit.unchanged'));
    setNote(null);
    const done = await useRevisedStore.getState().change({
      from: { blockId: block.id, offset: range.start },
      to: { blockId: block.id, offset: range.end },
      wording: range.wording,
      reason,
    });
    if (done) onDone();
  };
  return (
    <form className="rv-form rv-edit-form" onSubmit={(e) => void submit(e)}>
      <label htmlFor={`${idBase}-text`}>{t('revised.edit.text', { where: block.path ?? block.label ?? '' })}</label>
      <textarea id={`${idBase}-text`} rows={4} value={text} onChange={(e) => setText(e.target.value)} autoFocus />
      <label htmlFor={`${idBase}-reason`}>{t('revised.edit.reason')}</label>
      <textarea id={`${idBase}-reason`} rows={2} value={reason} onChange={(e) => setReason(e.target.value)} />
      {note && (
        <p className="sx-outcome is-error" role="alert">
          {note}
        </p>
      )}
      <div className="rv-form-buttons">
        <button type="submit" className="sx-button sx-button-primary" aria-disabled={busy}>
          {t('revised.edit.save')}
        </button>
        <button type="button" className="sx-button sx-button-quiet" onClick={onDone}>
          {t('revised.cancel')}
        </button>
      </div>
    </form>
  );
}
