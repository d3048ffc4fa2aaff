import { useEffect } from 'react';
import { selectSession, useAgenda } from '../api/agenda';
import { refreshOffice } from '../api/office';

/** The role is per session: reload it whenever another session (or a newer dossier) is on screen. */
export function useOfficeSync(): void {
  const session = useAgenda(selectSession);
  const sessionKey = session ? `${session.id}` : null;
  useEffect(() => {
    void refreshOffice();
  }, [sessionKey]);
}
