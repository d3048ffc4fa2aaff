/**
 * Opening another session of this installation, and main's refusal. The sessions themselves are
 * in the query cache (api/sessions.ts).
 */
import { create } from 'zustand';
import { api } from '../api/client';
import { dossierChanged } from './serverEvents';

export interface SessionsState {
  error: string | null;
  /** Opens another session; every screen reloads its data. */
  open(id: string): Promise<void>;
}

export const useSessionsStore = create<SessionsState>()((set) => ({
  error: null,
  async open(id) {
    const result = await api.sessionOpen({ id });
    if (!result.ok) return set({ error: result.error.message });
    set({ error: null });
    await dossierChanged('session');
  },
}));
