/**
 * The queries of server data the screens show, one per family, each keyed by its channel and
 * input (api/queries.ts). The hooks that read them live beside their family (agenda.ts,
 * comments.ts, …); the events that refresh them in stores/serverEvents.ts.
 */
import { queryOptions, type QueryFunctionContext } from '@tanstack/react-query';
import { fetchWholeDocument } from '../../../shared/domain/document-window';
import type { DocumentView } from '../../../shared/domain/types';
import { api } from './client';
import { channelQuery, keyOf, ServerError } from './queries';

/** Only this installation's own comments: a secretariat's database holds every delegate's (see compile:get). */
export const MY_COMMENTS_INPUT = { mine: true, includeDeleted: true } as const;

export const agendaQuery = () => channelQuery('agendaGet');
export const myCommentsQuery = () => channelQuery('commentsList', MY_COMMENTS_INPUT);
export const answersQuery = () => channelQuery('answersList');
export const commentHistoryQuery = (id: string) => channelQuery('commentsHistory', { id });
export const draftsQuery = () => channelQuery('draftsList');
export const notesQuery = (documentId: string) => channelQuery('notesList', { documentId });
export const settingsQuery = () => channelQuery('settingsGet');
export const officeQuery = () => channelQuery('officeGet');
export const identityQuery = () => channelQuery('identityGet');
export const sessionsQuery = () => channelQuery('sessionList');
export const keysQuery = () => channelQuery('keysList');
export const backupsQuery = () => channelQuery('backupsList');
export const otherIdentitiesQuery = () => channelQuery('identityOthers');
/** Results asked of main per search. */
export const SEARCH_RESULT_LIMIT = 50;
export const searchQuery = (query: string) => channelQuery('searchQuery', { query, limit: SEARCH_RESULT_LIMIT });
export const versionMarksQuery = (documentId: string) => channelQuery('documentsVersionMarks', { documentId });

/** Blocks in the first window of a document: the screen's worth, rendered before the rest arrive. */
const FIRST_WINDOW_BLOCKS = 200;
/** How long a later window waits for the page to be idle, at most (ms). */
const IDLE_WAIT_MS = 300;

/** Resolves when the page has a moment to spare (after the first window's paint), or after `IDLE_WAIT_MS`. */
function idle(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof window !== 'undefined' && typeof window.requestIdleCallback === 'function')
      window.requestIdleCallback(() => resolve(), { timeout: IDLE_WAIT_MS });
    else setTimeout(resolve, 0);
  });
}

/**
 * A whole document, joined from document:get's windows (none over ~1 MB). The first blocks are put
 * in the cache at once, so a reader shows them while the rest arrive (each later window asked for
 * when the page is idle); the query is still fetching
 * until the last window is in. A reader that moves on to another document cancels the fetch.
 */
export const documentQuery = (documentId: string) =>
  queryOptions({
    queryKey: keyOf('documentGet', { documentId }),
    queryFn: async ({ client, queryKey, signal }: QueryFunctionContext): Promise<DocumentView> => {
      const result = await fetchWholeDocument(
        // Each later window once the page is idle: the first blocks are painted and answer the wheel
        // before the rest of a long document (~0.8 MB a window) is parsed and joined (issue 18).
        async (cursor) => {
          if (!cursor) return api.documentGet({ documentId, limit: FIRST_WINDOW_BLOCKS });
          await idle();
          return api.documentGet({ documentId, ...cursor });
        },
        (view, complete) => {
          if (!complete) client.setQueryData<DocumentView>(queryKey, view);
        },
        () => !signal.aborted,
      );
      if (!result) throw new ServerError('cancelled', 'cancelled');
      if (!result.ok) throw new ServerError(result.error.code, result.error.message);
      return result.value;
    },
  });
export const revisionsQuery = (documentId: string) => channelQuery('revisionsList', { documentId });
export const receiptsQuery = () => channelQuery('receiptsList');
export const myKeyDecisionsQuery = () => channelQuery('keysMine');
