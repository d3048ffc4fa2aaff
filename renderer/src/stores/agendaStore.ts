/**
 * Session and agenda, grouped by day and sitting for the agenda view. The data is the query
 * cache's `agenda:get` (stores/serverData.ts), mirrored here for the selectors; events from main
 * refresh it (a count after a comment, an item edited in the editor, another session opened).
 */
import { create } from 'zustand';
import type { AgendaItem, AgendaView, DocumentSummary, SessionInfo, Sitting } from '../../../shared/domain/types';
import { queryClient } from '../api/queries';
import { agendaQuery, mirrorQuery, statusOf, type Status } from './serverData';

export interface AgendaState {
  agenda: AgendaView | null;
  status: Status;
  error: string | null;
  /** Reads the agenda (from the cache when it holds it) and follows it from then on. */
  load(): Promise<void>;
  /** After this window's own write: the agenda as main has it now, before going on. */
  refresh(): Promise<void>;
  dismissError(): void;
}

let following: (() => void) | null = null;

export const useAgendaStore = create<AgendaState>()((set) => {
  function follow(): void {
    following ??= mirrorQuery(queryClient, agendaQuery(), (result) => {
      const status = statusOf(result);
      set({
        agenda: result.data ?? null,
        status: result.data ? 'ready' : status,
        error: result.error && !result.isFetching ? result.error.message : null,
      });
    });
  }
  return {
    agenda: null,
    status: 'idle',
    error: null,
    async load() {
      follow();
      await queryClient.fetchQuery(agendaQuery()).catch(() => undefined);
    },
    async refresh() {
      follow();
      await queryClient.invalidateQueries({ queryKey: agendaQuery().queryKey });
    },
    dismissError() {
      set({ error: null });
    },
  };
});

/** Stops following the cache (tests start each case from a fresh cache). */
export function unfollowAgenda(): void {
  following?.();
  following = null;
}

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
