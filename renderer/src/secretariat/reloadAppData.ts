/**
 * After the data underneath the window changed (a newer dossier opened, a backup restored), every
 * store that holds data from main reloads or forgets it, so no screen shows the old data.
 */
import { useAgendaStore } from '../stores/agendaStore';
import { useCommentsStore } from '../stores/commentsStore';
import { useDocumentStore } from '../stores/documentStore';
import { useIdentityStore } from '../stores/identityStore';
import { useNotesStore } from '../stores/notesStore';
import { useOfficeStore } from '../stores/officeStore';
import { useSettingsStore } from '../stores/settingsStore';

/** Documents read before are stale: drop the cache and reopen the one that was open. */
function reloadDocuments(): Promise<void> {
  const open = useDocumentStore.getState().documentId;
  useDocumentStore.setState({ documentId: null, current: null, status: 'idle', error: null, cache: [], focusRequest: null });
  return open ? useDocumentStore.getState().open(open) : Promise.resolve();
}

/** Private notes are cached per document: reload the ones held, forget the rest. */
function reloadNotes(): Promise<void> {
  const held = Object.keys(useNotesStore.getState().byDocument);
  useNotesStore.setState({ byDocument: {} });
  return Promise.all(held.map((documentId) => useNotesStore.getState().load(documentId))).then(() => undefined);
}

/** A newer dossier: agenda, documents, and the comments that followed their passages. */
export async function reloadAfterDossierChange(): Promise<void> {
  // The role may change with it: a session received from another office is a delegate's.
  await Promise.all([
    useAgendaStore.getState().load(),
    reloadDocuments(),
    useCommentsStore.getState().load(),
    useOfficeStore.getState().load(),
  ]);
}

/** A restored backup: everything that came from the database. */
export async function reloadAfterRestore(): Promise<void> {
  await Promise.all([
    useAgendaStore.getState().load(),
    useSettingsStore.getState().load(),
    useIdentityStore.getState().load(),
    useOfficeStore.getState().load(),
    useCommentsStore.getState().load(),
    reloadDocuments(),
    reloadNotes(),
  ]);
}
