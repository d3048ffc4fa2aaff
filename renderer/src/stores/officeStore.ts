/**
 * The office form's state: a setup on its way and main's refusal. The office view itself lives in
 * the query cache (api/office.ts); a setup applies main's answer there.
 */
import { create } from 'zustand';
import { api } from '../api/client';
import { applyOffice } from '../api/office';

export interface OfficeUiState {
  error: string | null;
  saving: boolean;
  setup(input: { officeName: string; clerkName: string; machineName: string | null }): Promise<boolean>;
}

export const useOfficeStore = create<OfficeUiState>()((set, get) => ({
  error: null,
  saving: false,
  async setup(input) {
    if (get().saving) return false;
    set({ saving: true, error: null });
    const reply = await api.officeSetup(input);
    if (reply.ok) applyOffice(reply.value);
    set({ saving: false, error: reply.ok ? null : reply.error.message });
    return reply.ok;
  },
}));
