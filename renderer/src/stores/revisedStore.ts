/**
 * The revised draft (dự thảo chỉnh lý) of one document, for the secretariat: the current version's
 * blocks, the pending changes with their conflicts and stale ones, and the actions on them
 * (resolve, change a passage directly, make the version, export). Every action reads the changes again.
 */
import { create } from 'zustand';
import type { MakeRevisionResult, RevisionExportResult } from '../../../shared/domain/revisions';
import type { InputOf } from '../../../shared/ipc/contract';
import type { CHANNELS } from '../../../shared/ipc/channels';
import type { Envelope } from '../../../shared/ipc/envelope';
import { api } from '../api/client';
import { loadDocument } from '../api/documents';
import { refreshRevisions } from '../api/revisions';
import { forgetDocuments } from './serverEvents';

type ResolveInput = InputOf<typeof CHANNELS.revisionsResolve>;
type ChangeInput = InputOf<typeof CHANNELS.revisionsChange>;
type ExportInput = InputOf<typeof CHANNELS.revisionsExport>;

/**
 * The screen's state; the document and its pending changes are in the query cache
 * (api/documents.ts `useDocument`, api/revisions.ts `useRevisions`).
 */
export interface RevisedState {
  /** The document on screen. */
  documentId: string | null;
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
  /** Shows a document's revised draft (what the last one's actions said is dropped). */
  show(documentId: string): void;
  setMarked(marked: boolean): void;
  resolve(input: Omit<ResolveInput, 'documentId'>): Promise<boolean>;
  change(input: Omit<ChangeInput, 'documentId'>): Promise<boolean>;
  make(): Promise<boolean>;
  exportFile(input: Omit<ExportInput, 'documentId'>): Promise<void>;
}

export const useRevisedStore = create<RevisedState>()((set, get) => {
  /** Runs one action on the current document; on success its changes are read again before going on. */
  async function act<T>(run: (documentId: string) => Promise<Envelope<T>>, newVersion = false): Promise<T | null> {
    const { documentId, busy } = get();
    if (!documentId || busy) return null;
    set({ busy: true, actionError: null });
    const reply = await run(documentId);
    if (!reply.ok) {
      set({ busy: false, actionError: reply.error.message });
      return null;
    }
    // A new version: the text the reader and this view hold is the old one.
    await Promise.all([refreshRevisions(documentId), newVersion ? forgetDocuments(documentId) : undefined]);
    set({ busy: false });
    return reply.value;
  }

  return {
    documentId: null,
    marked: true,
    busy: false,
    actionError: null,
    made: null,
    exporting: null,
    exported: null,
    exportError: null,

    show(documentId) {
      if (get().documentId !== documentId) set({ documentId, made: null, actionError: null, exported: null, exportError: null });
      void loadDocument(documentId);
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
      const made = await act((documentId) => api.revisionsMake({ documentId }), true);
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

export const selectRevisedMarked = (s: RevisedState): boolean => s.marked;
