import { useTranslation } from 'react-i18next';
import { selectSession, useAgenda } from '../api/agenda';
import { selectAnnouncement, selectScreen, selectTab, useEditorStore } from '../stores/editorStore';
import '../styles/editor.css';
import '../styles/editor-forms.css';
import '../styles/editor-agenda.css';
import '../styles/editor-import.css';
import '../styles/editor-version.css';
import '../styles/editor-roster.css';
import { AgendaEditor } from './agenda/AgendaEditor';
import { EditorTabs, panelId, tabId } from './EditorTabs';
import { ImportReview } from './imports/ImportReview';
import { VersionReview } from './imports/VersionReview';
import { RosterEditor } from './roster/RosterEditor';
import { SessionPanel } from './session/SessionPanel';

/** "Soạn hồ sơ": the secretariat builds the session dossier (session, agenda with documents, roster). */
export function EditorView() {
  const { t } = useTranslation();
  const session = useAgenda(selectSession);
  const tab = useEditorStore(selectTab);
  const screen = useEditorStore(selectScreen);
  const announcement = useEditorStore(selectAnnouncement);
  return (
    <section className="editor" aria-labelledby="editor-heading">
      <div className="ed-top">
        <div>
          <p className="ed-kicker">{session ? `${session.councilShort} ${session.term} · ${session.name}` : ''}</p>
          <h1 id="editor-heading" className="view-heading" tabIndex={-1}>
            {t('editor.heading')}
          </h1>
        </div>
        <EditorTabs current={tab} onSelect={(next) => useEditorStore.getState().setTab(next)} />
      </div>
      <p className={announcement ? 'ed-announce' : 'visually-hidden'} role="status">
        {announcement && <span key={announcement.seq}>{announcement.text}</span>}
      </p>
      <div role="tabpanel" id={panelId(tab)} aria-labelledby={tabId(tab)} className="ed-tabpanel">
        {tab === 'session' && <SessionPanel />}
        {tab === 'agenda' && screen.name === 'agenda' && <AgendaEditor />}
        {tab === 'agenda' && screen.name === 'import' && <ImportReview />}
        {tab === 'agenda' && screen.name === 'version' && <VersionReview />}
        {tab === 'roster' && <RosterEditor />}
      </div>
    </section>
  );
}
