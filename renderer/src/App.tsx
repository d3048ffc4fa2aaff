import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alerts } from './components/Alerts';
import { AppHeader } from './components/AppHeader';
import { MAIN_ID, SkipLink } from './components/SkipLink';
import { useDocumentTitle, useFontScale, useHeaderHeight, useInitialLoad, useLocaleSync, useRouteSync } from './hooks/useAppSync';
import { useGlobalShortcuts } from './hooks/useGlobalShortcuts';
import { useScrollMemory } from './hooks/useScrollMemory';
import { navigate, useRoute } from './routing/route';
import { selectSession, useAgendaStore } from './stores/agendaStore';
import { selectCurrentDocument, selectOpenDocumentId, useDocumentStore } from './stores/documentStore';
import { AgendaView } from './views/AgendaView';
import { HomeView } from './views/HomeView';
import { ReaderView } from './views/ReaderView';
import { SearchView } from './views/SearchView';
import { CompileView } from './secretariat/CompileView';
import { ExchangeView } from './secretariat/ExchangeView';
import { screenTitle } from './secretariat/screenTitle';
import { SettingsView } from './settings/SettingsView';
import { EditorView } from './editor/EditorView';
import { SecretariatOnly } from './roles/SecretariatOnly';
import { useOfficeSync } from './roles/useOfficeSync';
import { CommentNotices, CommentsPane, IdentityDialog, useCommentsApp } from './comments/app';

/** Below this width the agenda is a drawer over the content instead of a column. */
const NARROW_QUERY = '(max-width: 900px)';

function useAgendaDrawer(): [boolean, (open: boolean) => void, boolean] {
  const [narrow, setNarrow] = useState(() => window.matchMedia(NARROW_QUERY).matches);
  const [open, setOpen] = useState(() => !window.matchMedia(NARROW_QUERY).matches);
  useEffect(() => {
    const media = window.matchMedia(NARROW_QUERY);
    const onChange = () => {
      setNarrow(media.matches);
      setOpen(!media.matches);
    };
    media.addEventListener('change', onChange);
    return () => media.removeEventListener('change', onChange);
  }, []);
  return [open, setOpen, narrow];
}

export function App() {
  const { t } = useTranslation();
  const route = useRoute();
  const [agendaOpen, setAgendaOpen, narrow] = useAgendaDrawer();
  const openDocumentId = useDocumentStore(selectOpenDocumentId);
  const documentView = useDocumentStore(selectCurrentDocument);
  const session = useAgendaStore(selectSession);

  useInitialLoad();
  useOfficeSync();
  const commentsOpen = useCommentsApp(agendaOpen, setAgendaOpen, route.name === 'doc');
  useLocaleSync();
  useFontScale();
  useGlobalShortcuts();
  useRouteSync(route);
  useScrollMemory(route.name);
  useHeaderHeight('.app-header');
  useDocumentTitle([
    route.name === 'doc'
      ? documentView?.document.title
      : route.name === 'search'
        ? t('search.heading')
        : ((route.name === 'editor' ? t('editor.heading') : screenTitle(route.name, t)) ?? session?.name),
    t('app.name'),
  ]);

  const openDocument = useCallback(
    (documentId: string) => {
      useDocumentStore.getState().requestFocus(documentId, null);
      navigate({ name: 'doc', documentId, blockId: null });
      if (narrow) setAgendaOpen(false);
    },
    [narrow, setAgendaOpen],
  );

  const readerActive = route.name === 'doc';
  return (
    <>
      <SkipLink />
      <AppHeader agendaOpen={agendaOpen} onToggleAgenda={() => setAgendaOpen(!agendaOpen)} />
      <div className={`layout${agendaOpen ? ' agenda-open' : ''}${commentsOpen ? ' comments-open' : ''}`}>
        <nav
          id="agenda"
          className="agenda-pane"
          aria-labelledby="agenda-heading"
          hidden={!agendaOpen}
          onKeyDown={(event) => {
            if (event.key === 'Escape' && narrow) {
              setAgendaOpen(false);
              document.querySelector<HTMLElement>('.agenda-toggle')?.focus();
            }
          }}
        >
          <AgendaView openDocumentId={readerActive ? openDocumentId : null} onOpenDocument={openDocument} />
        </nav>
        <main id={MAIN_ID} className="main-pane" tabIndex={-1}>
          <Alerts />
          <CommentNotices />
          {route.name === 'home' && <HomeView />}
          {(readerActive || openDocumentId) && <ReaderView active={readerActive} />}
          <SearchView active={route.name === 'search'} />
          {route.name === 'exchange' && <ExchangeView />}
          {route.name === 'compile' && (
            <SecretariatOnly>
              <CompileView />
            </SecretariatOnly>
          )}
          {route.name === 'settings' && <SettingsView />}
          {route.name === 'editor' && (
            <SecretariatOnly>
              <EditorView />
            </SecretariatOnly>
          )}
        </main>
        <CommentsPane />
      </div>
      <IdentityDialog />
    </>
  );
}
