import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { COUNCIL_LEVELS, guessLevel, type CouncilLevel } from '../../../../shared/domain/council';
import type { SessionInfo } from '../../../../shared/domain/types';
import { selectBusy, useEditorStore, type SessionFields } from '../../stores/editorStore';
import { SelectField, TextField } from '../../components/Field';
import { NO_ISSUES, serverIssues, type ServerIssues } from '../serverErrors';
import { joinDeadline, splitDeadline } from './deadline';

type Mode = 'update' | 'create';

interface Values {
  council: string;
  councilShort: string;
  level: CouncilLevel;
  term: string;
  name: string;
  place: string;
  startDate: string;
  endDate: string;
  deadlineDate: string;
  deadlineTime: string;
}

const TEXT_FIELDS = ['council', 'councilShort', 'term', 'name', 'place'] as const;

/** Editing starts from the current session; a new one keeps the council, its term and the place. */
function initialValues(session: SessionInfo | null, mode: Mode): Values {
  const deadline = splitDeadline(mode === 'update' ? (session?.commentDeadline ?? null) : null);
  const keep = (v: string | undefined) => v ?? '';
  return {
    council: keep(session?.council),
    councilShort: keep(session?.councilShort),
    level: session?.level ?? 'tinh',
    term: keep(session?.term),
    name: mode === 'update' ? keep(session?.name) : '',
    place: keep(session?.place),
    startDate: mode === 'update' ? keep(session?.startDate) : '',
    endDate: mode === 'update' ? keep(session?.endDate) : '',
    deadlineDate: deadline.date,
    deadlineTime: deadline.time,
  };
}

interface Props {
  session: SessionInfo | null;
  mode: Mode;
  onDone(): void;
}

/** The session's details: council, term, name, place, dates and the comment deadline. */
export function SessionForm({ session, mode, onDone }: Props) {
  const { t } = useTranslation();
  const busy = useEditorStore(selectBusy) === 'session';
  const [values, setValues] = useState<Values>(() => initialValues(session, mode));
  const [issues, setIssues] = useState<ServerIssues>(NO_ISSUES);
  const set = (field: keyof Values) => (value: string) => setValues((v) => ({ ...v, [field]: value }));
  // Typing the council's name proposes its level ("… thành phố Hải Phòng" → thành phố); the list can still change it.
  const setCouncil = (value: string) =>
    setValues((v) => ({ ...v, council: value, level: value.trim() ? guessLevel(value) : v.level }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const deadline = joinDeadline({ date: values.deadlineDate, time: values.deadlineTime });
    if (deadline === 'incomplete') {
      setIssues({ fields: { commentDeadline: t('sessionForm.deadlineNeedsDay') }, general: null });
      return;
    }
    const fields: SessionFields = {
      council: values.council,
      councilShort: values.councilShort,
      level: values.level,
      term: values.term,
      name: values.name,
      place: values.place,
      startDate: values.startDate,
      endDate: values.endDate,
      commentDeadline: deadline,
    };
    const refusal = await useEditorStore.getState().saveSession(mode, fields);
    setIssues(serverIssues(refusal));
    if (!refusal) onDone();
  };

  const fieldCount = Object.keys(issues.fields).length;
  // An empty date box is refused as "not YYYY-MM-DD": say what to do instead.
  const dateError = (field: 'startDate' | 'endDate') =>
    issues.fields[field] && !values[field] ? t('sessionForm.dateMissing') : issues.fields[field];
  return (
    <form className="ed-form ed-session-form" noValidate onSubmit={(e) => void submit(e)}>
      <div className="ed-grid">
        {TEXT_FIELDS.map((field) => (
          <TextField
            key={field}
            name={field}
            className={field === 'council' || field === 'name' || field === 'place' ? 'ed-span-2' : undefined}
            label={t(`sessionForm.${field}`)}
            hint={field === 'councilShort' ? t('sessionForm.councilShortHint') : undefined}
            value={values[field]}
            onChange={field === 'council' ? setCouncil : set(field)}
            error={issues.fields[field]}
            required
          />
        ))}
        <SelectField<CouncilLevel>
          name="level"
          label={t('sessionForm.level')}
          hint={t('sessionForm.levelHint')}
          value={values.level}
          options={COUNCIL_LEVELS.map((l) => ({ value: l, label: t(`sessionForm.levels.${l}`) }))}
          onChange={(level) => setValues((v) => ({ ...v, level }))}
          error={issues.fields.level}
        />
        <TextField
          name="startDate"
          type="date"
          label={t('sessionForm.startDate')}
          value={values.startDate}
          onChange={set('startDate')}
          error={dateError('startDate')}
          required
        />
        <TextField
          name="endDate"
          type="date"
          label={t('sessionForm.endDate')}
          value={values.endDate}
          onChange={set('endDate')}
          error={dateError('endDate')}
          required
        />
        <fieldset className="ed-span-2 ed-deadline">
          <legend>{t('sessionForm.deadline')}</legend>
          <p className="ed-hint">{t('sessionForm.deadlineHint')}</p>
          <div className="ed-inline">
            <TextField
              name="deadlineDate"
              type="date"
              label={t('sessionForm.deadlineDate')}
              value={values.deadlineDate}
              onChange={set('deadlineDate')}
              error={issues.fields.commentDeadline}
            />
            <TextField
              name="deadlineTime"
              type="time"
              label={t('sessionForm.deadlineTime')}
              value={values.deadlineTime}
              onChange={set('deadlineTime')}
            />
          </div>
        </fieldset>
      </div>
      <div className="ed-form-footer">
        <div role="alert" className="ed-form-alert">
          {(issues.general || fieldCount > 0) && (
            <p className="ed-error">{issues.general ?? t('sessionForm.fixFields', { count: fieldCount })}</p>
          )}
        </div>
        <div className="ed-actions">
          <button type="submit" className="ed-button ed-button-primary" disabled={busy}>
            {busy ? t('editor.saving') : t(mode === 'create' ? 'sessionForm.create' : 'sessionForm.save')}
          </button>
        </div>
      </div>
    </form>
  );
}
