/**
 * The secretariat's compiled view: the filter, which comments are selected, and the answer being
 * written for them (Tiếp thu / Giải trình / Ghi nhận + text). The compilation itself (totals,
 * delegates, the size of every row, the rows loaded so far) is in the query cache
 * (api/compile.ts); `useCompiledView()` reads it for the filter here.
 */
import { create } from 'zustand';
import type { AnswerKind } from '../../../shared/domain/comments';
import type { CompiledFilter } from '../../../shared/domain/compile';
import { api } from '../api/client';
import {
  cachedCompiled,
  commentIds,
  fetchCompiled,
  findComment,
  loadCompiledRows,
  prefetchCompiled,
  refreshCompiled,
  useCompiled,
  type CompiledRow,
  type CompiledState,
  type CompileRequest,
} from '../api/compile';
import i18n from '../i18n';

export { findComment, rowsOf, type CompiledRow } from '../api/compile';

/** LIMITS.answerGroup in shared/ipc/contract.ts (not imported: it pulls zod in). */
export const MAX_ANSWER_GROUP = 1_000;

/** "Tiếp thu cả cách viết đề xuất" for one comment: as proposed, or as the secretariat edited it. */
export interface WordingDraft {
  commentId: string;
  edited: boolean;
  text: string;
}

export interface AnswerDraft {
  kind: AnswerKind | null;
  text: string;
  /** Null: the answer takes no wording into the revised draft. */
  wording?: WordingDraft | null;
}

export interface CompileState {
  filter: CompiledFilter;
  /** Only passages where delegates disagree ("trái chiều"); main filters them. */
  conflictsOnly: boolean;
  setConflictsOnly(on: boolean): Promise<void>;
  /** Loads the windows that hold rows first..last of the compilation shown, if not loaded yet. */
  ensureRows(first: number, last: number): Promise<void>;
  /** A window main refused while scrolling. */
  error: string | null;
  selected: ReadonlySet<string>;
  draft: AnswerDraft;
  answering: boolean;
  answerError: string | null;
  /** How many comments the last answer went to (for the confirmation line). */
  lastAnswered: number | null;
  /** The document whose revised draft the last answer put a wording in, if it did. */
  lastWordingDocumentId: string | null;
  /** Increases when the answer form should take focus (after "Sửa trả lời"). */
  focusNonce: number;
  /** Starts compiling for the filter (from the cache when it holds it), e.g. before the screen opens. */
  prefetch(): Promise<void>;
  setFilter(patch: Partial<CompiledFilter>): Promise<void>;
  setSelected(ids: readonly string[], on: boolean): void;
  clearSelection(): void;
  /** Selects this one comment and puts its answer in the form, to change it. */
  editAnswer(commentId: string): void;
  setDraft(patch: Partial<AnswerDraft>): void;
  answer(): Promise<boolean>;
  dismissError(): void;
}

const EMPTY_DRAFT: AnswerDraft = { kind: null, text: '' };
const NO_ROWS: ReadonlyMap<number, CompiledRow> = new Map();

/** What main is asked for the filter shown. */
export const requestOf = (s: Pick<CompileState, 'filter' | 'conflictsOnly'>): CompileRequest => ({
  ...s.filter,
  ...(s.conflictsOnly ? { conflicts: true } : {}),
});

/** The rows of the compilation shown, loaded so far (none before its first answer). */
const rowsShown = (s: CompileState): ReadonlyMap<number, CompiledRow> => cachedCompiled(requestOf(s))?.rows ?? NO_ROWS;

