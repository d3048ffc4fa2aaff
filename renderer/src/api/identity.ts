/**
 * Who this installation speaks for and the session's roster, as the query cache holds them
 * (`identity:get`). A save applies main's answer; `changed:identity` (a save or a roster change in
 * any window) and `changed:dossier` invalidate it. The dialog and its form are the identity store's.
 */
import { useQuery } from '@tanstack/react-query';
import type { OtherIdentityComments } from '../../../shared/domain/office';
import type { Identity, IdentityView, RosterEntry } from '../../../shared/domain/types';
import { queryClient } from './queries';
import { identityQuery, otherIdentitiesQuery } from './serverQueries';

/** The identity view through a selector (null until main has answered). */
export function useIdentityView<T>(select: (view: IdentityView | null) => T): T {
  const { data } = useQuery({ ...identityQuery(), select: (view: IdentityView) => select(view) });
  return data === undefined ? select(null) : data;
}

/** Whether identity:get has answered (or failed) once: before that, nobody is known to be missing. */
export function useIdentityKnown(): boolean {
  return useQuery(identityQuery()).status !== 'pending';
}

const EMPTY_ROSTER: RosterEntry[] = [];
export const selectIdentity = (v: IdentityView | null): Identity | null => v?.identity ?? null;
export const selectRoster = (v: IdentityView | null): RosterEntry[] => v?.roster ?? EMPTY_ROSTER;
export const selectRosterIllustrative = (v: IdentityView | null): boolean => v?.rosterIllustrative ?? false;
/** Read, and nobody has said who they are yet. */
export const selectIdentityMissing = (v: IdentityView | null): boolean => v !== null && !v.identity;
export const selectAuthorId = (v: IdentityView | null): string | null => v?.identity?.authorId ?? null;

/** The identity view held in the cache, for code outside React (null before its first answer). */
export const cachedIdentity = (): IdentityView | null => queryClient.getQueryData(identityQuery().queryKey) ?? null;

/** Reads identity and roster, unless the cache holds them. */
export function loadIdentity(): Promise<void> {
  return queryClient.prefetchQuery(identityQuery());
}

/** Identity and roster: as cached, or as main has them now (`fresh`, after this window's roster write). */
export function fetchIdentity(fresh = false): Promise<IdentityView> {
  return queryClient.fetchQuery({ ...identityQuery(), ...(fresh && { staleTime: 0 }) });
}

/** The identity main stored (identity:set's answer), applied with no second call. */
export function applyIdentity(identity: Identity): void {
  queryClient.setQueryData(identityQuery().queryKey, (view) =>
    view ? { ...view, identity } : { identity, roster: [], rosterIllustrative: false },
  );
}

/** Why identity:get failed, if it did (the dialog says so). */
export function useIdentityError(): string | null {
  return useQuery(identityQuery()).error?.message ?? null;
}

const NO_OTHERS: OtherIdentityComments[] = [];

/** Comments this machine holds under other identities (identity:others; read again with comments and identity). */
export function useOtherIdentities(): OtherIdentityComments[] {
  return useQuery(otherIdentitiesQuery()).data ?? NO_OTHERS;
}
