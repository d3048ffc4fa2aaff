/**
 * Backups of the data file: "Sao lưu ngay" and restoring one (the current file is kept aside). The
 * list itself is in the query cache (api/backups.ts); this store holds what the section shows of
 * the actions.
 */
import { create } from 'zustand';
import type { BackupInfo, RestoreResult } from '../../../shared/domain/backups';
import { api } from '../api/client';
import { refreshBackups } from '../api/backups';
import { dossierChanged } from './serverEvents';

export interface BackupsState {
  /** main's refusal of the last action. */
  error: string | null;
  /** "creating" or the name of the backup being restored. */
  busy: 'creating' | { restoring: string } | null;
  created: BackupInfo | null;
  restored: RestoreResult | null;
  create(): Promise<void>;
  restore(name: string): Promise<boolean>;
  dismissError(): void;
}

export const useBackupsStore = create<BackupsState>()((set, get) => ({
  error: null,
  busy: null,
  created: null,
  restored: null,

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
    await refreshBackups();
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
    // Every query, the backups list among them, is read again.
    await dossierChanged('restore');
    return true;
  },
  dismissError() {
    set({ error: null });
  },
}));

export const selectBackupsBusy = (s: BackupsState): BackupsState['busy'] => s.busy;
