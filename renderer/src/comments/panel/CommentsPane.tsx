import { useMemo, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  filterComments,
  selectComposer,
  selectFilters,
  selectPanelOpen,
  selectPanelTab,
  usePanelStore,
  type PanelTab,
} from '../../stores/commentsPanelStore';
import { selectComments, useMyComments } from '../../api/comments';
import { selectOpenDocumentId, useDocumentStore } from '../../stores/documentStore';
import { useNotes } from '../../api/notes';
import { CommentForm } from '../form/CommentForm';
import { NoteForm } from '../form/NoteForm';
import { CommentsTab } from './CommentsTab';
import { NotesTab } from './NotesTab';
import { ShortcutHelp } from './ShortcutHelp';
import '../../styles/comments-pane.css';
import '../../styles/comments-cards.css';
import '../../styles/comments-form.css';

export const PANE_ID = 'comments-pane';
const TABS: readonly PanelTab[] = ['comments', 'notes'];

function PaneTabs({ tab, counts }: { tab: PanelTab; counts: Record<PanelTab, number> }) {
  const { t } = useTranslation();
  const setTab = usePanelStore((s) => s.setTab);
  // Arrow keys move between the two tabs (and select them), as in any tab list.
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft') return;
    event.preventDefault();
    const next = TABS[(TABS.indexOf(tab) + 1) % TABS.length];
    setTab(next);
    document.getElementById(`tab-${next}`)?.focus();
  };
  return (
    <div className="pane-tabs" role="tablist" aria-label={t('comments.pane.tabs')} onKeyDown={onKeyDown}>
      {TABS.map((name) => (
        <button
          key={name}
          id={`tab-${name}`}
          type="button"
          role="tab"
          className={`pane-tab pane-tab-${name}`}
          aria-selected={tab === name}
          aria-controls={`pane-${name}`}
          tabIndex={tab === name ? 0 : -1}
          onClick={() => setTab(name)}
        >
          {t(`comments.pane.tab.${name}`, { count: counts[name] })}
        </button>
      ))}
    </div>
  );
}

/** The side panel: comments (with the form, filters, next/previous) and, apart, the private notes. */
export function CommentsPane() {
  const { t } = useTranslation();
  const open = usePanelStore(selectPanelOpen);
  const tab = usePanelStore(selectPanelTab);
  const composer = usePanelStore(selectComposer);
  const composerNonce = usePanelStore((s) => s.composerNonce);
  const comments = useMyComments(selectComments);
  const filters = usePanelStore(selectFilters);
  const documentId = useDocumentStore(selectOpenDocumentId);
  const notes = useNotes(documentId);
  const listed = useMemo(() => filterComments(comments, { ...filters, showDeleted: false }).length, [comments, filters]);

  const close = () => {
    usePanelStore.getState().setOpen(false);
    document.querySelector<HTMLElement>('.comments-toggle')?.focus();
  };
  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (event.key === 'Escape' && !event.defaultPrevented && !(event.target as HTMLElement).closest('form, dialog')) close();
  };

  return (
    <aside id={PANE_ID} className="comments-pane" aria-labelledby="comments-pane-title" hidden={!open} onKeyDown={onKeyDown}>
      <div className="pane-head">
        <h2 id="comments-pane-title" className="pane-title" tabIndex={-1}>
          {t('comments.pane.title')}
        </h2>
        <button
          type="button"
          className="pane-close"
          onClick={close}
          aria-label={t('comments.pane.close')}
          title={t('comments.pane.close')}
        >
          <span aria-hidden="true">×</span>
        </button>
      </div>
      <PaneTabs tab={tab} counts={{ comments: listed, notes: notes.length }} />
      <div
        id="pane-comments"
        className="pane-panel"
        role="tabpanel"
        aria-labelledby="tab-comments"
        hidden={tab !== 'comments'}
        tabIndex={-1}
      >
        {composer?.kind === 'comment' && <CommentForm key={composerNonce} target={composer} />}
        <CommentsTab />
      </div>
      <div
        id="pane-notes"
        className="pane-panel"
        role="tabpanel"
        aria-labelledby="tab-notes"
        hidden={tab !== 'notes'}
        tabIndex={-1}
      >
        {composer?.kind === 'note' && <NoteForm key={composerNonce} target={composer} />}
        <NotesTab />
      </div>
      <ShortcutHelp />
    </aside>
  );
}
