/**
 * The secretariat's compiled view: the filter, the view main compiled for it, which comments are
 * selected, and the answer being written for them (Tiếp thu / Giải trình / Ghi nhận + text).
 */
import { create } from 'zustand';
import type { AnswerKind } from '../../../shared/domain/comments';
import type { CompiledComment, CompiledFilter, CompiledView } from '../../../shared/domain/compile';
import { api } from '../api/client';
import i18n from '../i18n';

/** LIMITS.answerGroup in shared/ipc/contract.ts (not imported: it pulls zod in). */
export const MAX_ANSWER_GROUP = 1_000;

type Status = 'idle' | 'loading' | 'ready' | 'error';

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
  /** Only passages where delegates disagree (secretariat/conflict.ts); applied to the view here. */
  conflictsOnly: boolean;
  setConflictsOnly(on: boolean): void;
  view: CompiledView | null;
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
  load(): Promise<void>;
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

function commentIds(view: CompiledView): Set<string> {
  const ids = new Set<string>();
  for (const doc of view.documents) for (const p of doc.passages) for (const c of p.comments) ids.add(c.comment.id);
  return ids;
}

export function findComment(view: CompiledView | null, commentId: string): CompiledComment | undefined {
  if (!view) return undefined;
  for (const doc of view.documents)
    for (const p of doc.passages) for (const c of p.comments) if (c.comment.id === commentId) return c;
  return undefined;
}

export const useCompileStore = create<CompileState>()((set, get) => ({
  filter: {},
  conflictsOnly: false,
  setConflictsOnly(on) {
    set({ conflictsOnly: on, lastAnswered: null });
  },
  view: null,
  status: 'idle',
  error: null,
  selected: new Set(),
  draft: EMPTY_DRAFT,
  answering: false,
  answerError: null,
  lastAnswered: null,
  lastWordingDocumentId: null,
  focusNonce: 0,

  async load() {
    const mine = ++sequence;
    const filter = get().filter;
    set({ status: 'loading', error: null });
    const reply = await api.compileGet(filter);
    if (mine !== sequence) return; // A newer filter superseded this request.
    if (!reply.ok) {
      set({ status: 'error', error: reply.error.message });
      return;
    }
    // Keep only selected comments that are still on screen.
    const visible = commentIds(reply.value);
    const selected = new Set([...get().selected].filter((id) => visible.has(id)));
    set({ view: reply.value, status: 'ready', selected });
  },
  async setFilter(patch) {
    const next: CompiledFilter = { ...get().filter, ...patch };
    for (const key of Object.keys(next) as Array<keyof CompiledFilter>) if (!next[key]) delete next[key];
    set({ filter: next, lastAnswered: null });
    await get().load();
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
    const found = findComment(get().view, commentId);
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
    const documentId = wording ? findComment(get().view, wording.commentId)?.comment.documentId : null;
    set({
      answering: false,
      lastAnswered: reply.value.answered,
      lastWordingDocumentId: reply.value.changeId ? (documentId ?? null) : null,
    });
    return true;
  },
  dismissError() {
    set({ error: null });
  },
}));

export const selectView = (s: CompileState): CompiledView | null => s.view;
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
