/**
 * Which events a successful call emits, by channel: run by dispatch once the handler has returned
 * (its transaction committed). One table instead of an emit in every handler, so a new writing
 * channel is one line here. Progress events are emitted by the jobs themselves (pdf-jobs, import).
 */
import { CHANNELS, type Channel } from '../../../shared/ipc/channels';
import type { OutputOf, ParsedInputOf } from '../../../shared/ipc/contract';
import type { SavedComment } from '../../../shared/ipc/events';
import type { CoreEvents } from './emitter';

type After<C extends Channel> = (events: CoreEvents, input: ParsedInputOf<C>, output: OutputOf<C>) => void;
type AfterTable = { [C in Channel]?: After<C> };

const commentsAndAgenda = (events: CoreEvents): void => {
  events.emit('changed:comments', {});
  events.emit('changed:agenda', {});
};
const saved = (events: CoreEvents, input: { draftKey?: string }, comment: SavedComment): void => {
  events.emit('changed:comments', { saved: [comment] });
  if (input.draftKey) events.emit('changed:drafts', { key: input.draftKey, draft: null });
};
const agenda = (events: CoreEvents): void => events.emit('changed:agenda', {});
const dossier =
  (reason: 'session' | 'dossier' | 'restore' | 'office') =>
  (events: CoreEvents): void =>
    events.emit('changed:dossier', { reason });

const AFTER: AfterTable = {
  [CHANNELS.commentsCreate]: saved,
  [CHANNELS.commentsUpdate]: saved,
  [CHANNELS.commentsDelete]: (events, _input, comment) => saved(events, {}, comment),
  [CHANNELS.commentsCreateOnBehalf]: commentsAndAgenda,
  [CHANNELS.answersSet]: (events) => events.emit('changed:comments', {}),
  [CHANNELS.draftsSave]: (events, { key }, draft) => events.emit('changed:drafts', { key, draft }),
  [CHANNELS.draftsClear]: (events, { key }) => events.emit('changed:drafts', { key, draft: null }),
  [CHANNELS.packagesImportComments]: (events, _input, results) => {
    if (results.some((r) => r.status === 'imported')) commentsAndAgenda(events);
  },
  [CHANNELS.keysDecide]: commentsAndAgenda,
  [CHANNELS.packagesImportDossier]: (events, _input, result) => {
    if (result.status === 'imported') dossier('dossier')(events);
  },
  [CHANNELS.backupsRestore]: dossier('restore'),
  [CHANNELS.sessionOpen]: dossier('session'),
  [CHANNELS.sessionCreate]: dossier('session'),
  // Another author: "my comments" and their answers are someone else's now.
  [CHANNELS.identitySet]: (events) => {
    events.emit('changed:identity', {});
    events.emit('changed:comments', {});
  },
  [CHANNELS.officeSetup]: dossier('office'),
  [CHANNELS.officeImportKey]: dossier('office'),
  [CHANNELS.sessionUpdate]: agenda,
  [CHANNELS.agendaAddItem]: agenda,
  [CHANNELS.agendaUpdateItem]: agenda,
  [CHANNELS.agendaRemoveItem]: commentsAndAgenda,
  [CHANNELS.agendaReorder]: agenda,
  [CHANNELS.documentsImport]: agenda,
  [CHANNELS.documentsImportVersion]: (events, { documentId }) => {
    events.emit('changed:agenda', { documentId });
    events.emit('changed:comments', {});
  },
  [CHANNELS.documentsRemove]: (events, { documentId }) => {
    events.emit('changed:agenda', { documentId, removed: true });
    events.emit('changed:comments', {});
  },
  // The accepted changes live with the answers: another window's revised draft reads them again.
  [CHANNELS.revisionsChange]: (events) => events.emit('changed:comments', {}),
  [CHANNELS.revisionsResolve]: (events) => events.emit('changed:comments', {}),
  [CHANNELS.revisionsMake]: (events, { documentId }) => {
    events.emit('changed:agenda', { documentId });
    events.emit('changed:comments', {});
  },
  [CHANNELS.notesSave]: (events, { documentId }) => events.emit('changed:notes', { documentId }),
  // Only the note's id comes in: every document's notes are read again.
  [CHANNELS.notesDelete]: (events) => events.emit('changed:notes', {}),
  [CHANNELS.settingsSet]: (events, _input, settings) => events.emit('changed:settings', { settings }),
  // The roster comes with identity:get.
  [CHANNELS.rosterSave]: (events) => events.emit('changed:identity', {}),
  [CHANNELS.rosterImportCsv]: (events) => events.emit('changed:identity', {}),
};

export function emitAfterCommit<C extends Channel>(
  events: CoreEvents,
  channel: C,
  input: ParsedInputOf<C>,
  output: OutputOf<C>,
): void {
  const after = AFTER[channel] as After<C> | undefined;
  after?.(events, input, output);
}
