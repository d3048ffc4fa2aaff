/**
 * The comments side panel as the user sees it: open or not, which tab (comments or private notes),
 * the filters, the comment being looked at, and the form being written (the composer). UI state
 * only; the data lives in commentsStore and notesStore.
 */
import { create } from 'zustand';
import type { Comment, Stance } from '../../../shared/domain/comments';
import type { AnchorInput } from '../api/comments';
import { useIdentityStore } from './identityStore';

/** A passage with what the reader shows about it (computed in the renderer, checked again by main). */
export interface PassageRef extends AnchorInput {
  path: string | null;
  lineFirst: number;
  lineLast: number;
}

export type ComposerTarget =
  | { kind: 'comment'; mode: 'new'; itemId: string; documentId: string | null; passage: PassageRef | null }
  | { kind: 'comment'; mode: 'edit'; commentId: string }
  | { kind: 'note'; mode: 'new'; documentId: string; passage: PassageRef }
  | { kind: 'note'; mode: 'edit'; noteId: string; documentId: string };

export type PanelTab = 'comments' | 'notes';

export interface ActiveEntry {
  kind: PanelTab;
  id: string;
  focusCard: boolean;
  /** Increases with every activation, so activating the same entry again scrolls to it again. */
  nonce: number;
}

let activations = 0;

export interface CommentFilters {
  /** null: every agenda item. */
  itemId: string | null;
  /** null: every document; 'general': comments on the agenda item itself, not on a document. */
  documentId: string | null;
  stance: Stance | null;
  showDeleted: boolean;
}

export interface PanelState {
  open: boolean;
  tab: PanelTab;
  filters: CommentFilters;
  /** The comment or note being looked at: highlighted in the text and in the list. */
  active: ActiveEntry | null;
  composer: ComposerTarget | null;
  /** Increases with every opened form, so the form remounts with fresh state. */
  composerNonce: number;
  setOpen(open: boolean): void;
  setTab(tab: PanelTab): void;
  setFilters(patch: Partial<CommentFilters>): void;
  /** Shows the comments of the document being read. */
  followDocument(documentId: string, itemId: string): void;
  /** Marks a comment or note as the one being looked at; `focusCard` moves focus to its card in the panel. */
  activate(kind: PanelTab, id: string, options?: { focusCard?: boolean }): void;
  deactivate(): void;
  /** Opens the form; a comment needs an identity, so the "Bạn là ai?" dialog may come first. */
  compose(target: ComposerTarget): void;
  closeComposer(): void;
}

const OPEN_KEY = 'gopy-comments-panel';

function remembered(): boolean {
  try {
    return sessionStorage.getItem(OPEN_KEY) === '1';
  } catch {
    return false;
  }
}

function remember(open: boolean): void {
  try {
    sessionStorage.setItem(OPEN_KEY, open ? '1' : '0');
  } catch {
    // No storage: the panel simply starts closed.
  }
}

export const usePanelStore = create<PanelState>()((set, get) => ({
  open: remembered(),
  tab: 'comments',
  filters: { itemId: null, documentId: null, stance: null, showDeleted: false },
  active: null,
  composer: null,
  composerNonce: 0,
  setOpen(open) {
    remember(open);
    set({ open });
  },
  setTab(tab) {
    set({ tab });
  },
  setFilters(patch) {
    set({ filters: { ...get().filters, ...patch } });
  },
  followDocument(documentId, itemId) {
    set({ filters: { ...get().filters, itemId, documentId } });
  },
  activate(kind, id, options = {}) {
    activations += 1;
    const focusCard = options.focusCard ?? false;
    if (focusCard) remember(true);
    set({
      active: { kind, id, focusCard, nonce: activations },
      ...(focusCard ? { open: true, tab: kind } : {}),
    });
  },
  deactivate() {
    set({ active: null });
  },
  compose(target) {
    const show = () => {
      remember(true);
      set({
        composer: target,
        composerNonce: get().composerNonce + 1,
        open: true,
        tab: target.kind === 'note' ? 'notes' : 'comments',
      });
    };
    if (target.kind === 'comment') useIdentityStore.getState().withIdentity(show);
    else show();
  },
  closeComposer() {
    set({ composer: null });
  },
}));

/** The key under which a form's draft is kept (drafts:save accepts /^[a-z]+(:[A-Za-z0-9_-]+)+$/). */
export function draftKeyOf(target: ComposerTarget): string {
  switch (target.kind) {
    case 'comment':
      if (target.mode === 'edit') return `comment:edit:${target.commentId}`;
      if (target.passage) return `comment:new:${target.passage.blockId}:${target.passage.start}-${target.passage.end}`;
      return target.documentId ? `comment:doc:${target.documentId}` : `comment:item:${target.itemId}`;
    case 'note':
      if (target.mode === 'edit') return `note:edit:${target.noteId}`;
      return `note:new:${target.passage.blockId}:${target.passage.start}-${target.passage.end}`;
    default:
      return assertNever(target);
  }
}

function assertNever(value: never): never {
  throw new Error(`Unexpected composer target: ${JSON.stringify(value)}`);
}

/** The comments the panel lists for these filters. A document's list includes its item's general comments. */
export function filterComments(comments: readonly Comment[], f: CommentFilters): Comment[] {
  return comments.filter((c) => {
    if (c.deleted && !f.showDeleted) return false;
    if (f.stance && c.stance !== f.stance) return false;
    if (f.itemId && c.itemId !== f.itemId) return false;
    if (f.documentId === 'general') return c.documentId === null;
    if (f.documentId) return c.documentId === f.documentId || (c.documentId === null && c.itemId === f.itemId);
    return true;
  });
}

export const selectPanelOpen = (s: PanelState): boolean => s.open;
export const selectPanelTab = (s: PanelState): PanelTab => s.tab;
export const selectFilters = (s: PanelState): CommentFilters => s.filters;
export const selectActive = (s: PanelState): ActiveEntry | null => s.active;
export const selectComposer = (s: PanelState): ComposerTarget | null => s.composer;
