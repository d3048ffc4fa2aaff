/**
 * The session and its agenda, as the query cache holds them (`agenda:get`). Components read it
 * with `useAgenda(select)`; events from main (stores/serverEvents.ts) invalidate or patch it, and a
 * window's own write that must show its result before going on awaits `refreshAgenda()`.
 */
import { useQuery } from '@tanstack/react-query';
import type { AgendaItem, AgendaView, DocumentSummary, SessionInfo, Sitting } from '../../../shared/domain/types';
import { queryClient } from './queries';
import { agendaQuery } from './serverQueries';

export { agendaQuery };

/** The agenda through a selector (re-renders only when the selected value changes). */
export function useAgenda<T>(select: (agenda: AgendaView | null) => T): T {
  const { data } = useQuery({ ...agendaQuery(), select: (agenda: AgendaView) => select(agenda) });
  // While nothing is cached yet, the selector sees null (as the screens expect before a first load).
  return data === undefined ? select(null) : data;
}

/** The query's state, for a view that says "loading" or shows the failure. */
export function useAgendaState(): { status: 'loading' | 'ready' | 'error'; error: Error | null } {
  const { status, error } = useQuery(agendaQuery());
  return { status: status === 'success' ? 'ready' : status === 'error' ? 'error' : 'loading', error };
}

/** After this window's own write: the agenda as main has it now, before going on. */
export async function refreshAgenda(): Promise<void> {
  await queryClient.invalidateQueries({ queryKey: agendaQuery().queryKey });
  // No screen may follow it yet (a write from a dialog): make sure the cache holds main's agenda.
  await queryClient.prefetchQuery(agendaQuery());
}

/** The agenda held in the cache, for code outside React (null before its first load). */
export const cachedAgenda = (): AgendaView | null => queryClient.getQueryData(agendaQuery().queryKey) ?? null;

// Selectors: each returns a value held in the data (stable references) or a primitive.
const EMPTY_ITEMS: AgendaItem[] = [];
export const selectSession = (a: AgendaView | null): SessionInfo | null => a?.session ?? null;
export const selectItems = (a: AgendaView | null): AgendaItem[] => a?.items ?? EMPTY_ITEMS;
export const selectDocumentCount = (a: AgendaView | null): number =>
  (a?.items ?? EMPTY_ITEMS).reduce((n, item) => n + item.documents.length, 0);
export const selectDocumentSummary =
  (documentId: string | null) =>
  (a: AgendaView | null): DocumentSummary | null => {
    if (!documentId) return null;
    for (const item of a?.items ?? EMPTY_ITEMS) {
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
