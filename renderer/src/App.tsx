import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alerts } from './components/Alerts';
import { AppHeader } from './layout/AppHeader';
import { MAIN_ID, SkipLink } from './components/SkipLink';
import { useDocumentTitle, useFontScale, useHeaderHeight, useInitialLoad, useLocaleSync, useRouteSync } from './hooks/useAppSync';
import { useGlobalShortcuts } from './hooks/useGlobalShortcuts';
import { useScrollMemory } from './hooks/useScrollMemory';
import { navigate, useRoute } from './routing/route';
import { selectSession, useAgenda as useAgendaData } from './api/agenda';
import { selectOpenDocumentId, useDocumentStore, useOpenDocument } from './stores/documentStore';
import { AgendaView } from './views/AgendaView';
import { HomeView } from './views/HomeView';
import { ReaderView } from './views/ReaderView';
import { SearchView } from './views/SearchView';
import { useCompilePrefetch } from './secretariat/compilePrefetch';
import { screenTitle } from './secretariat/screenTitle';
import { CompileView, EditorView, ExchangeView, RevisedDraftView, ScreenLoader, SettingsView } from './routing/screens';
import { CommentNotices, CommentsPane, IdentityDialog, useCommentsApp, useCommentsPaneOpen } from './comments/app';
import { useLayoutFit } from './layout/useLayoutFit';
import { SecretariatOnly } from './roles/SecretariatOnly';
import { useOfficeSync } from './roles/useOfficeSync';

/** Below this width the agenda starts closed (it would be a drawer over the content). */
const NARROW_QUERY = '(max-width: 900px)';

/**
 * The agenda's open state. It closes itself when it would cover the reader (it turned into a
 * drawer: a document opened, the text grew, the window shrank); the user may open it again.
 */
function useAgenda(overlay: boolean, readerActive: boolean): [boolean, (open: boolean) => void] {
  const [open, setOpen] = useState(() => !window.matchMedia(NARROW_QUERY).matches);
  const folds = overlay && readerActive;
  const [folded, setFolded] = useState(folds);
  if (folds !== folded) {
    setFolded(folds);
    if (folds) setOpen(false);
  }
  return [open, setOpen];
}

export function App() {
  const { t } = useTranslation();
  const route = useRoute();
  const readerActive = route.name === 'doc';
  useFontScale();
  const fit = useLayoutFit(useCommentsPaneOpen(), readerActive);
  const narrow = fit.agenda === 'overlay';
  const [agendaOpen, setAgendaOpen] = useAgenda(narrow, readerActive);
  const openDocumentId = useDocumentStore(selectOpenDocumentId);
  const documentView = useOpenDocument().view;
  const session = useAgendaData(selectSession);

  useInitialLoad();
  useOfficeSync();
  useCompilePrefetch(route.name);
  const commentsOpen = useCommentsApp(agendaOpen, setAgendaOpen, readerActive, fit.agendaWithComments === 'docked');
  useLocaleSync();
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

  const layoutClass = [
    'layout',
    agendaOpen && 'agenda-open',
    commentsOpen && 'comments-open',
    narrow && 'agenda-overlay',
    fit.comments === 'overlay' && 'comments-overlay',
  ]
    .filter(Boolean)
    .join(' ');
  // Only docked panes take a column; an overlaid one is fixed over the content.
  const columns = [
    agendaOpen && !narrow && 'var(--agenda-width)',
    'minmax(0, 1fr)',
    commentsOpen && fit.comments === 'docked' && 'var(--pane-width)',
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <>
      <SkipLink />
      <AppHeader agendaOpen={agendaOpen} onToggleAgenda={() => setAgendaOpen(!agendaOpen)} />
      <div className={layoutClass} style={{ gridTemplateColumns: columns }}>
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
          <ScreenLoader>
            {route.name === 'exchange' && <ExchangeView />}
            {route.name === 'compile' && (
              <SecretariatOnly>
                <CompileView />
              </SecretariatOnly>
            )}
            {route.name === 'revised' && (
              <SecretariatOnly>
                <RevisedDraftView documentId={route.documentId} />
              </SecretariatOnly>
            )}
            {route.name === 'settings' && <SettingsView />}
            {route.name === 'editor' && (
              <SecretariatOnly>
                <EditorView />
              </SecretariatOnly>
            )}
          </ScreenLoader>
        </main>
        <CommentsPane />
      </div>
      <IdentityDialog />
    </>
  );
}
