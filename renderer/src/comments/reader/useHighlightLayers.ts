import { useMemo } from 'react';
import type { DocumentView } from '../../../../shared/domain/types';
import { selectActive, selectComposer, usePanelStore } from '../../stores/commentsPanelStore';
import { selectComments, useMyComments } from '../../api/comments';
import { useNotes } from '../../api/notes';
import type { HighlightLayers, HighlightSpan } from './usePassageHighlights';

const NONE: readonly HighlightSpan[] = [];

/** What to highlight in the open document: commented and noted passages, the one being looked at, the one being written about. */
export function useHighlightLayers(view: DocumentView): HighlightLayers {
  const documentId = view.document.id;
  const comments = useMyComments(selectComments);
  const notes = useNotes(documentId);
  const active = usePanelStore(selectActive);
  const composer = usePanelStore(selectComposer);
  return useMemo(() => {
    const commentSpans: HighlightSpan[] = [];
    let activeSpan: HighlightSpan | null = null;
    for (const c of comments) {
      if (c.deleted || c.documentId !== documentId || !c.anchor) continue;
      commentSpans.push(c.anchor);
      if (active?.kind === 'comments' && active.id === c.id) activeSpan = c.anchor;
    }
    const noteSpans: HighlightSpan[] = notes.map((n) => ({ blockId: n.blockId, start: n.start, end: n.end }));
    const activeNote = active?.kind === 'notes' ? notes.find((n) => n.id === active.id) : undefined;
    let pending: HighlightSpan | null = null;
    if (composer?.mode === 'new' && composer.passage) {
      const onThisDocument = composer.kind === 'note' ? composer.documentId === documentId : composer.documentId === documentId;
      if (onThisDocument) pending = composer.passage;
    }
    return {
      comment: commentSpans,
      note: noteSpans,
      active: activeSpan ? [activeSpan] : NONE,
      activeNote: activeNote ? [activeNote] : NONE,
      pending: pending ? [pending] : NONE,
    };
  }, [comments, notes, active, composer, documentId]);
}
