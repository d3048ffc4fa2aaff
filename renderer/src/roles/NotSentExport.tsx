import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NotSentFormat, NotSentResult } from '../../../shared/domain/office';
import { api } from '../api/client';
import { LabelledField } from '../components/Field';
import '../styles/editor-forms.css';
import { ErrorNote, SavedFileNote } from '../secretariat/SavedFileNote';

type Task = { status: 'idle' | 'working' | 'done' | 'error'; result: NotSentResult | null; error: string | null };
const IDLE: Task = { status: 'idle', result: null, error: null };

/**
 * "Đại biểu chưa gửi góp ý": the list as PDF (to print) or CSV (for a spreadsheet), saved where
 * the door decides (the save dialog, or a download on the web door), and the reminder to copy.
 */
export function NotSentExport() {
  const { t } = useTranslation();
  const [task, setTask] = useState<Task>(IDLE);
  const save = async (format: NotSentFormat) => {
    if (task.status === 'working') return;
    setTask({ status: 'working', result: null, error: null });
    const reply = await api.rosterExportNotSent({ format });
    if (reply.ok) setTask({ status: 'done', result: reply.value, error: null });
    else if (reply.error.code === 'cancelled') setTask(IDLE);
    else setTask({ status: 'error', result: null, error: reply.error.message });
  };
  const result = task.result;
  return (
    <div className="sx-step" data-testid="not-sent">
      <h3 className="sx-step-heading">{t('roles.notSent.heading')}</h3>
      <p className="sx-step-text">{t('roles.notSent.text')}</p>
      <div className="sx-button-row">
        <button type="button" className="sx-button" aria-busy={task.status === 'working'} onClick={() => void save('pdf')}>
          {t('roles.notSent.pdf')}
        </button>{' '}
        <button type="button" className="sx-button" aria-busy={task.status === 'working'} onClick={() => void save('csv')}>
          {t('roles.notSent.csv')}
        </button>
      </div>
      <div aria-live="polite">
        {result && (
          <>
            <p className="sx-step-text">{t('roles.notSent.count', { count: result.count })}</p>
            <SavedFileNote saved={result} />
            <LabelledField label={t('roles.notSent.reminder')}>
              {(aria) => (
                <textarea {...aria} readOnly rows={4} value={result.reminder} onFocus={(e) => e.currentTarget.select()} />
              )}
            </LabelledField>
          </>
        )}
      </div>
      {task.error && <ErrorNote message={task.error} />}
    </div>
  );
}
