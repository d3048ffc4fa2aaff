/**
 * The queries of server data the screens show, one per family, each keyed by its channel and
 * input (api/queries.ts). The hooks that read them live beside their family (agenda.ts,
 * comments.ts, …); the events that refresh them in stores/serverEvents.ts.
 */
import { channelQuery } from './queries';

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
