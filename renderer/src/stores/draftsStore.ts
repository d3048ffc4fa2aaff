/**
 * Autosaved drafts of the comment and note forms. Typing schedules a save (at most DRAFT_DEBOUNCE_MS
 * later); leaving the field, hiding or closing the window flushes at once, so a crash or a power
 * cut loses at most the last half second of typing. Payloads are opaque JSON text here. This store
 * holds only the typing's state (saves pending, when each was saved, which failed); the stored
 * drafts are the query cache's `drafts:list` (api/drafts.ts), patched by each save here and by the
 * `changed:drafts` event from other windows.
 */
import { create } from 'zustand';
import { api } from '../api/client';
import { queryClient } from '../api/queries';
import { applyDraft } from '../api/cacheUpdates';

export const DRAFT_DEBOUNCE_MS = 400;

export interface DraftsState {
  /** When each key was last saved in this window (ISO time), for "Đã lưu nháp lúc …". */
  savedAt: Record<string, string>;
  /** Keys whose last save failed, with main's message. */
  failed: Record<string, string>;
  schedule(key: string, payload: string): void;
  flush(): Promise<void>;
  /**
   * Before a write that clears this draft in main (comments:create/update with `draftKey`): the
   * pending save goes out now and every save on its way has arrived, so none lands after the write.
   */
  settle(key: string): Promise<void>;
  /** The draft was cleared by main with a write: forget it here without another call. */
  forget(key: string): void;
  clear(key: string): Promise<void>;
}

const pending = new Map<string, { payload: string; timer: ReturnType<typeof setTimeout> }>();
/** Saves on their way to main, so a clear waits for them instead of racing them. */
const inflight = new Map<string, Promise<void>>();
/** Bumped by every clear: a save that started before it must not bring the draft back. */
const generation = new Map<string, number>();

function without<T>(record: Record<string, T>, key: string): Record<string, T> {
  if (!(key in record)) return record;
  const next = { ...record };
  delete next[key];
  return next;
}

export const useDraftsStore = create<DraftsState>()((set, get) => {
  function send(key: string, payload: string): Promise<void> {
    const job = (inflight.get(key) ?? Promise.resolve()).then(() => save(key, payload));
    inflight.set(key, job);
    void job.finally(() => {
      if (inflight.get(key) === job) inflight.delete(key);
    });
    return job;
  }

  async function save(key: string, payload: string): Promise<void> {
    const started = generation.get(key) ?? 0;
    const result = await api.draftsSave({ key, payload });
    if ((generation.get(key) ?? 0) !== started) return;
    if (result.ok) {
      applyDraft(queryClient, key, result.value);
      set({
        savedAt: { ...get().savedAt, [key]: result.value.updatedAt },
        failed: without(get().failed, key),
      });
    } else {
      set({ failed: { ...get().failed, [key]: result.error.message } });
    }
  }

  return {
    savedAt: {},
    failed: {},
    schedule(key, payload) {
      const previous = pending.get(key);
      if (previous) clearTimeout(previous.timer);
      const timer = setTimeout(() => {
        pending.delete(key);
        void send(key, payload);
      }, DRAFT_DEBOUNCE_MS);
      pending.set(key, { payload, timer });
    },
    async flush() {
      const jobs = [...pending.entries()].map(([key, job]) => {
        clearTimeout(job.timer);
        pending.delete(key);
        return send(key, job.payload);
      });
      await Promise.all(jobs);
    },
    async settle(key) {
      const job = pending.get(key);
      if (job) {
        clearTimeout(job.timer);
        pending.delete(key);
        void send(key, job.payload);
      }
      await inflight.get(key);
    },
    forget(key) {
      const job = pending.get(key);
      if (job) clearTimeout(job.timer);
      pending.delete(key);
      generation.set(key, (generation.get(key) ?? 0) + 1);
      applyDraft(queryClient, key, null);
      set({ savedAt: without(get().savedAt, key), failed: without(get().failed, key) });
    },
    async clear(key) {
      get().forget(key);
      await inflight.get(key);
      await api.draftsClear({ key });
    },
  };
});

/** Writes pending drafts when the window is hidden or closed (the debounce must not lose them). */
export function flushDraftsOnLeave(): () => void {
  const flush = () => void useDraftsStore.getState().flush();
  const onVisibility = () => {
    if (document.visibilityState === 'hidden') flush();
  };
  window.addEventListener('pagehide', flush);
  window.addEventListener('beforeunload', flush);
  document.addEventListener('visibilitychange', onVisibility);
  return () => {
    window.removeEventListener('pagehide', flush);
    window.removeEventListener('beforeunload', flush);
    document.removeEventListener('visibilitychange', onVisibility);
  };
}

export const selectSavedAt =
  (key: string | null) =>
  (s: DraftsState): string | null =>
    (key && s.savedAt[key]) || null;
export const selectDraftFailure =
  (key: string | null) =>
  (s: DraftsState): string | null =>
    (key && s.failed[key]) || null;
