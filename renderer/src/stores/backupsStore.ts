/** Backups of the data file: the list, "Sao lưu ngay", and restoring one (the current file is kept aside). */
import { create } from 'zustand';
import type { BackupInfo, RestoreResult } from '../../../shared/domain/backups';
import { api } from '../api/client';
import { dossierChanged } from './serverEvents';

type Status = 'idle' | 'loading' | 'ready' | 'error';

export interface BackupsState {
  backups: BackupInfo[];
  status: Status;
  error: string | null;
  /** "creating" or the name of the backup being restored. */
  busy: 'creating' | { restoring: string } | null;
  created: BackupInfo | null;
  restored: RestoreResult | null;
  load(): Promise<void>;
  create(): Promise<void>;
  restore(name: string): Promise<boolean>;
  dismissError(): void;
}

export const useBackupsStore = create<BackupsState>()((set, get) => ({
  backups: [],
  status: 'idle',
  error: null,
  busy: null,
  created: null,
  restored: null,

  async load() {
    set({ status: 'loading', error: null });
    const reply = await api.backupsList();
    if (reply.ok) set({ backups: reply.value, status: 'ready' });
    else set({ status: 'error', error: reply.error.message });
  },
  async create() {
    if (get().busy) return;
    set({ busy: 'creating', error: null, created: null, restored: null });
    const reply = await api.backupsCreate();
    set({ busy: null });
    if (!reply.ok) {
      set({ error: reply.error.message });
      return;
    }
    set({ created: reply.value });
    await get().load();
  },
  async restore(name) {
    if (get().busy) return false;
    set({ busy: { restoring: name }, error: null, created: null, restored: null });
    const reply = await api.backupsRestore({ name });
    set({ busy: null });
    if (!reply.ok) {
      set({ error: reply.error.message });
      return false;
    }
    set({ restored: reply.value });
    await Promise.all([get().load(), dossierChanged('restore')]);
    return true;
  },
  dismissError() {
    set({ error: null });
  },
}));

export const selectBackups = (s: BackupsState): BackupInfo[] => s.backups;
export const selectBackupsBusy = (s: BackupsState): BackupsState['busy'] => s.busy;
