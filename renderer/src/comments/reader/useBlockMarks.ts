import { useMemo } from 'react';
import type { DocumentView } from '../../../../shared/domain/types';
import { selectComments, useMyComments } from '../../api/comments';
import { useNotes } from '../../api/notes';
import { buildBlockMarks, type BlockMarks } from './marks';

const NONE: ReadonlyMap<string, BlockMarks> = new Map();

/** The margin marks of the open document, rebuilt only when its comments or notes change. */
export function useBlockMarks(view: DocumentView | null): ReadonlyMap<string, BlockMarks> {
  const comments = useMyComments(selectComments);
  const notes = useNotes(view?.document.id ?? null);
  return useMemo(() => (view ? buildBlockMarks(view.blocks, view.document.id, comments, notes) : NONE), [view, comments, notes]);
}
