import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { archiveLine, SIGNER_PRESETS, type ReportSettingsView } from '../../../shared/domain/report-settings';
import { api } from '../api/client';
import { SelectField, TextField } from '../components/Field';
import '../styles/editor-forms.css';

interface Values {
  number: string;
  date: string;
  /** A preset's index, or "other" for a typed capacity and title. */
  preset: string;
  signerCapacity: string;
  signerTitle: string;
  signerName: string;
  recipients: string;
  archive: string;
}

const OTHER = 'other';

function valuesOf(view: ReportSettingsView): Values {
  const e = view.effective;
  const preset = SIGNER_PRESETS.findIndex((p) => p.capacity === e.signerCapacity && p.title === e.signerTitle);
  return {
    number: e.number,
    date: e.date ?? '',
    preset: preset >= 0 ? String(preset) : OTHER,
    signerCapacity: e.signerCapacity,
    signerTitle: e.signerTitle,
    signerName: e.signerName,
    recipients: e.recipients.join('\n'),
    archive: e.archive,
  };
}

/**
 * The compiled report's settings, on the compilation screen: number and date, who signs it and in
 * what capacity, Nơi nhận and the "Lưu" unit. Empty fields take the session's defaults.
 */
export function ReportSettingsForm() {
  const { t } = useTranslation();
  const [values, setValues] = useState<Values | null>(null);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    void api.reportSettingsGet().then((result) => {
      if (result.ok) setValues(valuesOf(result.value));
      else setMessage({ text: result.error.message, error: true });
    });
  }, []);

  if (!values) return message ? <p role="alert">{message.text}</p> : null;
  const set = (field: keyof Values) => (value: string) => setValues((v) => (v ? { ...v, [field]: value } : v));
  const choosePreset = (preset: string) => {
    const p = SIGNER_PRESETS[Number(preset)];
    setValues((v) => (v ? { ...v, preset, ...(p ? { signerCapacity: p.capacity, signerTitle: p.title } : {}) } : v));
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    const result = await api.reportSettingsSave({
      number: values.number,
      date: values.date,
      signerCapacity: values.signerCapacity,
      signerTitle: values.signerTitle,
      signerName: values.signerName,
      recipients: values.recipients.split('\n'),
      archive: values.archive,
    });
    setBusy(false);
    if (result.ok) {
      setValues(valuesOf(result.value));
      setMessage({ text: t('reportSettings.saved'), error: false });
    } else setMessage({ text: result.error.message, error: true });
  };

  const presetOptions = [
    ...SIGNER_PRESETS.map((p, i) => ({ value: String(i), label: `${p.capacity} / ${p.title}` })),
    { value: OTHER, label: t('reportSettings.otherSigner') },
  ];
  return (
    <details className="sx-report-settings">
      <summary>{t('reportSettings.heading')}</summary>
      <form className="ed-form" noValidate onSubmit={(e) => void submit(e)}>
        <p className="ed-hint">{t('reportSettings.lead')}</p>
        <div className="ed-grid">
          <TextField
            name="reportNumber"
            label={t('reportSettings.number')}
            prefix={t('reportSettings.numberPrefix')}
            hint={t('reportSettings.numberHint')}
            value={values.number}
            onChange={set('number')}
          />
          <TextField
            name="reportDate"
            type="date"
            label={t('reportSettings.date')}
            hint={t('reportSettings.dateHint')}
            value={values.date}
            onChange={set('date')}
          />
          <SelectField
            name="signerPreset"
            className="ed-span-2"
            label={t('reportSettings.signer')}
            value={values.preset}
            options={presetOptions}
            onChange={choosePreset}
          />
          {values.preset === OTHER && (
            <>
              <TextField
                name="signerCapacity"
                label={t('reportSettings.capacity')}
                value={values.signerCapacity}
                onChange={set('signerCapacity')}
              />
              <TextField
                name="signerTitle"
                label={t('reportSettings.title')}
                value={values.signerTitle}
                onChange={set('signerTitle')}
              />
            </>
          )}
          <TextField
            name="signerName"
            className="ed-span-2"
            label={t('reportSettings.name')}
            value={values.signerName}
            onChange={set('signerName')}
          />
          <TextField
            name="recipients"
            className="ed-span-2"
            multiline
            label={t('reportSettings.recipients')}
            hint={t('reportSettings.recipientsHint')}
            value={values.recipients}
            onChange={set('recipients')}
          />
          <TextField
            name="archive"
            label={t('reportSettings.archive')}
            hint={archiveLine(values.archive.trim())}
            value={values.archive}
            onChange={set('archive')}
          />
        </div>
        <div className="ed-form-footer">
          <div role="status" className="ed-form-alert">
            {message && <p className={message.error ? 'ed-error' : 'ed-hint'}>{message.text}</p>}
          </div>
          <div className="ed-actions">
            <button type="submit" className="ed-button ed-button-primary" disabled={busy}>
              {t('reportSettings.save')}
            </button>
          </div>
        </div>
      </form>
    </details>
  );
}
