/**
 * When the app starts on the compiled view, its first window is asked for at once, beside the
 * office's role, instead of after it: the screen itself waits for the role (SecretariatOnly), and
 * one more round trip to main before 100,000 comments' first window was time the user waited. The
 * answer lands in the query cache, where the screen reads it when it opens; the screen's own script
 * is asked for then as well.
 * Main still refuses the compilation to a delegate's installation; nothing is shown before the role.
 */
import { useEffect } from 'react';
import { useCompileStore } from '../stores/compileStore';
import { queryClient } from '../api/queries';
import { officeQuery } from '../api/serverQueries';
import { loadCompileView } from '../routing/screens';

/** For App: starts the compilation early while the role is still unknown (start-up on #/compile). */
export function useCompilePrefetch(routeName: string): void {
  useEffect(() => {
    if (routeName !== 'compile') return;
    // The screen's script too: it was asked for only once the role had answered, one more round trip.
    void loadCompileView();
    if (queryClient.getQueryData(officeQuery().queryKey)) return;
    void useCompileStore.getState().prefetch();
  }, [routeName]);
}
