import { useEffect } from 'react';
import { useDraftsStore } from '../../stores/draftsStore';

/**
 * Saves a form's draft as the user types (debounced in the store), and at once when the form
 * unmounts. `payload` is null while the form holds nothing worth keeping.
 */
export function useDraftAutosave(key: string, payload: string | null): void {
  useEffect(() => {
    if (payload !== null) useDraftsStore.getState().schedule(key, payload);
  }, [key, payload]);

  useEffect(() => () => void useDraftsStore.getState().flush(), [key]);
}

/** Flushes pending drafts when focus leaves a form field (blur). */
export function flushDrafts(): void {
  void useDraftsStore.getState().flush();
}
