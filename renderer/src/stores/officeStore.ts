/**
 * The office this installation acts for and its role for the session on screen, as main derives it
 * from the keys held (never chosen here). The editor, the compilation and the dossier export are
 * offered only when main says this installation is the session's secretariat.
 */
import { create } from 'zustand';
import type { OfficeView, SessionRole } from '../../../shared/domain/office';
import { api } from '../api/client';

type Status = 'idle' | 'loading' | 'ready' | 'error';

export interface OfficeState {
  view: OfficeView | null;
  status: Status;
  error: string | null;
  saving: boolean;
  load(): Promise<void>;
  setup(input: { officeName: string; clerkName: string; machineName: string | null }): Promise<boolean>;
}

export const useOfficeStore = create<OfficeState>()((set, get) => ({
  view: null,
  status: 'idle',
  error: null,
  saving: false,
  async load() {
    set({ status: 'loading' });
    const reply = await api.officeGet();
    if (reply.ok) set({ view: reply.value, status: 'ready', error: null });
    else set({ status: 'error', error: reply.error.message });
  },
  async setup(input) {
    if (get().saving) return false;
    set({ saving: true, error: null });
    const reply = await api.officeSetup(input);
    if (reply.ok) set({ view: reply.value, saving: false });
    else set({ saving: false, error: reply.error.message });
    return reply.ok;
  },
}));

export const selectRole = (s: OfficeState): SessionRole | null => s.view?.role ?? null;
/** Only a known secretariat role shows the secretariat's screens (nothing while loading). */
export const selectIsSecretariat = (s: OfficeState): boolean => s.view?.role === 'secretariat';
export const selectOffice = (s: OfficeState): OfficeView | null => s.view;
