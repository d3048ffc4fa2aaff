/** The sessions this installation holds (the sample, dossiers received, sessions created) and which is open. */
import { create } from 'zustand';
import type { SessionInfo } from '../../../shared/domain/types';
import { api } from '../api/client';
import { dossierChanged } from './serverEvents';

export interface SessionsState {
  sessions: SessionInfo[];
  error: string | null;
  load(): Promise<void>;
  /** Opens another session; every screen reloads its data. */
  open(id: string): Promise<void>;
}

export const useSessionsStore = create<SessionsState>()((set) => ({
  sessions: [],
  error: null,
  async load() {
    const result = await api.sessionList();
    if (result.ok) set({ sessions: result.value, error: null });
    else set({ error: result.error.message });
  },
  async open(id) {
    const result = await api.sessionOpen({ id });
    if (!result.ok) return set({ error: result.error.message });
    await dossierChanged('session');
  },
}));
