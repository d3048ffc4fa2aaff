/**
 * The session's comments (góp ý) written here, deletions included (a tombstone stays visible in
 * history), the answers to them, and the actions that write them. The data is the query cache's
 * (stores/serverData.ts), mirrored here for the selectors. A write is one round trip: main answers
 * the saved comment with its answer and counts, applied to the cache as it is; other windows learn
 * it from the `changed:comments` event.
 */
import { create } from 'zustand';
import type { Answer, Comment, CommentRevision } from '../../../shared/domain/comments';
import type { InputOf } from '../../../shared/ipc/contract';
import type { ErrorCode } from '../../../shared/ipc/envelope';
import { api } from '../api/client';
import { queryClient } from '../api/queries';
import {
  answersQuery,
  applySavedComments,
  mirrorQuery,
  myCommentsQuery,
  statusOf,
  storedComment,
  type Status,
} from './serverData';

/** A passage as the reader selected it; main checks the quote and adds the path and line numbers. */
export type AnchorInput = NonNullable<InputOf<'comments:create'>['anchor']>;

export type WriteResult = { ok: true; comment: Comment } | { ok: false; code: ErrorCode; message: string };

/** `draftKey`: the form's draft, cleared by main in the same transaction as the write. */
export type CreateCommentInput = InputOf<'comments:create'>;
export type UpdateCommentInput = InputOf<'comments:update'> & { expectedRevision: number };

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
  /** Reads comments and answers (from the cache when it holds them) and follows them from then on. */
  load(): Promise<void>;
  /** Reads them again from main (another author took over, a stale revision). */
  reload(): Promise<void>;
  create(input: CreateCommentInput): Promise<WriteResult>;
  update(input: UpdateCommentInput): Promise<WriteResult>;
  remove(id: string, expectedRevision: number): Promise<WriteResult>;
  openHistory(id: string): Promise<void>;
  closeHistory(): void;
  dismissError(): void;
}

const EMPTY_COMMENTS: Comment[] = [];
let following: Array<() => void> | null = null;

/** Stops following the cache (tests start each case from a fresh cache). */
export function unfollowComments(): void {
  following?.forEach((stop) => stop());
  following = null;
}

export const useCommentsStore = create<CommentsState>()((set, get) => {
  function follow(): void {
    following ??= [
      mirrorQuery(queryClient, myCommentsQuery(), (result) => {
        const status = statusOf(result);
        set({
          comments: result.data ?? EMPTY_COMMENTS,
          status: result.data ? 'ready' : status,
          error: result.error && !result.isFetching ? result.error.message : null,
        });
      }),
      mirrorQuery(queryClient, answersQuery(), (result) => {
        if (result.data) set({ answers: Object.fromEntries(result.data.map((a) => [a.commentId, a])) });
      }),
    ];
  }

  async function afterWrite(result: Awaited<ReturnType<typeof api.commentsCreate>>): Promise<WriteResult> {
    if (!result.ok) {
      // A stale revision: show the user what is stored now.
      if (result.error.code === 'conflict') await get().reload();
      return { ok: false, code: result.error.code, message: result.error.message };
    }
    applySavedComments(queryClient, [result.value]);
    return { ok: true, comment: storedComment(result.value) };
  }

  return {
    comments: EMPTY_COMMENTS,
    answers: {},
    status: 'idle',
    error: null,
    history: null,
    async load() {
      follow();
      await Promise.all([
        queryClient.fetchQuery(myCommentsQuery()).catch(() => undefined),
        queryClient.fetchQuery(answersQuery()).catch(() => undefined),
      ]);
    },
    async reload() {
      follow();
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: myCommentsQuery().queryKey }),
        queryClient.invalidateQueries({ queryKey: answersQuery().queryKey }),
      ]);
    },
    async create(input) {
      return afterWrite(await api.commentsCreate(input));
    },
    async update({ id, expectedRevision, stance, text, proposedText, draftKey }) {
      return afterWrite(await api.commentsUpdate({ id, expectedRevision, stance, text, proposedText, draftKey }));
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
