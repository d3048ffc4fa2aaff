import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAgendaState } from '../api/agenda';
import { useOpenDocument } from '../stores/documentStore';
import { useSearch } from '../api/search';
import { selectAsked, useSearchStore } from '../stores/searchStore';
import { useSettingsStore } from '../stores/settingsStore';

interface Message {
  key: string;
  text: string;
  dismiss(): void;
}

/** Error messages from main (already in the user's words) in one live alert region. */
export function Alerts() {
  const { t } = useTranslation();
  // The agenda's failure is the query's error; dismissing it is this view's own state.
  const agendaError = useAgendaState().error;
  const [dismissedAgenda, setDismissedAgenda] = useState<Error | null>(null);
  const agenda = agendaError && agendaError !== dismissedAgenda ? agendaError.message : null;
  const documentFailure = useOpenDocument().error;
  const [dismissedDocument, setDismissedDocument] = useState<Error | null>(null);
  const documentError = documentFailure && documentFailure !== dismissedDocument ? documentFailure.message : null;
  const searchError = useSearch(useSearchStore(selectAsked)).error;
  const search = useSearchStore((s) => s.errorDismissed) ? null : searchError;
  const settings = useSettingsStore((s) => s.error);
  const messages: Message[] = [];
  if (agenda) messages.push({ key: 'agenda', text: agenda, dismiss: () => setDismissedAgenda(agendaError) });
  if (documentError)
    messages.push({ key: 'document', text: documentError, dismiss: () => setDismissedDocument(documentFailure) });
  if (search) messages.push({ key: 'search', text: search, dismiss: () => useSearchStore.getState().dismissError() });
  if (settings) messages.push({ key: 'settings', text: settings, dismiss: () => useSettingsStore.getState().dismissError() });
  return (
    <div className="alerts" role="alert">
      {messages.map((m) => (
        <div key={m.key} className="alert">
          <p>
            <strong>{t('app.errorTitle')}: </strong>
            {m.text}
          </p>
          <button type="button" className="alert-dismiss" onClick={m.dismiss}>
            {t('app.dismiss')}
          </button>
        </div>
      ))}
    </div>
  );
}
