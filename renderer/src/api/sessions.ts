/**
 * The sessions this installation holds, as the query cache holds them (`session:list`): a new
 * session, an import or a restore comes as `changed:dossier`, a renamed one as `changed:agenda`.
 */
import { useQuery } from '@tanstack/react-query';
import type { SessionInfo } from '../../../shared/domain/types';
import { sessionsQuery } from './serverQueries';

const NONE: SessionInfo[] = [];

/** The sessions (none until main has answered). */
export function useSessions(): SessionInfo[] {
  return useQuery(sessionsQuery()).data ?? NONE;
}
