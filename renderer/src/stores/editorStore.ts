/**
 * The dossier editor (Soạn hồ sơ): which tab and screen are shown, the session's details, and the
 * agenda's items (add, edit, remove, move across days and sittings). Every change goes to main,
 * then the agenda reloads so the reader and the editor show the same thing.
 */
import { create } from 'zustand';
import type { AgendaItem, Sitting } from '../../../shared/domain/types';
import { api } from '../api/client';
import { moveByStep, moveToSlot, toReorderPayload, type Placed } from '../../../shared/agenda/order';
import { forgetDocuments } from './serverEvents';
import i18n from '../i18n';
import { formatDayHeading } from '../i18n/format';
import { cachedAgenda, refreshAgenda } from '../api/agenda';
import { cachedSettings } from '../api/settings';
import type { AppErrorShape } from '../../../shared/ipc/envelope';
import type { CHANNELS } from '../../../shared/ipc/channels';
import type { InputOf } from '../../../shared/ipc/contract';

export type EditorTab = 'session' | 'agenda' | 'roster';
export type EditorScreen = { name: 'agenda' } | { name: 'import' } | { name: 'version' };

export type SessionFields = InputOf<typeof CHANNELS.sessionUpdate>;
export type ItemFields = InputOf<typeof CHANNELS.agendaAddItem>;

export interface Announcement {
  text: string;
  /** Increases with each message, so the same words are announced again. */
  seq: number;
}

export interface EditorState {
  tab: EditorTab;
  screen: EditorScreen;
  /** What is being saved right now ("session", "add", an item id), or null. */
  busy: string | null;
  announcement: Announcement | null;
  /** Refusals from main about an item (removal with comments, a move that failed), by item id. */
  itemErrors: Record<string, string>;
  setTab(tab: EditorTab): void;
  showScreen(screen: EditorScreen): void;
  announce(text: string): void;
  /** Resolves to main's message when refused, null when saved. */
  /** Null when saved; otherwise main's refusal, with every field's problem in `issues`. */
  saveSession(mode: 'create' | 'update', fields: SessionFields): Promise<AppErrorShape | null>;
  addItem(fields: ItemFields): Promise<AppErrorShape | null>;
  updateItem(id: string, fields: ItemFields): Promise<AppErrorShape | null>;
  removeItem(id: string): Promise<boolean>;
  moveItem(id: string, step: -1 | 1): Promise<boolean>;
  moveItemTo(id: string, day: string, sitting: Sitting): Promise<boolean>;
  removeDocument(documentId: string, itemId: string): Promise<boolean>;
  dismissItemError(id: string): void;
}

const t = i18n.t.bind(i18n);
const currentItems = (): AgendaItem[] => cachedAgenda()?.items ?? [];
let seq = 0;

export const useEditorStore = create<EditorState>()((set, get) => {
  const setItemError = (id: string, message: string | null) => {
    const itemErrors = { ...get().itemErrors };
    if (message) itemErrors[id] = message;
    else delete itemErrors[id];
    set({ itemErrors });
  };

  /** Sends a whole new order; reports a refusal on the item that was moved. */
  async function reorder(id: string, list: Placed[] | null): Promise<boolean> {
    if (!list || get().busy) return false;
    set({ busy: id });
    const reply = await api.agendaReorder({ items: toReorderPayload(list) });
    if (reply.ok) await refreshAgenda();
    set({ busy: null });
    setItemError(id, reply.ok ? null : reply.error.message);
    const moved = currentItems().find((x) => x.id === id);
    if (reply.ok && moved) {
      const locale = cachedSettings().locale;
      get().announce(
        t('agendaEditor.moved', {
          title: moved.title,
          order: moved.order,
          sitting: t(`agenda.sitting.${moved.sitting}`),
          day: formatDayHeading(moved.day, locale),
        }),
      );
    }
    return reply.ok;
  }

  return {
    tab: 'agenda',
    screen: { name: 'agenda' },
    busy: null,
    announcement: null,
    itemErrors: {},
    setTab(tab) {
      set({ tab });
    },
    showScreen(screen) {
      set({ screen });
    },
    announce(text) {
      seq += 1;
      set({ announcement: { text, seq } });
    },
    async saveSession(mode, fields) {
      if (get().busy) return null;
      set({ busy: 'session' });
      const reply = mode === 'create' ? await api.sessionCreate(fields) : await api.sessionUpdate(fields);
      if (reply.ok) {
        if (mode === 'create') void forgetDocuments(null, false);
        await refreshAgenda();
        get().announce(t(mode === 'create' ? 'sessionForm.created' : 'sessionForm.saved', { name: reply.value.name }));
      }
      set({ busy: null });
      return reply.ok ? null : reply.error;
    },
    async addItem(fields) {
      if (get().busy) return null;
      set({ busy: 'add' });
      const reply = await api.agendaAddItem(fields);
      // Main puts the new item at the end of its sitting.
      if (reply.ok) {
        await refreshAgenda();
        get().announce(t('agendaEditor.added', { title: fields.title }));
      }
      set({ busy: null });
      return reply.ok ? null : reply.error;
    },
    async updateItem(id, fields) {
      if (get().busy) return null;
      set({ busy: id });
      // Moved to another day or sitting, main puts the item at the end of it.
      const reply = await api.agendaUpdateItem({ id, ...fields });
      if (reply.ok) {
        await refreshAgenda();
        get().announce(t('agendaEditor.updated', { title: fields.title }));
      }
      set({ busy: null });
      return reply.ok ? null : reply.error;
    },
    async removeItem(id) {
      if (get().busy) return false;
      const title = currentItems().find((x) => x.id === id)?.title ?? '';
      set({ busy: id });
      const reply = await api.agendaRemoveItem({ id });
      if (reply.ok) await refreshAgenda();
      set({ busy: null });
      setItemError(id, reply.ok ? null : reply.error.message);
      if (reply.ok) get().announce(t('agendaEditor.removed', { title }));
      return reply.ok;
    },
    moveItem(id, step) {
      return reorder(id, moveByStep(currentItems(), id, step));
    },
    moveItemTo(id, day, sitting) {
      return reorder(id, moveToSlot(currentItems(), id, day, sitting));
    },
    async removeDocument(documentId, itemId) {
      if (get().busy) return false;
      const title = currentItems()
        .flatMap((x) => x.documents)
        .find((d) => d.id === documentId)?.title;
      set({ busy: itemId });
      const reply = await api.documentsRemove({ documentId });
      if (reply.ok) {
        void forgetDocuments(documentId, false);
        await refreshAgenda();
      }
      set({ busy: null });
      setItemError(itemId, reply.ok ? null : reply.error.message);
      if (reply.ok) get().announce(t('agendaEditor.documentRemoved', { title }));
      return reply.ok;
    },
    dismissItemError(id) {
      setItemError(id, null);
    },
  };
});

export const selectTab = (s: EditorState): EditorTab => s.tab;
export const selectScreen = (s: EditorState): EditorScreen => s.screen;
export const selectBusy = (s: EditorState): string | null => s.busy;
export const selectAnnouncement = (s: EditorState): Announcement | null => s.announcement;
export const selectItemError =
  (id: string) =>
  (s: EditorState): string | null =>
    s.itemErrors[id] ?? null;
