/**
 * File exchange: export my comment package or the session dossier, open a dossier, and import many
 * comment packages with progress, a per-file result and cancel between batches.
 */
import { create } from 'zustand';
import type { DossierImportResult, PackageFileResult, SavedFile } from '../../../shared/domain/packages';
import type { ErrorCode } from '../../../shared/ipc/envelope';
import { api } from '../api/client';
import i18n from '../i18n';
import { fileToBase64 } from '../api/base64';
import { runCommentImport } from './importRunner';
import { MAX_PACKAGE_BYTES } from './limits';
import { dossierChanged } from './serverEvents';

export interface Task<T> {
  status: 'idle' | 'working' | 'done' | 'error';
  result: T | null;
  /** The reason, in the user's words (from main, or from here). */
  error: string | null;
  /** Main's error code, when main refused (e.g. no_identity: nobody has said who they are). */
  code?: ErrorCode;
}

export interface ImportRun {
  status: 'idle' | 'importing' | 'done' | 'cancelled';
  /** Files that will be handled in this run. */
  total: number;
  /** Files left out of a picked folder or drop because they are not comment packages. */
  skipped: number;
  results: PackageFileResult[];
  cancelRequested: boolean;
}

export interface ExchangeState {
  commentExport: Task<SavedFile>;
  dossierExport: Task<SavedFile>;
  dossierImport: Task<DossierImportResult>;
  commentImport: ImportRun;
  exportComments(): Promise<void>;
  exportDossier(): Promise<void>;
  /** `trustFingerprint`: the office key fingerprint the user confirmed, for a dossier from a key not trusted yet. */
  importDossier(file: File, trustFingerprint?: string): Promise<void>;
  /** The dossier file last refused for an untrusted key, to import again once confirmed. */
  untrustedDossier: File | null;
  importComments(files: File[], skipped: number): Promise<void>;
  cancelImport(): void;
}

const IDLE_TASK = { status: 'idle', result: null, error: null } as const;
const IDLE_RUN: ImportRun = { status: 'idle', total: 0, skipped: 0, results: [], cancelRequested: false };
const MB = MAX_PACKAGE_BYTES / 1024 / 1024;

export const useExchangeStore = create<ExchangeState>()((set, get) => {
  async function saveTask(key: 'commentExport' | 'dossierExport', call: () => ReturnType<typeof api.packagesExportComments>) {
    if (get()[key].status === 'working') return;
    set({ [key]: { status: 'working', result: null, error: null } });
    const reply = await call();
    if (reply.ok) set({ [key]: { status: 'done', result: reply.value, error: null } });
    else if (reply.error.code === 'cancelled') set({ [key]: IDLE_TASK });
    else set({ [key]: { status: 'error', result: null, error: reply.error.message, code: reply.error.code } });
  }

  return {
    commentExport: IDLE_TASK,
    dossierExport: IDLE_TASK,
    dossierImport: IDLE_TASK,
    commentImport: IDLE_RUN,
    untrustedDossier: null,

    exportComments: () => saveTask('commentExport', () => api.packagesExportComments()),
    exportDossier: () => saveTask('dossierExport', () => api.packagesExportDossier()),

    async importDossier(file, trustFingerprint) {
      if (get().dossierImport.status === 'working') return;
      if (file.size > MAX_PACKAGE_BYTES) {
        set({
          dossierImport: { status: 'error', result: null, error: i18n.t('exchange.tooLarge', { name: file.name, mb: MB }) },
        });
        return;
      }
      set({ dossierImport: { status: 'working', result: null, error: null } });
      let dataBase64: string;
      try {
        dataBase64 = await fileToBase64(file);
      } catch {
        set({ dossierImport: { status: 'error', result: null, error: i18n.t('exchange.unreadable', { name: file.name }) } });
        return;
      }
      const reply = await api.packagesImportDossier({ file: { name: file.name, dataBase64 }, trustFingerprint });
      if (!reply.ok) {
        set({
          dossierImport: { status: 'error', result: null, error: reply.error.message, code: reply.error.code },
          untrustedDossier: reply.error.code === 'untrusted_key' ? file : null,
        });
        return;
      }
      set({ dossierImport: { status: 'done', result: reply.value, error: null }, untrustedDossier: null });
      if (reply.value.status === 'imported') await dossierChanged('dossier');
    },

    async importComments(files, skipped) {
      if (get().commentImport.status === 'importing') return;
      set({ commentImport: { ...IDLE_RUN, status: 'importing', total: files.length, skipped } });
      const results = await runCommentImport(files, {
        send: (uploads) => api.packagesImportComments({ files: uploads }),
        messages: {
          tooLarge: (name) => i18n.t('exchange.tooLarge', { name, mb: MB }),
          nameTooLong: (name) => i18n.t('exchange.nameTooLong', { name: name.slice(0, 60) }),
          unreadable: (name) => i18n.t('exchange.unreadable', { name }),
        },
        onProgress: (partial) => set((s) => ({ commentImport: { ...s.commentImport, results: partial } })),
        listen: (onResult) => api.listen('import:progress', ({ result }) => onResult(result)),
        isCancelled: () => get().commentImport.cancelRequested,
      });
      const cancelled = results.length < files.length;
      // The agenda's counts follow from main's `changed:agenda` event.
      set((s) => ({ commentImport: { ...s.commentImport, results, status: cancelled ? 'cancelled' : 'done' } }));
    },

    cancelImport() {
      if (get().commentImport.status === 'importing')
        set((s) => ({ commentImport: { ...s.commentImport, cancelRequested: true } }));
    },
  };
});

export const selectCommentExport = (s: ExchangeState): Task<SavedFile> => s.commentExport;
export const selectDossierExport = (s: ExchangeState): Task<SavedFile> => s.dossierExport;
export const selectDossierImport = (s: ExchangeState): Task<DossierImportResult> => s.dossierImport;
export const selectCommentImport = (s: ExchangeState): ImportRun => s.commentImport;

export interface ImportTally {
  imported: number;
  unchanged: number;
  rejected: number;
  /** Signed by a delegate's new key: waiting for the secretariat's decision. */
  held: number;
}

/** Counts by outcome. Pure; memoise at the call site. */
export function tallyResults(results: readonly PackageFileResult[]): ImportTally {
  const tally: ImportTally = { imported: 0, unchanged: 0, rejected: 0, held: 0 };
  for (const r of results) tally[r.status] += 1;
  return tally;
}
