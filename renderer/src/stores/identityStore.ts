/**
 * Who this installation speaks for (a delegate from the roster, or typed in), and the "Bạn là ai?"
 * dialog. Reading never needs an identity; writing a comment does, so an action that needs one
 * opens the dialog and continues once the user has answered.
 */
import { create } from 'zustand';
import type { Identity, IdentityView, RosterEntry } from '../../../shared/domain/types';
import type { CHANNELS } from '../../../shared/ipc/channels';
import type { InputOf } from '../../../shared/ipc/contract';
import { api } from '../api/client';
import { reloadComments } from '../api/comments';

type Status = 'idle' | 'loading' | 'ready' | 'error';

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

export interface IdentityState {
  view: IdentityView | null;
  status: Status;
  error: string | null;
  dialog: { reason: IdentityDialogReason } | null;
  /** Runs once an identity has been saved from a dialog opened with reason 'required'. */
  afterSave: (() => void) | null;
  postponed: boolean;
  saving: boolean;
  load(): Promise<void>;
  save(input: IdentityInput): Promise<boolean>;
  openDialog(reason: IdentityDialogReason, afterSave?: () => void): void;
  closeDialog(): void;
  postpone(): void;
  /** Runs `action` now if the user has said who they are, otherwise asks first and runs it after. */
  withIdentity(action: () => void): void;
}

export const useIdentityStore = create<IdentityState>()((set, get) => ({
  view: null,
  status: 'idle',
  error: null,
  dialog: null,
  afterSave: null,
  postponed: readPostponed(),
  saving: false,
  async load() {
    set({ status: 'loading', error: null });
    const result = await api.identityGet();
    if (result.ok) set({ view: result.value, status: 'ready' });
    else set({ status: 'error', error: result.error.message });
  },
  async save(input) {
    set({ saving: true, error: null });
    const result = await api.identitySet(input);
    if (!result.ok) {
      set({ saving: false, error: result.error.message });
      return false;
    }
    const view = get().view;
    const afterSave = get().afterSave;
    // A new author may have taken over the comments written under a typed name (new revisions).
    if (view?.identity && view.identity.authorId !== result.value.authorId) void reloadComments();
    set({
      saving: false,
      view: view ? { ...view, identity: result.value } : { identity: result.value, roster: [], rosterIllustrative: false },
      dialog: null,
      afterSave: null,
    });
    afterSave?.();
    return true;
  },
  openDialog(reason, afterSave) {
    set({ dialog: { reason }, afterSave: afterSave ?? null, error: null });
    if (!get().view) void get().load();
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
    if (get().view?.identity) action();
    else get().openDialog('required', action);
  },
}));

const EMPTY_ROSTER: RosterEntry[] = [];
export const selectIdentity = (s: IdentityState): Identity | null => s.view?.identity ?? null;
export const selectRoster = (s: IdentityState): RosterEntry[] => s.view?.roster ?? EMPTY_ROSTER;
export const selectRosterIllustrative = (s: IdentityState): boolean => s.view?.rosterIllustrative ?? false;
export const selectIdentityDialog = (s: IdentityState) => s.dialog;
/** Loaded, and nobody has said who they are yet. */
export const selectIdentityMissing = (s: IdentityState): boolean => s.status === 'ready' && !s.view?.identity;
export const selectAuthorId = (s: IdentityState): string | null => s.view?.identity?.authorId ?? null;