export const useCompileStore = create<CompileState>()((set, get) => {
  /** The compilation for the filter now set; keeps only selected comments still shown. */
  async function narrowSelection(): Promise<void> {
    const request = requestOf(get());
    const compiled = await fetchCompiled(request).catch(() => null);
    if (!compiled || JSON.stringify(requestOf(get())) !== JSON.stringify(request)) return;
    const visible = commentIds(compiled.rows);
    set({ selected: new Set([...get().selected].filter((id) => visible.has(id))) });
  }

  return {
    filter: {},
    conflictsOnly: false,
    async setConflictsOnly(on) {
      if (on === get().conflictsOnly) return;
      set({ conflictsOnly: on, lastAnswered: null });
      await narrowSelection();
    },
    error: null,
    selected: new Set(),
    draft: EMPTY_DRAFT,
    answering: false,
    answerError: null,
    lastAnswered: null,
    lastWordingDocumentId: null,
    focusNonce: 0,

    prefetch() {
      return prefetchCompiled(requestOf(get()));
    },
    async ensureRows(first, last) {
      const error = await loadCompiledRows(requestOf(get()), first, last);
      if (error) set({ error });
    },
    async setFilter(patch) {
      const next: CompiledFilter = { ...get().filter, ...patch };
      for (const key of Object.keys(next) as Array<keyof CompiledFilter>) if (!next[key]) delete next[key];
      set({ filter: next, lastAnswered: null });
      await narrowSelection();
    },
    setSelected(ids, on) {
      const selected = new Set(get().selected);
      for (const id of ids) {
        if (on) selected.add(id);
        else selected.delete(id);
      }
      set({ selected, lastAnswered: null });
    },
    clearSelection() {
      set({ selected: new Set(), draft: EMPTY_DRAFT, answerError: null });
    },
    editAnswer(commentId) {
      const found = findComment(rowsShown(get()), commentId);
      set((s) => ({
        selected: new Set([commentId]),
        draft: found?.answer ? { kind: found.answer.kind, text: found.answer.text } : EMPTY_DRAFT,
        lastAnswered: null,
        answerError: null,
        focusNonce: s.focusNonce + 1,
      }));
    },
    setDraft(patch) {
      set((s) => ({ draft: { ...s.draft, ...patch }, answerError: null }));
    },
    async answer() {
      const { selected, draft, answering } = get();
      if (answering || selected.size === 0) return false;
      if (!draft.kind || !draft.text.trim()) {
        set({ answerError: i18n.t(draft.kind ? 'compile.answer.needText' : 'compile.answer.needKind') });
        return false;
      }
      if (selected.size > MAX_ANSWER_GROUP) {
        set({ answerError: i18n.t('compile.answer.tooMany', { max: MAX_ANSWER_GROUP }) });
        return false;
      }
      const wording =
        draft.kind === 'tiep_thu' && selected.size === 1 && draft.wording?.commentId === [...selected][0] ? draft.wording : null;
      // Found before the reload: the comment may not be in the first window afterwards.
      const wordingDocumentId = wording ? (findComment(rowsShown(get()), wording.commentId)?.comment.documentId ?? null) : null;
      set({ answering: true, answerError: null, lastWordingDocumentId: null });
      const reply = await api.answersSet({
        commentIds: [...selected],
        kind: draft.kind,
        text: draft.text,
        ...(wording && { acceptWording: true, ...(wording.edited && { wording: wording.text }) }),
      });
      if (!reply.ok) {
        set({ answering: false, answerError: reply.error.message });
        return false;
      }
      // The confirmation comes once the view shows the answers.
      set({ selected: new Set(), draft: EMPTY_DRAFT });
      await refreshCompiled();
      set({
        answering: false,
        lastAnswered: reply.value.answered,
        lastWordingDocumentId: reply.value.changeId ? wordingDocumentId : null,
      });
      return true;
    },
    dismissError() {
      set({ error: null });
    },
  };
});

export const selectFilter = (s: CompileState): CompiledFilter => s.filter;
export const selectSelectedCount = (s: CompileState): number => s.selected.size;
export const selectIsSelected =
  (commentId: string) =>
  (s: CompileState): boolean =>
    s.selected.has(commentId);
/** 'all' | 'some' | 'none' of these comment ids are selected. */
export const selectGroupState =
  (ids: readonly string[]) =>
  (s: CompileState): 'all' | 'some' | 'none' => {
    const n = ids.filter((id) => s.selected.has(id)).length;
    return n === 0 ? 'none' : n === ids.length ? 'all' : 'some';
  };
export const selectDraft = (s: CompileState): AnswerDraft => s.draft;

/** The compilation for the filter set here, as the query cache holds it. */
export function useCompiledView(): CompiledState {
  const filter = useCompileStore(selectFilter);
  const conflictsOnly = useCompileStore((s) => s.conflictsOnly);
  return useCompiled(requestOf({ filter, conflictsOnly }));
}
