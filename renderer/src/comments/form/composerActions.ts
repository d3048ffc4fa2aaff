import type { KeyboardEvent } from 'react';
import { useDraftsStore } from '../../stores/draftsStore';
import { closeComposer } from './compose';
import { flushDrafts } from './useDraftAutosave';

/** What both composers (comment and private note) do on cancel: the draft goes, focus returns. */
export async function cancelComposer(draftKey: string): Promise<void> {
  await useDraftsStore.getState().clear(draftKey);
  closeComposer({ focus: 'origin' });
}

/** Ctrl/Cmd+Enter saves; Escape closes and keeps the draft for later. */
export function composerKeyDown(event: KeyboardEvent<HTMLFormElement>, submit: () => Promise<void>): void {
  if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
    event.preventDefault();
    void submit();
  } else if (event.key === 'Escape') {
    event.preventDefault();
    flushDrafts();
    closeComposer({ focus: 'origin' });
  }
}
