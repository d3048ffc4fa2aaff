/**
 * The secretariat's compiled view: the filter, the summary main compiled for it (totals, counts,
 * delegates, the size of every row), the rows loaded so far (main answers a window at a time; the
 * list asks for more as it scrolls), which comments are selected, and the answer being written for
 * them (Tiếp thu / Giải trình / Ghi nhận + text).
 */
import { create } from 'zustand';
import type { AnswerKind } from '../../../shared/domain/comments';
import type {
  CompiledComment,
  CompiledDocument,
  CompiledFilter,
  CompiledPassage,
  CompiledView,
} from '../../../shared/domain/compile';
import { api } from '../api/client';
import i18n from '../i18n';

/** LIMITS.answerGroup in shared/ipc/contract.ts (not imported: it pulls zod in). */
export const MAX_ANSWER_GROUP = 1_000;

type Status = 'idle' | 'loading' | 'ready' | 'error';

/** One row of the compiled list: a document's heading or a passage card. */
export type CompiledRow =
  | { kind: 'document'; doc: CompiledDocument }
  | {
      kind: 'passage';
      passage: CompiledPassage;
      documentId: string | null;
      /** The agenda item's title when the passage holds the item's own general comments (no document). */
      itemTitle: string | null;
    };

/** Rows asked of main per window (at most; main cuts a window at its byte budget). */
const WINDOW_ROWS = 40;
/**
 * Rows of the first window: a passage card holds up to a dozen comments and is taller than the
 * screen, so a few rows fill it; 40 rows were ~0.4 MB of comments at 100,000 (issue 18), parsed
 * before the first one was shown. The list asks for the next windows as it scrolls.
 */
const FIRST_WINDOW_ROWS = 8;

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
  /** The first window's answer: totals, delegates, delegations and `window.sizes` of every row. */
  view: CompiledView | null;
  /** Rows loaded so far, by row number. */
  rows: ReadonlyMap<number, CompiledRow>;
  /** Loads the windows that hold rows first..last, if not loaded yet. */
  ensureRows(first: number, last: number): Promise<void>;
  status: Status;
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
  /** Compiles afresh from the first window; `narrowSelection` keeps only selected comments now shown. */
  load(options?: { narrowSelection?: boolean }): Promise<void>;
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
let sequence = 0;
/** Windows being fetched for the current view (by offset), so a scroll asks for each once. */
const pending = new Set<number>();

/** The window's rows by row number (a document heading from an earlier window is not repeated). */
export function rowsOf(view: CompiledView): Map<number, CompiledRow> {
  const rows = new Map<number, CompiledRow>();
  const offset = view.window?.offset ?? 0;
  for (const doc of view.documents) {
    if (doc.row !== undefined && doc.row >= offset) rows.set(doc.row, { kind: 'document', doc });
    for (const passage of doc.passages) {
      if (passage.row !== undefined)
        rows.set(passage.row, {
          kind: 'passage',
          passage,
          documentId: doc.documentId,
          itemTitle: doc.documentId === null ? doc.itemTitle : null,
        });
    }
  }
  return rows;
}

function commentIds(rows: ReadonlyMap<number, CompiledRow>): Set<string> {
  const ids = new Set<string>();
  for (const row of rows.values()) if (row.kind === 'passage') for (const c of row.passage.comments) ids.add(c.comment.id);
  return ids;
}

const requestOf = (filter: CompiledFilter, conflictsOnly: boolean) => ({
  ...filter,
  ...(conflictsOnly ? { conflicts: true } : {}),
});

/** A comment among the rows loaded so far. */
export function findComment(rows: ReadonlyMap<number, CompiledRow>, commentId: string): CompiledComment | undefined {
  for (const row of rows.values()) {
    if (row.kind !== 'passage') continue;
    const found = row.passage.comments.find((c) => c.comment.id === commentId);
    if (found) return found;
  }
  return undefined;
}

export const useCompileStore = create<CompileState>()((set, get) => ({
  filter: {},
  conflictsOnly: false,
  async setConflictsOnly(on) {
    if (on === get().conflictsOnly) return;
    set({ conflictsOnly: on, lastAnswered: null });
    await get().load({ narrowSelection: true });
  },
  view: null,
  rows: new Map(),
  status: 'idle',
  error: null,
  selected: new Set(),
  draft: EMPTY_DRAFT,
  answering: false,
  answerError: null,
  lastAnswered: null,
  lastWordingDocumentId: null,
  focusNonce: 0,

  async load(options) {
    const mine = ++sequence;
    pending.clear();
    const { filter, conflictsOnly } = get();
    set({ status: 'loading', error: null });
    const reply = await api.compileGet({ ...requestOf(filter, conflictsOnly), offset: 0, limit: FIRST_WINDOW_ROWS });
    if (mine !== sequence) return; // A newer filter superseded this request.
    if (!reply.ok) {
      set({ status: 'error', error: reply.error.message });
      return;
    }
    const rows = rowsOf(reply.value);
    // After a new filter, keep only selected comments that are still on screen.
    const visible = options?.narrowSelection ? commentIds(rows) : null;
    const selected = visible ? new Set([...get().selected].filter((id) => visible.has(id))) : get().selected;
    set({ view: reply.value, rows, status: 'ready', selected });
  },
  async ensureRows(first, last) {
    const { view } = get();
    const total = view?.window?.totalRows ?? 0;
    const mine = sequence;
    for (let i = Math.max(0, first); i <= Math.min(last, total - 1); i++) {
      if (get().rows.has(i)) continue;
      if (pending.has(i)) return;
      pending.add(i);
      const { filter, conflictsOnly } = get();
      const reply = await api.compileGet({ ...requestOf(filter, conflictsOnly), offset: i, limit: WINDOW_ROWS });
      pending.delete(i);
      if (mine !== sequence) return;
      if (!reply.ok) {
        set({ error: reply.error.message });
        return;
      }
      const rows = new Map(get().rows);
      for (const [n, row] of rowsOf(reply.value)) rows.set(n, row);
      set({ rows });
      if ((reply.value.window?.rows ?? 0) === 0) return;
    }
  },
  async setFilter(patch) {
    const next: CompiledFilter = { ...get().filter, ...patch };
    for (const key of Object.keys(next) as Array<keyof CompiledFilter>) if (!next[key]) delete next[key];
    set({ filter: next, lastAnswered: null });
    await get().load({ narrowSelection: true });
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
    const found = findComment(get().rows, commentId);
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
    const wordingDocumentId = wording ? (findComment(get().rows, wording.commentId)?.comment.documentId ?? null) : null;
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
    await get().load();
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
}));

export const selectView = (s: CompileState): CompiledView | null => s.view;
export const selectRows = (s: CompileState): ReadonlyMap<number, CompiledRow> => s.rows;
export const selectFilter = (s: CompileState): CompiledFilter => s.filter;
export const selectStatus = (s: CompileState): Status => s.status;
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
