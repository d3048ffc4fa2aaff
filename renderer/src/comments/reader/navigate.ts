/**
 * Going to a comment or a note: mark it as the one being looked at, open its document if needed,
 * and bring its passage into view with focus on it (the reader fulfils the focus request once the
 * block is on the page). General comments have no passage: their card in the panel takes focus.
 */
import type { Comment, Note } from '../../../../shared/domain/comments';
import { navigate } from '../../routing/route';
import { filterComments, usePanelStore } from '../../stores/commentsPanelStore';
import { useDocumentStore } from '../../stores/documentStore';

function showPassage(documentId: string, blockId: string): void {
  const inReader = window.location.hash.startsWith(`#/doc/${documentId}`);
  navigate({ name: 'doc', documentId, blockId }, { replace: inReader });
  useDocumentStore.getState().requestFocus(documentId, blockId);
}

/** Widens the panel's filters, if needed, so that this comment is in the list. */
function ensureListed(comment: Comment): void {
  const panel = usePanelStore.getState();
  if (filterComments([comment], panel.filters).length > 0) return;
  panel.setFilters({
    itemId: comment.itemId,
    documentId: comment.documentId,
    stance: null,
    showDeleted: panel.filters.showDeleted || comment.deleted,
  });
}

export function goToComment(comment: Comment, options: { focusCard?: boolean } = {}): void {
  const hasPassage = comment.anchor !== null && comment.documentId !== null;
  ensureListed(comment);
  usePanelStore.getState().activate('comments', comment.id, { focusCard: options.focusCard ?? !hasPassage });
  if (hasPassage && !options.focusCard) showPassage(comment.documentId!, comment.anchor!.blockId);
}

export function goToNote(note: Note, options: { focusCard?: boolean } = {}): void {
  usePanelStore.getState().activate('notes', note.id, { focusCard: options.focusCard ?? false });
  if (!options.focusCard) showPassage(note.documentId, note.blockId);
}

/** The next (or previous) entry after the active one, wrapping around; the first if none is active. */
export function stepThrough<T extends { id: string }>(list: readonly T[], activeId: string | null, direction: 1 | -1): T | null {
  if (list.length === 0) return null;
  const index = list.findIndex((e) => e.id === activeId);
  if (index < 0) return direction > 0 ? list[0] : list[list.length - 1];
  return list[(index + direction + list.length) % list.length];
}
