/**
 * The backups of the data file (`backups:list`), in the query cache. Creating one is this window's
 * write (it refreshes the list itself: main announces no event for it), and main makes some on its
 * own, so the section reads the list when shown; a restore comes as `changed:dossier`.
 */
import { useQuery } from '@tanstack/react-query';
import type { BackupInfo } from '../../../shared/domain/backups';
import { queryClient } from './queries';
import { backupsQuery } from './serverQueries';

const NONE: BackupInfo[] = [];

export function useBackups(): { backups: BackupInfo[]; status: 'loading' | 'ready' | 'error'; error: string | null } {
  // Main also writes backups on its own (before an import, once a day) and says nothing of them:
  // the list is read again each time the section is shown.
  const { data, status, error } = useQuery({ ...backupsQuery(), refetchOnMount: 'always' });
  return {
    backups: data ?? NONE,
    status: status === 'success' ? 'ready' : status === 'error' ? 'error' : 'loading',
    error: error?.message ?? null,
  };
}

/** The list as main has it now (a backup was just made here). */
export function refreshBackups(): Promise<void> {
  return queryClient.invalidateQueries({ queryKey: backupsQuery().queryKey });
}
