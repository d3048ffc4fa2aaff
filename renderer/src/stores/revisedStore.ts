/**
 * The revised draft (dự thảo chỉnh lý) of one document, for the secretariat: the current version's
 * blocks, the pending changes with their conflicts and stale ones, and the actions on them
 * (resolve, change a passage directly, make the version, export). Every action reloads the view.
 */
import { create } from 'zustand';
import type { MakeRevisionResult, RevisionExportResult, RevisionView } from '../../../shared/domain/revisions';
import type { DocumentView } from '../../../shared/domain/types';
import type { InputOf } from '../../../shared/ipc/contract';
import type { CHANNELS } from '../../../shared/ipc/channels';
import type { Envelope } from '../../../shared/ipc/envelope';
import { api } from '../api/client';
import { getWholeDocument } from '../api/documentWindows';
import { useDocumentStore } from './documentStore';

type Status = 'idle' | 'loading' | 'ready' | 'error';
type ResolveInput = InputOf<typeof CHANNELS.revisionsResolve>;
type ChangeInput = InputOf<typeof CHANNELS.revisionsChange>;
type ExportInput = InputOf<typeof CHANNELS.revisionsExport>;

export interface RevisedState {
  documentId: string | null;
  doc: DocumentView | null;
  view: RevisionView | null;
  status: Status;
  error: string | null;
  /** Inline marks (struck / underlined) or the clean text. */
  marked: boolean;
  /** An action is running (resolve, change, make). */
  busy: boolean;
  /** The core's refusal of the last action, in its words. */
  actionError: string | null;
  made: MakeRevisionResult | null;
  /** The export running ("revised-pdf-marked"…), the file written, or why it failed. */
  exporting: string | null;
  exported: (RevisionExportResult & { key: string; format: 'pdf' | 'docx' }) | null;
  exportError: string | null;
  load(documentId: string): Promise<void>;
  setMarked(marked: boolean): void;
  resolve(input: Omit<ResolveInput, 'documentId'>): Promise<boolean>;
  change(input: Omit<ChangeInput, 'documentId'>): Promise<boolean>;
  make(): Promise<boolean>;
  exportFile(input: Omit<ExportInput, 'documentId'>): Promise<void>;
}

let sequence = 0;

/** The reader keeps recently read documents: the new version must not be read from that cache. */
function forgetDocument(documentId: string): void {
  useDocumentStore.setState((s) => ({
    cache: s.cache.filter((d) => d.document.id !== documentId),
    ...(s.documentId === documentId ? { documentId: null, current: null, status: 'idle' as const } : {}),
  }));
}

export const useRevisedStore = create<RevisedState>()((set, get) => {
  /** Runs one action on the current document; on success the view is loaded again. */
  async function act<T>(run: (documentId: string) => Promise<Envelope<T>>): Promise<T | null> {
    const { documentId, busy } = get();
    if (!documentId || busy) return null;
    set({ busy: true, actionError: null });
    const reply = await run(documentId);
    if (!reply.ok) {
      set({ busy: false, actionError: reply.error.message });
      return null;
    }
    await get().load(documentId);
    set({ busy: false });
    return reply.value;
  }

  return {
    documentId: null,
    doc: null,
    view: null,
    status: 'idle',
    error: null,
    marked: true,
    busy: false,
    actionError: null,
    made: null,
    exporting: null,
    exported: null,
    exportError: null,

    async load(documentId) {
      const mine = ++sequence;
      const other = get().documentId !== documentId;
      set({
        documentId,
        status: 'loading',
        error: null,
        ...(other && { doc: null, view: null, made: null, actionError: null, exported: null, exportError: null }),
      });
      const [doc, view] = await Promise.all([getWholeDocument(documentId), api.revisionsList({ documentId })]);
      if (mine !== sequence) return;
      if (!doc.ok || !view.ok) {
        set({ status: 'error', error: (!doc.ok ? doc.error : !view.ok ? view.error : null)?.message ?? null });
        return;
      }
      set({ doc: doc.value, view: view.value, status: 'ready' });
    },
    setMarked(marked) {
      set({ marked });
    },
    async resolve(input) {
      return (await act((documentId) => api.revisionsResolve({ documentId, ...input }))) !== null;
    },
    async change(input) {
      return (await act((documentId) => api.revisionsChange({ documentId, ...input }))) !== null;
    },
    async make() {
      set({ made: null });
      const made = await act(async (documentId) => {
        const reply = await api.revisionsMake({ documentId });
        if (reply.ok) forgetDocument(documentId);
        return reply;
      });
      if (made) set({ made });
      return made !== null;
    },
    async exportFile(input) {
      const { documentId, exporting } = get();
      if (!documentId || exporting) return;
      const format = input.format ?? 'pdf';
      const key = `${input.kind}-${format}-${input.marked === false ? 'clean' : 'marked'}`;
      set({ exporting: key, exported: null, exportError: null });
      const reply = await api.revisionsExport({ documentId, ...input });
      if (reply.ok) set({ exporting: null, exported: { ...reply.value, key, format } });
      else set({ exporting: null, exportError: reply.error.code === 'cancelled' ? null : reply.error.message });
    },
  };
});

export const selectRevisionView = (s: RevisedState): RevisionView | null => s.view;
export const selectRevisedDoc = (s: RevisedState): DocumentView | null => s.doc;
export const selectRevisedMarked = (s: RevisedState): boolean => s.marked;
