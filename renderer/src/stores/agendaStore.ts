/** Session and agenda: loaded once from main, grouped by day and sitting for the agenda view. */
import { create } from 'zustand';
import type { AgendaItem, AgendaView, DocumentSummary, SessionInfo, Sitting } from '../../../shared/domain/types';
import { api } from '../api/client';

type Status = 'idle' | 'loading' | 'ready' | 'error';

export interface AgendaState {
  agenda: AgendaView | null;
  status: Status;
  error: string | null;
  load(): Promise<void>;
  dismissError(): void;
}

export const useAgendaStore = create<AgendaState>()((set, get) => ({
  agenda: null,
  status: 'idle',
  error: null,
  async load() {
    if (get().status === 'loading') return;
    set({ status: 'loading', error: null });
    const result = await api.agendaGet();
    if (result.ok) set({ agenda: result.value, status: 'ready' });
    else set({ status: 'error', error: result.error.message });
  },
  dismissError() {
    set({ error: null });
  },
}));

// Selectors: each returns a value held in the state (stable references) or a primitive.
const EMPTY_ITEMS: AgendaItem[] = [];
export const selectSession = (s: AgendaState): SessionInfo | null => s.agenda?.session ?? null;
export const selectItems = (s: AgendaState): AgendaItem[] => s.agenda?.items ?? EMPTY_ITEMS;
export const selectDocumentCount = (s: AgendaState): number =>
  (s.agenda?.items ?? EMPTY_ITEMS).reduce((n, item) => n + item.documents.length, 0);
export const selectDocumentSummary =
  (documentId: string | null) =>
  (s: AgendaState): DocumentSummary | null => {
    if (!documentId) return null;
    for (const item of s.agenda?.items ?? EMPTY_ITEMS) {
      const found = item.documents.find((d) => d.id === documentId);
      if (found) return found;
    }
    return null;
  };

export interface SittingGroup {
  sitting: Sitting;
  items: AgendaItem[];
}

export interface DayGroup {
  day: string;
  sittings: SittingGroup[];
}

/** Groups agenda items (already in order) by day, then by sitting. Pure; memoise at the call site. */
export function groupAgenda(items: readonly AgendaItem[]): DayGroup[] {
  const days: DayGroup[] = [];
  for (const item of items) {
    let day = days[days.length - 1];
    if (!day || day.day !== item.day) {
      day = { day: item.day, sittings: [] };
      days.push(day);
    }
    let sitting = day.sittings[day.sittings.length - 1];
    if (!sitting || sitting.sitting !== item.sitting) {
      sitting = { sitting: item.sitting, items: [] };
      day.sittings.push(sitting);
    }
    sitting.items.push(item);
  }
  return days;
}
