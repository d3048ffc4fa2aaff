/**
 * Who this installation speaks for (a delegate from the roster, or typed in), and the "Bạn là ai?"
 * dialog. Reading never needs an identity; writing a comment does, so an action that needs one
 * opens the dialog and continues once the user has answered.
 */
import { create } from 'zustand';
import type { CHANNELS } from '../../../shared/ipc/channels';
import type { InputOf } from '../../../shared/ipc/contract';
import { api } from '../api/client';
import { reloadComments } from '../api/comments';
import { applyIdentity, cachedIdentity, loadIdentity } from '../api/identity';

/** Why the dialog is open: the user asked, or an action (writing a comment) needs an identity. */
export type IdentityDialogReason = 'change' | 'required';

/** Who writes comments here; the role is not chosen: main derives it from the keys held. */
export type IdentityInput = InputOf<typeof CHANNELS.identitySet>;

/** The first-run invitation was postponed in this window (kept across reloads, not across restarts). */
const POSTPONED_KEY = 'gopy-identity-postponed';

function readPostponed(): boolean {
  try {
    return sessionStorage.getItem(POSTPONED_KEY) === '1';
  } catch {
    return false;
  }
}

/** The dialog's state; the identity and roster themselves are in the query cache (api/identity.ts). */
export interface IdentityState {
  /** main's refusal of the last save. */
  error: string | null;
  dialog: { reason: IdentityDialogReason } | null;
  /** Runs once an identity has been saved from a dialog opened with reason 'required'. */
  afterSave: (() => void) | null;
  postponed: boolean;
  saving: boolean;
  save(input: IdentityInput): Promise<boolean>;
  openDialog(reason: IdentityDialogReason, afterSave?: () => void): void;
  closeDialog(): void;
  postpone(): void;
  /** Runs `action` now if the user has said who they are, otherwise asks first and runs it after. */
  withIdentity(action: () => void): void;
}

export const useIdentityStore = create<IdentityState>()((set, get) => ({
  error: null,
  dialog: null,
  afterSave: null,
  postponed: readPostponed(),
  saving: false,
  async save(input) {
    set({ saving: true, error: null });
    const result = await api.identitySet(input);
    if (!result.ok) {
      set({ saving: false, error: result.error.message });
      return false;
    }
    const before = cachedIdentity()?.identity;
    const afterSave = get().afterSave;
    // A new author may have taken over the comments written under a typed name (new revisions).
    if (before && before.authorId !== result.value.authorId) void reloadComments();
    applyIdentity(result.value);
    set({ saving: false, dialog: null, afterSave: null });
    afterSave?.();
    return true;
  },
  openDialog(reason, afterSave) {
    set({ dialog: { reason }, afterSave: afterSave ?? null, error: null });
    void loadIdentity();
  },
  closeDialog() {
    set({ dialog: null, afterSave: null, error: null });
  },
  postpone() {
    try {
      sessionStorage.setItem(POSTPONED_KEY, '1');
    } catch {
      // Private mode or no storage: the invitation simply comes back on reload.
    }
    set({ postponed: true });
  },
  withIdentity(action) {
    if (cachedIdentity()?.identity) action();
    else get().openDialog('required', action);
  },
}));

export const selectIdentityDialog = (s: IdentityState) => s.dialog;
