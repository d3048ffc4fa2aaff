/**
 * After the dossier changed underneath: the agenda reloads (waiting for a load already running, so
 * the newest data always lands), and documents read before are forgotten so the reader re-reads
 * them.
 */
import { useAgendaStore } from '../stores/agendaStore';
import { useDocumentStore } from '../stores/documentStore';

function agendaIdle(): Promise<void> {
  if (useAgendaStore.getState().status !== 'loading') return Promise.resolve();
  return new Promise((resolve) => {
    const stop = useAgendaStore.subscribe((s) => {
      if (s.status !== 'loading') {
        stop();
        resolve();
      }
    });
  });
}

export async function reloadAgenda(): Promise<void> {
  await agendaIdle();
  await useAgendaStore.getState().load();
}

/**
 * Drops cached copies of documents (one, or all of them). The one open in the reader is read again,
 * unless `reopen` is false (another session became current: its documents are gone).
 */
export function forgetDocuments(documentId: string | null, reopen = true): void {
  const state = useDocumentStore.getState();
  const cache = documentId ? state.cache.filter((d) => d.document.id !== documentId) : [];
  const open = state.documentId;
  if (!open || (documentId && open !== documentId)) {
    useDocumentStore.setState({ cache });
    return;
  }
  useDocumentStore.setState({ documentId: null, current: null, status: 'idle', error: null, cache, focusRequest: null });
  if (reopen) void useDocumentStore.getState().open(open);
}
