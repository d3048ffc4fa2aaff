/**
 * The session's comments (góp ý), deletions included (a tombstone stays visible in history), and
 * the actions that write them. Every write is followed by a reload from main, which keeps the
 * order (agenda, document, passage) and the agenda's comment counts right.
 */
import { create } from 'zustand';
import type { Answer, Comment, CommentRevision, Stance } from '../../../shared/domain/comments';
import type { ErrorCode } from '../../../shared/ipc/envelope';
import { api } from '../api/client';
import { useAgendaStore } from './agendaStore';

type Status = 'idle' | 'loading' | 'ready' | 'error';

/** A passage as the reader selected it; main checks the quote and adds the path and line numbers. */
export interface AnchorInput {
  blockId: string;
  start: number;
  end: number;
  quote: string;
}

export type WriteResult = { ok: true; comment: Comment } | { ok: false; code: ErrorCode; message: string };

export interface CreateCommentInput {
  itemId: string;
  documentId: string | null;
  anchor: AnchorInput | null;
  stance: Stance;
  text: string;
  proposedText: string | null;
}

export interface UpdateCommentInput {
  id: string;
  expectedRevision: number;
  stance: Stance;
  text: string;
  proposedText: string | null;
}

export interface HistoryState {
  commentId: string;
  status: Status;
  revisions: CommentRevision[];
  error: string | null;
}

export interface CommentsState {
  /** All comments of the session, deleted ones included, in main's order. */
  comments: Comment[];
  /** The secretariat's answers to them, by comment id (they come with a newer dossier). */
  answers: Readonly<Record<string, Answer>>;
  status: Status;
  error: string | null;
  history: HistoryState | null;
  load(): Promise<void>;
  create(input: CreateCommentInput): Promise<WriteResult>;
  update(input: UpdateCommentInput): Promise<WriteResult>;
  remove(id: string, expectedRevision: number): Promise<WriteResult>;
  openHistory(id: string): Promise<void>;
  closeHistory(): void;
  dismissError(): void;
}

/** The agenda's per-item and per-document counts come from main; fetch them again after a write. */
async function refreshAgendaCounts(): Promise<void> {
  const result = await api.agendaGet();
  if (result.ok) useAgendaStore.setState({ agenda: result.value });
}

export const useCommentsStore = create<CommentsState>()((set, get) => {
  async function afterWrite(result: Awaited<ReturnType<typeof api.commentsCreate>>): Promise<WriteResult> {
    if (!result.ok) {
      // A stale revision: show the user what is stored now.
      if (result.error.code === 'conflict') await get().load();
      return { ok: false, code: result.error.code, message: result.error.message };
    }
    await Promise.all([get().load(), refreshAgendaCounts()]);
    return { ok: true, comment: result.value };
  }

  return {
    comments: [],
    answers: {},
    status: 'idle',
    error: null,
    history: null,
    async load() {
      if (get().status === 'idle') set({ status: 'loading' });
      // Only this installation's own comments: a secretariat's database holds every delegate's (see compile:get).
      const [result, answers] = await Promise.all([api.commentsList({ mine: true, includeDeleted: true }), api.answersList()]);
      if (answers.ok) set({ answers: Object.fromEntries(answers.value.map((a) => [a.commentId, a])) });
      if (result.ok) set({ comments: result.value, status: 'ready', error: null });
      else set({ status: 'error', error: result.error.message });
    },
    async create(input) {
      return afterWrite(await api.commentsCreate(input));
    },
    async update({ id, expectedRevision, stance, text, proposedText }) {
      return afterWrite(await api.commentsUpdate({ id, expectedRevision, stance, text, proposedText }));
    },
    async remove(id, expectedRevision) {
      return afterWrite(await api.commentsDelete({ id, expectedRevision }));
    },
    async openHistory(commentId) {
      set({ history: { commentId, status: 'loading', revisions: [], error: null } });
      const result = await api.commentsHistory({ id: commentId });
      if (get().history?.commentId !== commentId) return;
      if (result.ok) set({ history: { commentId, status: 'ready', revisions: result.value, error: null } });
      else set({ history: { commentId, status: 'error', revisions: [], error: result.error.message } });
    },
    closeHistory() {
      set({ history: null });
    },
    dismissError() {
      set({ error: null });
    },
  };
});

export const selectComments = (s: CommentsState): Comment[] => s.comments;
export const selectAnswer =
  (id: string) =>
  (s: CommentsState): Answer | null =>
    s.answers[id] ?? null;
export const selectCommentsStatus = (s: CommentsState): Status => s.status;
export const selectHistory = (s: CommentsState): HistoryState | null => s.history;
export const selectCommentById =
  (id: string | null) =>
  (s: CommentsState): Comment | null =>
    (id && s.comments.find((c) => c.id === id)) || null;
/** Comments that count (not deleted): the number on the panel's toggle. */
export const selectLiveCount = (s: CommentsState): number => s.comments.reduce((n, c) => n + (c.deleted ? 0 : 1), 0);
