/**
 * Patches to the query cache from rows main sent (a write's answer, or an event carrying them):
 * saved comments (the list, their answers, the agenda's counts) and drafts. A change main only
 * names invalidates its queries instead (stores/serverEvents.ts).
 */
import type { QueryClient } from '@tanstack/react-query';
import type { Comment, Draft } from '../../../shared/domain/comments';
import type { AgendaView } from '../../../shared/domain/types';
import type { SavedComment } from '../../../shared/ipc/events';
import { agendaQuery, answersQuery, myCommentsQuery, draftsQuery } from './serverQueries';

/** main's order: agenda item, document, passage (block, then offset), then time and id. */
function commentOrder(agenda: AgendaView | undefined): (a: Comment, b: Comment) => number {
  const itemIndex = new Map<string, number>();
  const documentIndex = new Map<string, number>();
  agenda?.items.forEach((item, i) => {
    itemIndex.set(item.id, i);
    item.documents.forEach((d, j) => documentIndex.set(d.id, j));
  });
  // SQLite sorts NULL first: a comment on the whole item or document comes before its passages.
  const nullable = (n: number | null | undefined): number => (n === null || n === undefined ? -1 : n);
  return (a, b) =>
    nullable(itemIndex.get(a.itemId)) - nullable(itemIndex.get(b.itemId)) ||
    nullable(a.documentId ? documentIndex.get(a.documentId) : null) -
      nullable(b.documentId ? documentIndex.get(b.documentId) : null) ||
    // Line numbers grow with the blocks' order, so they stand in for the block's position.
    nullable(a.anchor?.lineFirst) - nullable(b.anchor?.lineFirst) ||
    nullable(a.anchor?.start) - nullable(b.anchor?.start) ||
    a.createdAt.localeCompare(b.createdAt) ||
    a.id.localeCompare(b.id);
}

/** The comment as stored, without what main added for the screen. */
export function storedComment(saved: SavedComment): Comment {
  const { answer: _answer, counts: _counts, ...comment } = saved;
  return comment;
}

/**
 * Applies comments just saved (this window's write, or another's from the event): the list, their
 * answers and the agenda's counts, with no call to main. Applying the same rows twice changes nothing.
 */
export function applySavedComments(client: QueryClient, saved: readonly SavedComment[]): void {
  const agendaKey = agendaQuery().queryKey;
  const agenda = client.getQueryData(agendaKey);
  client.setQueryData(myCommentsQuery().queryKey, (list) => {
    if (!list) return list;
    const byId = new Map(list.map((c) => [c.id, c]));
    for (const s of saved) byId.set(s.id, storedComment(s));
    return [...byId.values()].sort(commentOrder(agenda));
  });
  client.setQueryData(answersQuery().queryKey, (answers) => {
    if (!answers) return answers;
    const ids = new Set(saved.map((s) => s.id));
    const next = answers.filter((a) => !ids.has(a.commentId));
    for (const s of saved) if (s.answer) next.push(s.answer);
    return next;
  });
  if (!agenda) return;
  const counts = new Map(saved.map((s) => [s.counts.itemId, s.counts]));
  const documentCounts = new Map(saved.filter((s) => s.counts.documentId).map((s) => [s.counts.documentId!, s.counts.document!]));
  client.setQueryData(agendaKey, {
    ...agenda,
    items: agenda.items.map((item) => {
      const count = counts.get(item.id);
      if (!count) return item;
      return {
        ...item,
        commentCount: count.item,
        documents: item.documents.map((d) => (documentCounts.has(d.id) ? { ...d, commentCount: documentCounts.get(d.id)! } : d)),
      };
    }),
  });
}

/** A draft saved (or cleared: null) here or in another window. */
export function applyDraft(client: QueryClient, key: string, draft: Draft | null): void {
  client.setQueryData(draftsQuery().queryKey, (drafts) => {
    if (!drafts) return drafts;
    const others = drafts.filter((d) => d.key !== key);
    return draft ? [...others, draft] : others;
  });
}
