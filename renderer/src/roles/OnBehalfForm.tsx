import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { STANCES, type Stance } from '../../../shared/domain/comments';
import { onBehalfSource, type OnBehalfSourceKind } from '../../../shared/domain/office';
import { api } from '../api/client';
import { fetchDocument } from '../api/documents';
import { selectRoster, useIdentityView } from '../api/identity';
import { LabelledField, SelectField, TextField } from '../components/Field';
import { selectItems, useAgenda } from '../api/agenda';
import { refreshCompiled } from '../api/compile';
import '../styles/editor-forms.css';
import '../styles/roles.css';

type For = 'delegate' | 'delegation';
const SOURCE_KINDS: readonly OnBehalfSourceKind[] = ['paper', 'discussion', 'other'];
const today = (): string => new Date().toISOString().slice(0, 10);

/** The passage the quote was copied from, located like the terminal's `comment --quote`. */
async function locate(documentId: string, quote: string) {
  const document = await fetchDocument(documentId);
  if (!document.ok) return { error: document.message };
  const q = quote.normalize('NFC').trim();
  const block = document.view.blocks.find((b) => b.text.includes(q));
  if (!block) return { error: null };
  const start = block.text.indexOf(q);
  return { anchor: { blockId: block.id, start, end: start + q.length, quote: q } };
}

/**
 * "Nhập thay": the secretariat enters a comment received on paper or spoken in a Tổ's discussion,
 * for a delegate or a Tổ as a whole, with where it came from. Never signed as the delegate: it is
 * marked "nhập thay" with its source in the compilation and the report.
 */
