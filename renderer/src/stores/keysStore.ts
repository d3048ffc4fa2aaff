/** Delegates' keys (secretariat): fingerprints, new keys waiting for a decision, and the decisions. */
import { create } from 'zustand';
import type { DelegateKeyView } from '../../../shared/domain/office';
import { api } from '../api/client';

export interface KeysState {
  keys: DelegateKeyView[];
  error: string | null;
  busy: string | null;
  load(): Promise<void>;
  decide(authorId: string, decision: 'approved' | 'refused', reason: string): Promise<boolean>;
}

export const useKeysStore = create<KeysState>()((set, get) => ({
  keys: [],
  error: null,
  busy: null,
  async load() {
    const reply = await api.keysList();
    if (reply.ok) set({ keys: reply.value, error: null });
    else set({ error: reply.error.message });
  },
  async decide(authorId, decision, reason) {
    if (get().busy) return false;
    set({ busy: authorId, error: null });
    const reply = await api.keysDecide({ authorId, decision, reason });
    set({ busy: null, error: reply.ok ? null : reply.error.message });
    if (reply.ok) await get().load();
    return reply.ok;
  },
}));
