/**
 * What the window does with the events main pushes (shared/ipc/events.ts): the one place where
 * data changed elsewhere (another window, an import, a restore, this window's own write) reaches
 * the screens. Query-cache data is applied or invalidated; the stores not yet in the cache
 * (documents, notes, settings, identity, office) read again. A window's own write may await the
 * same functions (`dossierChanged`, `documentChanged`) to go on with fresh data.
 */
import type { QueryClient } from '@tanstack/react-query';
import { CHANNELS } from '../../../shared/ipc/channels';
import type { EventMap, EventsApi } from '../../../shared/ipc/events';
import { queryClient as defaultClient } from '../api/queries';
import { useDocumentStore } from './documentStore';
import { useIdentityStore } from './identityStore';
import { applyDraft, applySavedComments } from '../api/cacheUpdates';
import { notesQuery, settingsQuery } from '../api/serverQueries';

/**
 * Drops cached copies of documents (one, or all of them). The one open in the reader is read again,
 * unless `reopen` is false (it was removed, or another session became current).
 */
export function forgetDocuments(documentId: string | null, reopen = true): Promise<void> {
  const state = useDocumentStore.getState();
  const cache = documentId ? state.cache.filter((d) => d.document.id !== documentId) : [];
  const open = state.documentId;
  if (!open || (documentId && open !== documentId)) {
    useDocumentStore.setState({ cache });
    return Promise.resolve();
  }
  useDocumentStore.setState({ documentId: null, current: null, status: 'idle', error: null, cache, focusRequest: null });
  return reopen ? useDocumentStore.getState().open(open) : Promise.resolve();
}

/** The dossier underneath changed wholesale: every query, and every store that holds main's data. */
export async function dossierChanged(
  reason: EventMap['changed:dossier']['reason'],
  client: QueryClient = defaultClient,
): Promise<void> {
  await Promise.all([
    client.invalidateQueries(),
    // Another session's documents are not this one's: do not reopen the one that was open.
    forgetDocuments(null, reason !== 'session'),
    // The roster (and so who is who) comes with the dossier.
    useIdentityStore.getState().load(),
  ]);
}

/** The agenda changed; a document's text too when named (a new version, or removed). */
export async function agendaChanged(payload: EventMap['changed:agenda'], client: QueryClient = defaultClient): Promise<void> {
  await Promise.all([
    client.invalidateQueries({ queryKey: [CHANNELS.agendaGet] }),
    payload.documentId ? forgetDocuments(payload.documentId, !payload.removed) : undefined,
  ]);
}

/** Comments changed in a way main only names (an import, answers, another author): read them again. */
export async function commentsChanged(client: QueryClient = defaultClient): Promise<void> {
  await Promise.all([
    client.invalidateQueries({ queryKey: [CHANNELS.commentsList] }),
    client.invalidateQueries({ queryKey: [CHANNELS.answersList] }),
    client.invalidateQueries({ queryKey: [CHANNELS.commentsHistory] }),
  ]);
}

/** Private notes changed: a document's, or any (a deletion names none). */
export async function notesChanged(documentId: string | undefined, client: QueryClient = defaultClient): Promise<void> {
  await client.invalidateQueries({ queryKey: documentId ? notesQuery(documentId).queryKey : [CHANNELS.notesList] });
}

/** Starts following main's events; returns the function that stops. */
export function followServerEvents(api: EventsApi, client: QueryClient = defaultClient): () => void {
  const stops = [
    api.listen('changed:comments', ({ saved }) => {
      if (saved?.length) applySavedComments(client, saved);
      else void commentsChanged(client);
    }),
    api.listen('changed:agenda', (payload) => void agendaChanged(payload, client)),
    api.listen('changed:dossier', ({ reason }) => void dossierChanged(reason, client)),
    api.listen('changed:drafts', ({ key, draft }) => applyDraft(client, key, draft)),
    api.listen('changed:notes', ({ documentId }) => void notesChanged(documentId, client)),
    api.listen('changed:settings', ({ settings }) => client.setQueryData(settingsQuery().queryKey, settings)),
    api.listen('changed:identity', () => void useIdentityStore.getState().load()),
  ];
  return () => stops.forEach((stop) => stop());
}
