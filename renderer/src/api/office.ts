/**
 * The office this installation acts for and its role for the session on screen, as main derives
 * it from the keys held (never chosen here), held in the query cache (`office:get`). Any change of
 * keys, office or session comes as `changed:dossier`, which invalidates it.
 */
import { useQuery } from '@tanstack/react-query';
import type { MyKeyDecision, OfficeView, Receipt, SessionRole } from '../../../shared/domain/office';
import { queryClient } from './queries';
import { myKeyDecisionsQuery, officeQuery, receiptsQuery } from './serverQueries';

/** The office view through a selector (null until main has answered). */
export function useOffice<T>(select: (view: OfficeView | null) => T): T {
  const { data } = useQuery({ ...officeQuery(), select: (view: OfficeView) => select(view) });
  return data === undefined ? select(null) : data;
}

export const selectOffice = (view: OfficeView | null): OfficeView | null => view;
export const selectRole = (view: OfficeView | null): SessionRole | null => view?.role ?? null;
/** Only a known secretariat role shows the secretariat's screens (nothing while loading). */
export const selectIsSecretariat = (view: OfficeView | null): boolean => view?.role === 'secretariat';

/** The view main answered to a write (office:setup), applied with no second call. */
export function applyOffice(view: OfficeView): void {
  queryClient.setQueryData(officeQuery().queryKey, view);
}

/** The role is per session: read it again when another session is on screen. */
export function refreshOffice(): Promise<void> {
  return queryClient.invalidateQueries({ queryKey: officeQuery().queryKey });
}

const NO_RECEIPTS: Receipt[] = [];
const NO_DECISIONS: MyKeyDecision[] = [];

/** My packages the office received, as the last dossier said (`receipts:list`; a new dossier invalidates it). */
export function useReceipts(): Receipt[] {
  return useQuery(receiptsQuery()).data ?? NO_RECEIPTS;
}

/** The office's decisions on my new keys, as the last dossier carried them (`keys:mine`). */
export function useMyKeyDecisions(): MyKeyDecision[] {
  return useQuery(myKeyDecisionsQuery()).data ?? NO_DECISIONS;
}
