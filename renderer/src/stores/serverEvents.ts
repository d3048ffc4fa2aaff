/**
 * What the window does with the events main pushes (shared/ipc/events.ts): the one place where
 * data changed elsewhere (another window, an import, a restore, this window's own write) reaches
 * the screens. Rows an event carries are applied to the query cache; a change it only names
 * invalidates the queries that hold it (see docs/architecture.md, "Events and the query cache").
 * A window's own write may await the same functions (`dossierChanged`, `forgetDocuments`) to go on
 * with fresh data.
 */
import type { QueryClient } from '@tanstack/react-query';
import { CHANNELS } from '../../../shared/ipc/channels';
import type { EventMap, EventsApi } from '../../../shared/ipc/events';
import { queryClient as defaultClient } from '../api/queries';
import { useDocumentStore } from './documentStore';
import { applyDraft, applySavedComments } from '../api/cacheUpdates';
import { forgetDocument } from '../api/documents';
import { notesQuery, revisionsQuery, settingsQuery } from '../api/serverQueries';

/**
 * Drops cached documents (one, or all of them). The one open in the reader is read again, unless
 * `reopen` is false (it was removed, or another session became current): then it is closed.
 */
export async function forgetDocuments(documentId: string | null, reopen = true): Promise<void> {
  const open = useDocumentStore.getState().documentId;
  const concernsOpen = open !== null && (documentId === null || open === documentId);
  if (concernsOpen && !reopen) useDocumentStore.getState().close();
  await forgetDocument(documentId, reopen);
}

const notDocument = (key: readonly unknown[]): boolean =>
  key[0] !== CHANNELS.documentGet && key[0] !== CHANNELS.documentsVersionMarks;

/** The dossier underneath changed wholesale: every query is read again, the documents from scratch. */
export async function dossierChanged(
  reason: EventMap['changed:dossier']['reason'],
  client: QueryClient = defaultClient,
): Promise<void> {
  await Promise.all([
    // Identity and roster, sessions, keys, office, search answers… (the roster comes with the dossier).
    client.invalidateQueries({ predicate: (q) => notDocument(q.queryKey) }),
    // Another session's documents are not this one's: do not reopen the one that was open.
    forgetDocuments(null, reason !== 'session'),
  ]);
}

/** The agenda changed; a document's text too when named (a new version, or removed). */
export async function agendaChanged(payload: EventMap['changed:agenda'], client: QueryClient = defaultClient): Promise<void> {
  await Promise.all([
    client.invalidateQueries({ queryKey: [CHANNELS.agendaGet] }),
    // A session's name or dates are in the list of sessions too.
    client.invalidateQueries({ queryKey: [CHANNELS.sessionList] }),
    // Documents imported, replaced or removed: what a search finds, and the compilation's documents.
    client.invalidateQueries({ queryKey: [CHANNELS.searchQuery] }),
    client.invalidateQueries({ queryKey: [CHANNELS.compileGet] }),
    payload.documentId ? forgetDocuments(payload.documentId, !payload.removed) : undefined,
    payload.documentId ? client.invalidateQueries({ queryKey: revisionsQuery(payload.documentId).queryKey }) : undefined,
  ]);
}

/** Comments changed in a way main only names (an import, answers, another author): read them again. */
export async function commentsChanged(client: QueryClient = defaultClient): Promise<void> {
  await Promise.all(
    [
      CHANNELS.commentsList,
      CHANNELS.answersList,
      CHANNELS.commentsHistory,
      // Comments under other identities, and the keys a package brought or a decision changed.
      CHANNELS.identityOthers,
      CHANNELS.keysList,
      // An answer that takes a comment's wording is a pending change of the revised draft.
      CHANNELS.revisionsList,
      CHANNELS.compileGet,
    ].map((channel) => client.invalidateQueries({ queryKey: [channel] })),
  );
}

/** Who this installation is, or the roster, changed (identity:set, roster:save, roster:importCsv). */
export async function identityChanged(client: QueryClient = defaultClient): Promise<void> {
  await Promise.all([
    client.invalidateQueries({ queryKey: [CHANNELS.identityGet] }),
    client.invalidateQueries({ queryKey: [CHANNELS.identityOthers] }),
    // The compilation counts who has sent from the roster.
    client.invalidateQueries({ queryKey: [CHANNELS.compileGet] }),
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
      if (saved?.length) {
        applySavedComments(client, saved);
        // The secretariat's compilation holds every delegate's comments: compiled again.
        void client.invalidateQueries({ queryKey: [CHANNELS.compileGet] });
      } else void commentsChanged(client);
    }),
    api.listen('changed:agenda', (payload) => void agendaChanged(payload, client)),
    api.listen('changed:dossier', ({ reason }) => void dossierChanged(reason, client)),
    api.listen('changed:drafts', ({ key, draft }) => applyDraft(client, key, draft)),
    api.listen('changed:notes', ({ documentId }) => void notesChanged(documentId, client)),
    api.listen('changed:settings', ({ settings }) => client.setQueryData(settingsQuery().queryKey, settings)),
    api.listen('changed:identity', () => void identityChanged(client)),
  ];
  return () => stops.forEach((stop) => stop());
}