export function OnBehalfForm() {
  const { t } = useTranslation();
  const items = useAgenda(selectItems);
  const roster = useIdentityView(selectRoster);
  const [forWhom, setForWhom] = useState<For>('delegate');
  const [rosterId, setRosterId] = useState('');
  const [delegation, setDelegation] = useState('');
  const [documentId, setDocumentId] = useState('');
  const [quote, setQuote] = useState('');
  const [stance, setStance] = useState<Stance>('y_kien_khac');
  const [text, setText] = useState('');
  const [wording, setWording] = useState('');
  const [sourceKind, setSourceKind] = useState<OnBehalfSourceKind>('paper');
  const [sourceOther, setSourceOther] = useState('');
  const [date, setDate] = useState(today);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const delegations = [...new Set(roster.map((r) => r.delegation))];
  const pick = { value: '', label: t('roles.onBehalf.pick') };
  const documents = items.flatMap((item) => item.documents.map((d) => ({ ...d, itemId: item.id })));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    setSaved(null);
    const doc = documents.find((d) => d.id === documentId);
    if (!doc) return setError(t('roles.onBehalf.needDocument'));
    if (forWhom === 'delegate' ? !rosterId : !delegation) return setError(t('roles.onBehalf.needWho'));
    if (sourceKind === 'other' && !sourceOther.trim()) return setError(t('roles.onBehalf.needSource'));
    setBusy(true);
    let anchor = null;
    if (quote.trim()) {
      const found = await locate(doc.id, quote);
      if (!('anchor' in found) || !found.anchor) {
        setBusy(false);
        return setError(found.error ?? t('roles.onBehalf.quoteNotFound'));
      }
      anchor = found.anchor;
    }
    const source = onBehalfSource(sourceKind, sourceOther, date);
    const reply = await api.commentsCreateOnBehalf({
      itemId: doc.itemId,
      documentId: doc.id,
      anchor,
      stance,
      text,
      proposedText: wording.trim() ? wording : null,
      onBehalf: forWhom === 'delegate' ? { rosterId, source } : { delegation, source },
    });
    setBusy(false);
    if (!reply.ok) return setError(reply.error.message);
    setSaved(t('roles.onBehalf.saved', { name: reply.value.author.name, source }));
    setText('');
    setWording('');
    setQuote('');
    void refreshCompiled();
  };

  return (
    <form className="sx-step rl-on-behalf" aria-labelledby="on-behalf-heading" onSubmit={(e) => void submit(e)}>
      <h3 id="on-behalf-heading" className="sx-step-heading">
        {t('roles.onBehalf.heading')}
      </h3>
      <p className="sx-step-text">{t('roles.onBehalf.text')}</p>
      <fieldset className="rl-fieldset">
        <legend className="field-label">{t('roles.onBehalf.for')}</legend>
        {(['delegate', 'delegation'] as const).map((f) => (
          <label key={f} className="rl-radio">
            <input type="radio" name="on-behalf-for" checked={forWhom === f} onChange={() => setForWhom(f)} />{' '}
            {t(`roles.onBehalf.for_${f}`)}
          </label>
        ))}
      </fieldset>
      {forWhom === 'delegate' ? (
        <SelectField
          id="rl-ob-delegate"
          label={t('roles.onBehalf.delegate')}
          value={rosterId}
          onChange={setRosterId}
          options={[pick, ...roster.map((r) => ({ value: r.id, label: `${r.name} — ${r.delegation}` }))]}
        />
      ) : (
        <SelectField
          id="rl-ob-delegation"
          label={t('roles.onBehalf.delegation')}
          value={delegation}
          onChange={setDelegation}
          options={[pick, ...delegations.map((d) => ({ value: d, label: d }))]}
        />
      )}
      <LabelledField id="rl-ob-document" label={t('roles.onBehalf.document')}>
        {(aria) => (
          <select {...aria} value={documentId} onChange={(e) => setDocumentId(e.target.value)}>
            <option value="">{pick.label}</option>
            {items
              .filter((item) => item.documents.length > 0)
              .map((item) => (
                <optgroup key={item.id} label={item.title}>
                  {item.documents.map((d) => (
                    <option key={d.id} value={d.id}>
                      {d.title}
                    </option>
                  ))}
                </optgroup>
              ))}
          </select>
        )}
      </LabelledField>
      <TextField id="rl-ob-quote" label={t('roles.onBehalf.quote')} value={quote} onChange={setQuote} />
      <fieldset className="rl-fieldset">
        <legend className="field-label">{t('roles.onBehalf.stance')}</legend>
        {STANCES.map((s) => (
          <label key={s} className="rl-radio">
            <input type="radio" name="on-behalf-stance" checked={stance === s} onChange={() => setStance(s)} />{' '}
            {t(`comments.stance.${s}`)}
          </label>
        ))}
      </fieldset>
      <TextField
        id="rl-ob-commentText"
        label={t('roles.onBehalf.commentText')}
        multiline
        rows={3}
        value={text}
        onChange={setText}
      />
      <TextField id="rl-ob-wording" label={t('roles.onBehalf.wording')} multiline value={wording} onChange={setWording} />
      <div className="rl-source-row">
        <SelectField<OnBehalfSourceKind>
          id="rl-ob-source"
          label={t('roles.onBehalf.source')}
          value={sourceKind}
          onChange={setSourceKind}
          options={SOURCE_KINDS.map((k) => ({ value: k, label: t(`roles.onBehalf.source_${k}`) }))}
        />
        {sourceKind === 'other' && (
          <TextField
            id="rl-ob-sourceOther"
            label={t('roles.onBehalf.sourceOther')}
            value={sourceOther}
            onChange={setSourceOther}
          />
        )}
        <TextField id="rl-ob-date" label={t('roles.onBehalf.date')} type="date" value={date} onChange={setDate} />
      </div>
      <button type="submit" className="sx-button sx-button-primary" disabled={busy} aria-busy={busy}>
        {t('roles.onBehalf.submit')}
      </button>
      <div aria-live="polite">
        {saved && <p className="sx-outcome is-ok">{saved}</p>}
        {error && (
          <p className="sx-outcome is-error" role="alert">
            {error}
          </p>
        )}
      </div>
    </form>
  );
}
