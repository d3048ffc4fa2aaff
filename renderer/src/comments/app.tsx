/**
 * The comment side of the app, as App mounts it: start-up loads and shortcuts, the notices above
 * the content, the side panel and the identity dialog.
 */
import { useEffect, useRef } from 'react';
import { selectPanelOpen, usePanelStore } from '../stores/commentsPanelStore';
import { loadComments } from '../api/comments';
import { loadDrafts } from '../api/drafts';
import { flushDraftsOnLeave } from '../stores/draftsStore';
import { loadIdentity } from '../api/identity';
import { DraftsNotice } from './drafts/DraftsNotice';
import { useResumeAfterReload } from './drafts/resume';
import { IdentityNotice } from './identity/IdentityNotice';
import { OtherIdentityNotice } from '../roles/OtherIdentityNotice';
import { useCommentShortcuts } from './reader/useCommentShortcuts';
import '../styles/comments-layout.css';
import '../styles/comments-controls.css';
import '../styles/comments-dialogs.css';

export { CommentsPane } from './panel/CommentsPane';
export { IdentityDialog } from './identity/IdentityDialog';

function loadCommentData(): void {
  void loadIdentity();
  void loadComments();
  void loadDrafts();
}

/** Whether the comment pane is open. */
export function useCommentsPaneOpen(): boolean {
  return usePanelStore(selectPanelOpen);
}

/**
 * Loads identity, comments and drafts; wires the shortcuts and the draft flush on leaving. Returns
 * whether the panel is open. When it opens beside the reader and the agenda would then have to
 * float over the text (`agendaFitsBeside` false), the agenda makes room (and comes back when the
 * panel closes); the user may reopen it, as a drawer.
 */
export function useCommentsApp(
  agendaOpen: boolean,
  setAgendaOpen: (open: boolean) => void,
  readerActive: boolean,
  agendaFitsBeside: boolean,
): boolean {
  const open = usePanelStore(selectPanelOpen);
  const collapsedForPanel = useRef(false);
  useEffect(() => {
    loadCommentData();
    return flushDraftsOnLeave();
  }, []);
  // Data changed underneath (a dossier opened, a backup restored) reaches these stores through
  // main's events (stores/serverEvents.ts), not through a reload from here.
  useCommentShortcuts();
  useResumeAfterReload();
  useEffect(() => {
    if (open && readerActive && agendaOpen && !agendaFitsBeside) {
      collapsedForPanel.current = true;
      setAgendaOpen(false);
    } else if (!open && collapsedForPanel.current) {
      collapsedForPanel.current = false;
      setAgendaOpen(true);
    }
    // Reacts to the panel and the reader only; the agenda's own toggling is the user's business.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open, readerActive]);
  return open;
}

/** "Bạn là ai?" on first run, and unsaved drafts: above the content, never in the way. */
export function CommentNotices() {
  return (
    <>
      <IdentityNotice />
      <OtherIdentityNotice />
      <DraftsNotice />
    </>
  );
}
