import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgendaItem, Sitting } from '../../../../shared/domain/types';
import { formatDayHeading } from '../../i18n/format';
import { selectBusy, useEditorStore, type ItemFields } from '../../stores/editorStore';
import { selectLocale, useSettings } from '../../api/settings';
import { SelectField, TextField } from '../../components/Field';
import { NO_ISSUES, serverIssues, type ServerIssues } from '../serverErrors';
import { ITEM_KINDS } from './itemKinds';

interface Props {
  /** The item to edit, or null to add one. */
  item: AgendaItem | null;
  days: readonly string[];
  onDone(savedTitle: string | null): void;
}

/** Day, sitting, time, title, presenter and kind of an agenda item. */
export function ItemForm({ item, days, onDone }: Props) {
  const { t } = useTranslation();
  const locale = useSettings(selectLocale);
  const busy = useEditorStore(selectBusy) === (item?.id ?? 'add');
  const [values, setValues] = useState<ItemFields & { time: string }>(() => ({
    day: item?.day ?? days[0] ?? '',
    sitting: item?.sitting ?? 'sang',
    time: item?.time ?? '',
    title: item?.title ?? '',
    presenter: item?.presenter ?? '',
    kind: item?.kind ?? 'to_trinh',
  }));
  const [issues, setIssues] = useState<ServerIssues>(NO_ISSUES);
  const dayOptions = useMemo(() => days.map((d) => ({ value: d, label: formatDayHeading(d, locale) })), [days, locale]);
  const set =
    <K extends keyof typeof values>(field: K) =>
    (value: (typeof values)[K]) =>
      setValues((v) => ({ ...v, [field]: value }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const fields: ItemFields = { ...values, time: values.time || null };
    const store = useEditorStore.getState();
    const refusal = item ? await store.updateItem(item.id, fields) : await store.addItem(fields);
    setIssues(serverIssues(refusal));
    if (!refusal) onDone(values.title);
  };

  const heading = item ? t('agendaEditor.editHeading') : t('agendaEditor.addHeading');
  return (
    <form className="ed-form ed-item-form" aria-label={heading} noValidate onSubmit={(e) => void submit(e)}>
      <p className="ed-form-heading">{heading}</p>
      <div className="ed-grid ed-grid-item">
        <SelectField
          name="day"
          label={t('agendaEditor.day')}
          value={values.day}
          options={dayOptions}
          onChange={set('day')}
          error={issues.fields.day}
        />
        <SelectField<Sitting>
          name="sitting"
          label={t('agendaEditor.sitting')}
          value={values.sitting}
          options={(['sang', 'chieu'] as const).map((s) => ({ value: s, label: t(`agenda.sitting.${s}`) }))}
          onChange={set('sitting')}
        />
        <TextField
          name="time"
          type="time"
          label={t('agendaEditor.time')}
          value={values.time}
          onChange={set('time')}
          error={issues.fields.time}
        />
        <SelectField
          name="kind"
          label={t('agendaEditor.kind')}
          value={values.kind}
          options={ITEM_KINDS.map((k) => ({ value: k, label: t(`agendaKind.${k}`) }))}
          onChange={set('kind')}
        />
        <TextField
          name="title"
          className="ed-span-all"
          multiline
          label={t('agendaEditor.title')}
          value={values.title}
          onChange={set('title')}
          error={issues.fields.title}
          required
        />
        <TextField
          name="presenter"
          className="ed-span-all"
          label={t('agendaEditor.presenter')}
          value={values.presenter}
          onChange={set('presenter')}
          error={issues.fields.presenter}
        />
      </div>
      <div className="ed-form-footer">
        <div role="alert" className="ed-form-alert">
          {issues.general && <p className="ed-error">{issues.general}</p>}
        </div>
        <div className="ed-actions">
          <button type="button" className="ed-button" onClick={() => onDone(null)}>
            {t('editor.cancel')}
          </button>
          <button type="submit" className="ed-button ed-button-primary" disabled={busy}>
            {busy ? t('editor.saving') : t(item ? 'agendaEditor.saveItem' : 'agendaEditor.addItem')}
          </button>
        </div>
      </div>
    </form>
  );
}
