/**
 * The secretariat's decisions on delegates' new keys: the one being made and main's refusal. The
 * keys themselves are in the query cache (api/keys.ts).
 */
import { create } from 'zustand';
import type { InputOf } from '../../../shared/ipc/contract';
import { api } from '../api/client';
import { refreshKeys } from '../api/keys';

type Decision = InputOf<'keys:decide'>['decision'];

export interface KeysState {
  error: string | null;
  /** The author whose key is being decided. */
  busy: string | null;
  decide(authorId: string, decision: Decision, reason: string): Promise<boolean>;
}

export const useKeysStore = create<KeysState>()((set, get) => ({
  error: null,
  busy: null,
  async decide(authorId, decision, reason) {
    if (get().busy) return false;
    set({ busy: authorId, error: null });
    const reply = await api.keysDecide({ authorId, decision, reason });
    // The list shows the decision before the button comes back.
    if (reply.ok) await refreshKeys();
    set({ busy: null, error: reply.ok ? null : reply.error.message });
    return reply.ok;
  },
}));
