/**
 * This installation's comments (deletions included: a tombstone stays visible in history) and the
 * answers to them, as the query cache holds them, and the writes on them. A write is one round
 * trip: main answers the saved comment with its answer and counts, applied to the cache as it is
 * (other windows learn it from the `changed:comments` event). An edit or a deletion shows at once
 * and is rolled back if main refuses it; a stale revision reads the list again.
 */
import { useQuery } from '@tanstack/react-query';
import type { Answer, Comment, CommentRevision } from '../../../shared/domain/comments';
import type { InputOf } from '../../../shared/ipc/contract';
import type { ErrorCode } from '../../../shared/ipc/envelope';
import type { SavedComment } from '../../../shared/ipc/events';
import type { Envelope } from '../../../shared/ipc/envelope';
import { applySavedComments, storedComment } from './cacheUpdates';
import { api } from './client';
import { queryClient } from './queries';
import { answersQuery, commentHistoryQuery, myCommentsQuery } from './serverQueries';

/** A passage as the reader selected it; main checks the quote and adds the path and line numbers. */
export type AnchorInput = NonNullable<InputOf<'comments:create'>['anchor']>;
/** `draftKey`: the form's draft, cleared by main in the same transaction as the write. */
export type CreateCommentInput = InputOf<'comments:create'>;
export type UpdateCommentInput = InputOf<'comments:update'> & { expectedRevision: number };
export type WriteResult = { ok: true; comment: Comment } | { ok: false; code: ErrorCode; message: string };

const EMPTY_COMMENTS: Comment[] = [];

/** My comments through a selector (the empty list until they are read). */
export function useMyComments<T>(select: (comments: Comment[]) => T): T {
  const { data } = useQuery({ ...myCommentsQuery(), select: (comments: Comment[]) => select(comments) });
  return data === undefined ? select(EMPTY_COMMENTS) : data;
}

/** 'loading' until the list has been read once (or failed: 'error'). */
export function useCommentsStatus(): 'loading' | 'ready' | 'error' {
  const { status } = useQuery(myCommentsQuery());
  return status === 'success' ? 'ready' : status === 'error' ? 'error' : 'loading';
}

/** The secretariat's answer to one comment (they come with a newer dossier, or with the save). */
export function useAnswer(commentId: string): Answer | null {
  const { data } = useQuery({
    ...answersQuery(),
    select: (answers: Answer[]) => answers.find((a) => a.commentId === commentId) ?? null,
  });
  return data ?? null;
}

/** Every revision of a comment (null: none asked for). */
export function useCommentHistory(commentId: string | null): {
  status: 'loading' | 'ready' | 'error';
  revisions: CommentRevision[];
  error: string | null;
} {
  const { data, status, error } = useQuery({ ...commentHistoryQuery(commentId ?? ''), enabled: commentId !== null });
  return {
    status: status === 'success' ? 'ready' : status === 'error' ? 'error' : 'loading',
    revisions: data ?? [],
    error: error?.message ?? null,
  };
}

export const selectComments = (comments: Comment[]): Comment[] => comments;
export const selectCommentById =
  (id: string | null) =>
  (comments: Comment[]): Comment | null =>
    (id && comments.find((c) => c.id === id)) || null;
/** Comments that count (not deleted): the number on the panel's toggle. */
export const selectLiveCount = (comments: Comment[]): number => comments.reduce((n, c) => n + (c.deleted ? 0 : 1), 0);

/** The comments held in the cache, for code outside React (empty before the first read). */
export const cachedComments = (): Comment[] => queryClient.getQueryData(myCommentsQuery().queryKey) ?? EMPTY_COMMENTS;
export const cachedComment = (id: string): Comment | null => cachedComments().find((c) => c.id === id) ?? null;

/** Reads comments and answers, unless the cache holds them. */
export async function loadComments(): Promise<void> {
  await Promise.all([queryClient.prefetchQuery(myCommentsQuery()), queryClient.prefetchQuery(answersQuery())]);
}

/** Reads them again from main (another author took over, a stale revision). */
export async function reloadComments(): Promise<void> {
  await Promise.all([
    queryClient.invalidateQueries({ queryKey: myCommentsQuery().queryKey }),
    queryClient.invalidateQueries({ queryKey: answersQuery().queryKey }),
  ]);
  await loadComments();
}

/**
 * One write: `optimistic` (an edit, a deletion) shows at once; main's answer replaces it, or the
 * list as it was comes back when main refuses (a stale revision then reads the list again).
 */
async function write(
  send: () => Promise<Envelope<SavedComment>>,
  optimistic?: { id: string; patch: Partial<Comment> },
): Promise<WriteResult> {
  const key = myCommentsQuery().queryKey;
  const before = queryClient.getQueryData(key);
  if (optimistic && before) {
    await queryClient.cancelQueries({ queryKey: key });
    queryClient.setQueryData(key, (list) => list?.map((c) => (c.id === optimistic.id ? { ...c, ...optimistic.patch } : c)));
  }
  const result = await send();
  if (!result.ok) {
    if (optimistic && before) queryClient.setQueryData(key, before);
    if (result.error.code === 'conflict') await reloadComments();
    return { ok: false, code: result.error.code, message: result.error.message };
  }
  applySavedComments(queryClient, [result.value]);
  void queryClient.invalidateQueries({ queryKey: commentHistoryQuery(result.value.id).queryKey });
  return { ok: true, comment: storedComment(result.value) };
}

export function createComment(input: CreateCommentInput): Promise<WriteResult> {
  return write(() => api.commentsCreate(input));
}

export function updateComment({
  id,
  expectedRevision,
  stance,
  text,
  proposedText,
  draftKey,
}: UpdateCommentInput): Promise<WriteResult> {
  const patch: Partial<Comment> = {
    ...(stance !== undefined && { stance }),
    ...(text !== undefined && { text }),
    ...(proposedText !== undefined && { proposedText }),
  };
  return write(() => api.commentsUpdate({ id, expectedRevision, stance, text, proposedText, draftKey }), { id, patch });
}

export function removeComment(id: string, expectedRevision: number): Promise<WriteResult> {
  return write(() => api.commentsDelete({ id, expectedRevision }), { id, patch: { deleted: true } });
}
