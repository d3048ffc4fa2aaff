/**
 * Changing this installation's role (Đại biểu / Thư ký) from the settings. Who the installation
 * is lives in the identity store (identityStore.ts); this store only sends the role change through
 * api.identitySet({ role }) and then has the identity store reload, so every screen sees it.
 */
import { create } from 'zustand';
import type { Role } from '../../../shared/domain/types';
import { api } from '../api/client';
import { selectIdentity, useIdentityStore } from '../stores/identityStore';

export interface RoleState {
  /** The role being saved, shown as chosen until main has answered. */
  pending: Role | null;
  error: string | null;
  setRole(role: Role): Promise<boolean>;
  dismissError(): void;
}

export const useRoleStore = create<RoleState>()((set, get) => ({
  pending: null,
  error: null,
  async setRole(role) {
    const current = selectIdentity(useIdentityStore.getState());
    if (!current || current.role === role || get().pending) return false;
    set({ pending: role, error: null });
    const reply = await api.identitySet({ role });
    if (reply.ok) await useIdentityStore.getState().load();
    set({ pending: null, error: reply.ok ? null : reply.error.message });
    return reply.ok;
  },
  dismissError() {
    set({ error: null });
  },
}));

/** The role on screen: the one being saved, else the identity's. */
export const useShownRole = (): Role | null => {
  const identity = useIdentityStore(selectIdentity);
  const pending = useRoleStore((s) => s.pending);
  return pending ?? identity?.role ?? null;
};
