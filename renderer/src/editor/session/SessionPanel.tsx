import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { selectSession, useAgenda } from '../../api/agenda';
import { useEditorStore } from '../../stores/editorStore';
import { SessionForm } from './SessionForm';

type Mode = 'update' | 'create';

/** Edit the current session, or start a new one (which becomes the current session). */
export function SessionPanel() {
  const { t } = useTranslation();
  const session = useAgenda(selectSession);
  const [mode, setMode] = useState<Mode>('update');
  return (
    <section className="ed-panel" aria-labelledby="ed-session-heading">
      <div className="ed-panel-head">
        <h2 id="ed-session-heading" className="ed-panel-title">
          {t('sessionForm.heading')}
        </h2>
        <fieldset className="ed-choice">
          <legend className="visually-hidden">{t('sessionForm.modeLabel')}</legend>
          {(['update', 'create'] as const).map((m) => (
            <label key={m} className={mode === m ? 'is-checked' : undefined}>
              <input type="radio" name="session-mode" value={m} checked={mode === m} onChange={() => setMode(m)} />
              {t(`sessionForm.mode.${m}`)}
            </label>
          ))}
        </fieldset>
      </div>
      <p className="ed-lead">{t(mode === 'create' ? 'sessionForm.createLead' : 'sessionForm.updateLead')}</p>
      <SessionForm
        key={`${mode}:${session?.id ?? ''}`}
        session={session}
        mode={mode}
        onDone={() => {
          if (mode === 'create') {
            setMode('update');
            useEditorStore.getState().setTab('agenda');
          }
        }}
      />
    </section>
  );
}
