/**
 * When the app starts on the compiled view, its first window is asked for at once, beside the
 * office's role, instead of after it: the screen itself waits for the role (SecretariatOnly), and
 * one more round trip to main before 100,000 comments' first window was time the user waited; the
 * screen's own script is asked for then as well.
 * Main still refuses the compilation to a delegate's installation; nothing is shown before the role.
 */
import { useEffect } from 'react';
import { useCompileStore } from '../stores/compileStore';
import { queryClient } from '../api/queries';
import { officeQuery } from '../api/serverQueries';
import { loadCompileView } from '../routing/screens';

let prefetched: Promise<void> | null = null;

/** For App: starts the compilation early while the role is still unknown (start-up on #/compile). */
export function useCompilePrefetch(routeName: string): void {
  useEffect(() => {
    if (routeName !== 'compile') return;
    // The screen's script too: it was asked for only once the role had answered, one more round trip.
    void loadCompileView();
    if (prefetched || queryClient.getQueryData(officeQuery().queryKey)) return;
    prefetched = useCompileStore.getState().load();
  }, [routeName]);
}

/**
 * For CompileView as it opens: true when the early request answered (or will) and may stand for
 * this opening's own; false otherwise (then the screen compiles afresh). Taken once.
 */
export function takePrefetched(): boolean {
  const taken = prefetched !== null && useCompileStore.getState().status !== 'error';
  prefetched = null;
  return taken;
}
