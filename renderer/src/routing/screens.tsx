/**
 * Screens that the agenda and the reader never need load on demand (dynamic import, a chunk each):
 * the secretariat's exchange, compilation, editor and revised draft, and the settings. The start-up
 * script then holds only what the agenda and the reader show (issue 18: 1.6 MB in one file).
 */
import { lazy, Suspense, type ReactNode } from 'react';

export const ExchangeView = lazy(() => import('../secretariat/ExchangeView').then((m) => ({ default: m.ExchangeView })));
/** The compiled view's chunk: App asks for it as soon as it starts on #/compile, beside the role and the first window. */
export const loadCompileView = () => import('../secretariat/CompileView');
export const CompileView = lazy(() => loadCompileView().then((m) => ({ default: m.CompileView })));
export const SettingsView = lazy(() => import('../settings/SettingsView').then((m) => ({ default: m.SettingsView })));
export const EditorView = lazy(() => import('../editor/EditorView').then((m) => ({ default: m.EditorView })));
export const RevisedDraftView = lazy(() => import('../revised/RevisedDraftView').then((m) => ({ default: m.RevisedDraftView })));

/** While a screen's chunk loads (a few ms from disk) nothing is shown rather than a flashing spinner. */
export function ScreenLoader({ children }: { children: ReactNode }) {
  return <Suspense fallback={null}>{children}</Suspense>;
}
