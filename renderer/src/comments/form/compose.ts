/**
 * Opening and closing the comment and note forms from anywhere (reader, panel, agenda, drafts
 * notice), returning focus to where the user was when the form closes.
 */
import { usePanelStore, type ComposerTarget } from '../../stores/commentsPanelStore';

let origin: HTMLElement | null = null;
let fallbackBlockId: string | null = null;

function passageBlock(target: ComposerTarget): string | null {
  if (target.mode === 'new') return target.passage?.blockId ?? null;
  return null;
}

export function startComposing(target: ComposerTarget): void {
  origin =
    document.activeElement instanceof HTMLElement && document.activeElement !== document.body ? document.activeElement : null;
  fallbackBlockId = passageBlock(target);
  usePanelStore.getState().compose(target);
}

/** Closes the form; `origin` puts focus back where it was (or on the passage), `none` leaves it to the caller. */
export function closeComposer({ focus }: { focus: 'origin' | 'none' }): void {
  usePanelStore.getState().closeComposer();
  if (focus === 'origin') {
    const block = fallbackBlockId ? document.getElementById(fallbackBlockId) : null;
    const target = origin?.isConnected && origin.getClientRects().length > 0 ? origin : block;
    target?.focus({ preventScroll: false });
  }
  origin = null;
  fallbackBlockId = null;
}
